"""axe-core finds no accessibility violation: every page in the light palette, and every kind of page
and content in the dark one."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from pages import open_page, site_pages
from playwright.sync_api import expect

# Axe reads colours as they are at that instant: let Material's fades and colour transitions end.
SETTLE = """() => Promise.all(document.getAnimations()
    .filter(animation => animation.effect?.getComputedTiming().iterations !== Infinity)
    .map(animation => animation.finished.catch(() => null)))"""


def violations(page) -> list[str]:
    page.evaluate(SETTLE)
    results = Axe().run(page)
    return [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])}x, e.g. {violation['nodes'][0]['target']})"
        for violation in results.response["violations"]
    ]


# In the dark palette colours come from the stylesheets, not from a page's text: one page for
# each kind of page and each kind of content is checked there, so the suite does not grow by a
# second full pass with every new term. The light palette checks every page.
CONTENT_KINDS = {
    "table": "<table",
    "code": "<code",
    "display math": 'class="mmg-math"',
    "figure": "<figure",
    "abbreviation": "<abbr",
    "backlinks": 'class="mmg-backlinks"',
}


def dark_sample(site) -> list[str]:
    """Every page that is not a term page, and the first term page with each kind of content."""
    pages = site_pages(site)
    chosen = [path for path in pages if not path.startswith("terms/")]
    term_pages = [path for path in pages if path.startswith("terms/")]
    for marker in CONTENT_KINDS.values():
        first = next(path for path in term_pages if marker in (site / path / "index.html").read_text(encoding="utf-8"))
        if first not in chosen:
            chosen.append(first)
    return chosen


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_no_violations_on_any_page(new_context, base_url, hosted_site, color_scheme):
    page = new_context(color_scheme=color_scheme, viewport={"width": 1280, "height": 900}).new_page()
    expected_scheme = {"light": "default", "dark": "slate"}[color_scheme]
    found = {}
    paths = site_pages(hosted_site[0]) if color_scheme == "light" else dark_sample(hosted_site[0])
    for path in paths:
        open_page(page, base_url + path)
        # Material follows the reader's system preference on a first visit.
        assert page.locator("body").get_attribute("data-md-color-scheme") == expected_scheme
        problems = violations(page)
        if problems:
            found[path or "home"] = problems
    assert found == {}


@pytest.mark.parametrize("color_scheme", ["light", "dark"])
def test_no_violations_with_search_open_and_the_filter_in_use(new_context, base_url, color_scheme):
    page = new_context(color_scheme=color_scheme, viewport={"width": 1280, "height": 900}).new_page()
    open_page(page, base_url + "terms/clip/")
    page.locator(".md-sidebar--primary .mmg-filter__input").fill("vision")
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").type("clip", delay=10)
    # Results with summaries, a "more on this page" link and matches in the text.
    expect(page.locator(".md-search-result__item").first).to_be_visible()
    expect(page.locator(".md-search-result__more").first).to_be_visible()
    assert violations(page) == []


COVERED_NAV_LINKS = """() => {
    const wrap = document.querySelector('.md-sidebar--primary .md-sidebar__scrollwrap')
    const view = wrap.getBoundingClientRect()
    const covered = new Set()
    for (let top = 0; top <= wrap.scrollHeight - wrap.clientHeight; top += 5) {
        wrap.scrollTop = top
        for (const link of wrap.querySelectorAll('a.md-nav__link')) {
            const box = link.getBoundingClientRect()
            const x = box.left + box.width / 4, y = box.top + box.height / 2
            if (box.height === 0 || box.top < view.top || box.bottom > view.bottom) continue
            if (!link.contains(document.elementFromPoint(x, y))) covered.add(link.textContent.trim())
        }
    }
    return [...covered]
}"""


def test_no_sidebar_link_is_hidden_under_another_element_while_the_sidebar_scrolls(new_context, base_url):
    # Material pins the sidebar title on wide screens; links scrolled under it could not be clicked.
    page = open_page(new_context(viewport={"width": 1280, "height": 700}).new_page(), base_url + "terms/whisper/")
    assert page.evaluate(COVERED_NAV_LINKS) == []
