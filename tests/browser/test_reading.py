"""What a reader does on the site, done in Chromium: navigate, preview, zoom, switch palette, phone."""

from __future__ import annotations

import re

from pages import site_pages
from playwright.sync_api import expect


def test_instant_navigation_between_terms(tab):
    page = tab.open("terms/clip/")
    page.evaluate("window.__same_document = true")
    page.locator("article a[href$='/terms/siglip/']").first.click()
    page.wait_for_url(re.compile(r"/terms/siglip/$"))
    expect(page.locator("article h1")).to_contain_text("SigLIP")
    assert page.evaluate("window.__same_document === true"), "the page was reloaded, not swapped in"
    page.go_back()
    page.wait_for_url(re.compile(r"/terms/clip/$"))
    expect(page.locator("article h1")).to_contain_text("CLIP")


def test_hover_preview_of_a_term_link(tab):
    page = tab.open("terms/clip/")
    link = page.locator("article a[data-preview][href$='/terms/siglip/']").first
    link.hover()
    preview = page.locator(".md-tooltip2").first
    expect(preview).to_be_visible(timeout=10_000)
    expect(preview).to_contain_text("SigLIP")
    # The preview shows the target's lead: its summary.
    expect(preview).to_contain_text("sigmoid")


def test_links_outside_the_glossary_get_no_preview(tab):
    page = tab.open("terms/clip/")
    external = page.locator("article a[href^='https://arxiv.org']").first
    assert external.get_attribute("data-preview") is None


def test_lightbox_opens_on_a_figure(tab):
    page = tab.open("terms/clip/")
    page.locator("article figure a.glightbox").first.click()
    expect(page.locator(".glightbox-container .gslide-image img").first).to_be_visible(timeout=10_000)
    page.keyboard.press("Escape")
    expect(page.locator(".glightbox-container")).to_have_count(0, timeout=10_000)


def test_palette_toggle_switches_light_and_dark(tab):
    page = tab.open("terms/clip/")
    body = page.locator("body")
    expect(body).to_have_attribute("data-md-color-scheme", "default")
    page.locator("form[data-md-component=palette] label:visible").first.click()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")
    page.reload()
    expect(body).to_have_attribute("data-md-color-scheme", "slate")  # the choice is remembered
    page.locator("form[data-md-component=palette] label:visible").first.click()
    expect(body).to_have_attribute("data-md-color-scheme", "default")


def test_math_is_rendered_as_mathml(tab):
    page = tab.open("terms/clip/")
    formula = page.locator("article .mmg-math math[display=block]").first
    expect(formula).to_be_visible()
    box = formula.bounding_box()
    assert box["height"] > 30, "a display formula with a fraction should be taller than one line"


def test_phone_drawer_and_search(phone_tab):
    page = phone_tab.open("terms/clip/")
    drawer = page.locator(".md-sidebar--primary")
    page.locator("label.md-header__button[for=__drawer]").click()
    expect(drawer.locator(".mmg-filter__input")).to_be_in_viewport()
    expect(drawer.locator("a.md-nav__link[href$='/terms/siglip/']")).to_be_visible()
    page.locator("label.md-overlay").click(position={"x": 370, "y": 400})
    page.locator("label.md-header__button[for=__search]").click()
    page.locator("input.md-search__input").type("whisper", delay=20)
    first = page.locator(".md-search-result__item > a").first
    expect(first).to_be_visible(timeout=10_000)
    expect(first).to_have_attribute("href", re.compile(r"terms/whisper/"))


def test_every_page_loads_without_console_errors_or_foreign_requests(tab, hosted_site):
    pages = site_pages(hosted_site[0])
    assert len(pages) > 40
    for path in pages:
        tab.open(path)
    assert tab.console_errors == []
    assert tab.foreign_requests == []
