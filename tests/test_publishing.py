"""The site as a static host serves it: under a sub-path, with a 404 page, robots.txt, sitemap and metadata."""

from __future__ import annotations

import os
import subprocess
import urllib.error
import urllib.request
from collections import deque
from pathlib import Path
from urllib.parse import urljoin, urlparse
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from built import page, text
from sitebuild import ROOT, TERM_FILES, build_or_fail, copy_site, published_site_url

SITE_URL = published_site_url()


def fetch(url: str) -> tuple[int, bytes, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read(), response.headers.get("Content-Type", "")
    except urllib.error.HTTPError as error:
        return error.code, error.read(), error.headers.get("Content-Type", "")


def references(html: str, page_url: str) -> set[str]:
    soup = BeautifulSoup(html, "html.parser")
    found = set()
    for tag, attribute in (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src")):
        for node in soup.find_all(tag):
            value = node.get(attribute)
            if value and not value.startswith(("mailto:", "javascript:", "data:")):
                found.add(urljoin(page_url, value).split("#")[0])
    return found


def test_crawl_under_a_sub_path_finds_no_broken_internal_reference(hosted_site):
    site, base_url = hosted_site
    host = urlparse(base_url).netloc
    queue, seen, broken, pages = deque([base_url]), {base_url}, [], 0
    while queue:
        url = queue.popleft()
        status, body, content_type = fetch(url)
        if status != 200:
            broken.append((url, status))
            continue
        if "text/html" not in content_type:
            continue
        pages += 1
        for reference in references(body.decode("utf-8"), url):
            parsed = urlparse(reference)
            if parsed.netloc != host:
                continue
            assert parsed.path.startswith("/glossary/"), f"{url} links outside the site's path: {reference}"
            if reference not in seen:
                seen.add(reference)
                queue.append(reference)
    assert broken == []
    assert pages >= len(TERM_FILES) + 13 + 3  # every term, category, home, A-Z, linking page


def test_unknown_address_gets_the_404_page_with_search_and_a_to_z(hosted_site):
    _, base_url = hosted_site
    status, body, _ = fetch(base_url + "terms/no-such-term/")
    assert status == 404
    soup = BeautifulSoup(body, "html.parser")
    assert text(soup.select_one("article h1")) == "Page not found"
    assert soup.select_one("input.md-search__input") is not None
    # The 404 page is a static template, so the dialog's name is added there too (axe: aria-dialog-name).
    assert soup.select_one('.md-search[role="dialog"]')["aria-label"] == "Search"
    a_to_z = soup.find("a", string="A-Z list of all terms")
    assert fetch(urljoin(base_url + "terms/no-such-term/", a_to_z["href"]))[0] == 200
    for node in soup.select("link[href], script[src]"):
        reference = urljoin(base_url + "terms/no-such-term/", node.get("href") or node.get("src"))
        assert fetch(reference)[0] == 200, reference


def test_robots_and_sitemap(real_site):
    assert (real_site / "robots.txt").read_text() == f"User-agent: *\nAllow: /\nSitemap: {SITE_URL}sitemap.xml\n"
    namespace = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    sitemap = ElementTree.parse(real_site / "sitemap.xml")
    locations = {loc.text for loc in sitemap.findall("s:url/s:loc", namespace)}
    for path in TERM_FILES:
        assert f"{SITE_URL}terms/{path.stem}/" in locations


@pytest.mark.parametrize("path", ["", "a-z/", "categories/multimodal/", "link-to-this-glossary/", "terms/clip/"])
def test_every_kind_of_page_has_social_and_canonical_metadata(real_site, path):
    soup = page(real_site, path)

    def meta(attribute, name):
        node = soup.find("meta", attrs={attribute: name})
        return node["content"] if node else None

    assert meta("name", "description")
    assert meta("property", "og:title") and meta("property", "og:description") == meta("name", "description")
    assert meta("name", "twitter:card") == "summary"
    assert meta("name", "twitter:title") == meta("property", "og:title")
    assert soup.find("link", rel="canonical")["href"] == SITE_URL + path
    assert meta("property", "og:url") == SITE_URL + path


def last_commit_date(repository: Path, path: Path) -> str:
    """The committer date of the newest commit that touched `path`; '' when it has never been committed."""
    log = subprocess.run(
        ["git", "log", "-1", "--format=%cs", "--", str(path)], cwd=repository, capture_output=True, text=True
    )
    return log.stdout.strip()


def check_term_page_publishing(site: Path, slug: str, expected_date: str) -> None:
    """Summary metadata, edit link, and the date of the last commit (none for a page never committed)."""
    soup = page(site, f"terms/{slug}/")
    description = soup.find("meta", attrs={"name": "description"})["content"]
    assert description == text(soup.select_one(".mmg-lead"))
    assert soup.title.get_text().startswith(text(soup.select_one("article h1")).rstrip("¶").split(" (")[0])
    edit = soup.select_one("a.md-content__button[href]")
    assert edit["href"] == f"https://github.com/multimodal-ai-glossary/glossary/edit/main/docs/terms/{slug}.md"
    updated = soup.select_one(".md-source-file time")
    if expected_date:
        assert updated is not None and updated["datetime"] == expected_date
    else:
        assert updated is None


@pytest.mark.parametrize("term_file", TERM_FILES, ids=lambda path: path.stem)
def test_term_pages_have_summary_metadata_an_edit_link_and_a_date(real_site, term_file):
    check_term_page_publishing(real_site, term_file.stem, last_commit_date(ROOT, term_file))


def test_a_page_not_yet_committed_builds_and_passes_the_publishing_checks(tmp_path):
    project = copy_site(tmp_path / "project")
    git = ["git", "-c", "user.name=T", "-c", "user.email=t@example.org"]
    env = {**os.environ, "GIT_COMMITTER_DATE": "2026-01-02T12:00:00", "GIT_AUTHOR_DATE": "2026-01-02T12:00:00"}
    for command in (["init", "-q"], ["add", "."], ["commit", "-qm", "fixture site"]):
        subprocess.run([*git, *command], cwd=project, check=True, capture_output=True, env=env)
    new_page = (project / "docs" / "terms" / "beta-loss.md").read_text(encoding="utf-8")
    new_page = new_page.replace("Beta Loss", "Eta Loss").replace("[alpha-encoder]", "[beta-loss]")
    (project / "docs" / "terms" / "eta-loss.md").write_text(new_page, encoding="utf-8")
    site = build_or_fail(project, tmp_path / "site")
    check_term_page_publishing(site, "beta-loss", "2026-01-02")
    check_term_page_publishing(site, "eta-loss", "")


def test_footer_states_both_licences_and_the_repo_has_them(real_site):
    footer = text(page(real_site, "terms/clip/").select_one("footer"))
    assert "MIT" in footer and "CC BY 4.0" in footer
    assert "MIT License" in (ROOT / "LICENSE").read_text()
    assert "Attribution 4.0 International" in (ROOT / "LICENSE-CONTENT").read_text()


def test_make_serve_rebuilds_when_the_engine_changes():
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    assert str(ROOT / "hooks") in [str(Path(path).resolve()) for path in config.watch]
