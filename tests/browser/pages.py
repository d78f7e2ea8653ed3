"""Every HTML page of the built site (not the alias redirects), as URL paths."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import expect
from url_manifest import EXPORTS, published_urls


def is_redirect(site: Path, url: str) -> bool:
    return 'http-equiv="refresh"' in (site / url / "index.html").read_text(encoding="utf-8")[:1000]


def site_pages(site: Path) -> list[str]:
    # Alias redirects are tested in test_exports.py.
    return [url for url in published_urls(site) if url not in EXPORTS and not is_redirect(site, url)]


def open_page(page, url: str):
    """Go to `url` and wait until Material has mounted the page and our scripts have run.

    A web-first wait on what the reader sees (the sidebar filter is added on Material's
    document$ signal), not on network silence, which Playwright discourages.
    """
    page.goto(url, wait_until="load")
    expect(page.locator(".md-sidebar--primary .mmg-filter__input")).to_be_attached()
    return page
