"""`make new` creates a page that the build accepts once filled in, and refuses taken names."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest
from sitebuild import ROOT, copy_site, run_build

MAKE_NEW = ["make", "--no-print-directory", "-s", "new"]


def make_new(project, term, category):
    return subprocess.run(
        [
            *MAKE_NEW,
            f"TERM={term}",
            f"CATEGORY={category}",
            f"-f{ROOT / 'Makefile'}",
            "BIN=" + str(ROOT / ".venv" / "bin"),
        ],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def project(tmp_path):
    site = copy_site(tmp_path / "project")
    (site / "requirements.lock").write_text((ROOT / "requirements.lock").read_text())
    # The copy shares the repository's virtual environment.
    (site / ".venv").symlink_to(ROOT / ".venv")
    return site


def test_creates_a_draft_from_the_template_that_the_site_leaves_out(project, tmp_path):
    result = make_new(project, "Perceiver Resampler: A Test", "foundations")
    assert result.returncode == 0, result.stderr
    page = project / "docs" / "terms" / "perceiver-resampler-a-test.md"
    text = page.read_text()
    template = (ROOT / "docs" / "terms" / "_template.md").read_text()
    assert 'title: "Perceiver Resampler: A Test"' in text
    assert "category: foundations" in text
    assert "draft: true" in text
    assert "# Perceiver Resampler: A Test" in text
    # Everything else is the template: one skeleton for `make new` and for copying by hand.
    assert (
        text.split("---\n", 2)[2].replace("Perceiver Resampler: A Test", "Example Term")
        == template.split("---\n", 2)[2]
    )
    build = run_build(project, tmp_path / "site")
    assert build.returncode == 0, build.stderr
    assert not (tmp_path / "site" / "terms" / "perceiver-resampler-a-test").exists()
    assert "perceiver-resampler-a-test" not in (tmp_path / "site" / "glossary.json").read_text()


def test_a_page_without_draft_that_keeps_template_text_fails_naming_each_field(project, tmp_path):
    assert make_new(project, "Perceiver Resampler", "multimodal").returncode == 0
    page = project / "docs" / "terms" / "perceiver-resampler.md"
    page.write_text(page.read_text().replace("draft: true", "draft: false"))
    build = run_build(project, tmp_path / "site")
    assert build.returncode != 0
    for field in ("abbreviation", "aliases[0]", "keywords[0]", "summary", "papers[0].title", "papers[0].arxiv", "body"):
        assert f"docs/terms/perceiver-resampler.md: field '{field}': " in build.stderr, field


def test_a_copy_of_the_template_is_a_draft_too(project, tmp_path):
    template = ROOT / "docs" / "terms" / "_template.md"
    (project / "docs" / "terms" / "example-term.md").write_text(template.read_text())
    build = run_build(project, tmp_path / "site")
    assert build.returncode == 0, build.stderr
    assert not (tmp_path / "site" / "terms" / "example-term").exists()
    assert not (tmp_path / "site" / "terms" / "another-name").exists()  # no alias redirect either


def test_mkdocs_serve_shows_the_draft(project):
    assert make_new(project, "Perceiver Resampler", "foundations").returncode == 0
    page = project / "docs" / "terms" / "perceiver-resampler.md"
    # The template's example of `related` names a page the fixture site does not have.
    page.write_text(page.read_text().replace("related: [transformer]", "related: [beta-loss]"))
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "MMG_SITE_URL": f"http://127.0.0.1:{port}/"}
    server = subprocess.Popen(
        [sys.executable, "-m", "mkdocs", "serve", "--no-livereload", "--dev-addr", f"127.0.0.1:{port}"],
        cwd=project,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        url = f"http://127.0.0.1:{port}/terms/perceiver-resampler/"
        for _ in range(120):
            try:
                with urllib.request.urlopen(url, timeout=5) as response:
                    html = response.read().decode()
                break
            except OSError:
                time.sleep(0.5)
        else:
            raise AssertionError("mkdocs serve did not answer: " + server.stderr.read1(4000).decode())
        assert "Perceiver Resampler" in html and "mkdocs-draft-marker" in html
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.mark.parametrize(
    ("term", "message"),
    [
        ("Beta Loss", "docs/terms/beta-loss.md: already exists with the slug 'beta-loss'"),
        ("AE", "docs/terms/alpha-encoder.md: already uses the name 'AE'"),
        ("Gamma Similarity", "docs/terms/gamma-score.md: already uses the name 'Gamma Similarity'"),
        ("Alpha Net!", "docs/terms/alpha-encoder.md: already redirects /terms/alpha-net/ to itself"),
    ],
)
def test_refuses_a_slug_title_or_alias_that_exists(project, term, message):
    before = sorted(path.name for path in (project / "docs" / "terms").iterdir())
    result = make_new(project, term, "multimodal")
    assert result.returncode != 0
    assert message in result.stderr
    assert sorted(path.name for path in (project / "docs" / "terms").iterdir()) == before


def test_refuses_an_unknown_category(project):
    result = make_new(project, "Omega", "multimodel")
    assert result.returncode != 0 and "'multimodel' is not a category" in result.stderr
