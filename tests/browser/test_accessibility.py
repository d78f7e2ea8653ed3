"""axe-core finds no accessibility violation on any page, in either palette."""

from __future__ import annotations

import pytest
from axe_playwright_python.sync_playwright import Axe
from pages import site_pages


def violations(page) -> list[str]:
    results = Axe().run(page)
    return [
        f"{violation['id']}: {violation['help']} ({len(violation['nodes'])}x, e.g. {violation['nodes'][0]['target']})"
        for violation in results.response["violations"]
    ]


def test_no_violations_on_any_page(tab, hosted_site):
    found = {}
    for path in site_pages(hosted_site[0]):
        page = tab.open(path)
        problems = violations(page)
        if problems:
            found[path or "home"] = problems
    assert found == {}


@pytest.mark.parametrize("path", ["", "terms/clip/", "categories/multimodal/", "a-z/"])
def test_no_violations_in_the_dark_palette(browser, base_url, path):
    context = browser.new_context(color_scheme="dark", viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(base_url + path, wait_until="networkidle")
    assert page.locator("body").get_attribute("data-md-color-scheme") == "slate"
    assert violations(page) == []
    context.close()


def test_no_violations_with_search_open_and_the_filter_in_use(tab):
    page = tab.open("terms/clip/")
    page.locator(".md-sidebar--primary .mmg-filter__input").fill("vision")
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").type("clip", delay=10)
    page.wait_for_selector(".md-search-result__item")
    assert violations(page) == []
