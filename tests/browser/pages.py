"""Every HTML page of the built site (not the alias redirects), as URL paths."""

from __future__ import annotations

from pathlib import Path

from url_manifest import EXPORTS, published_urls


def is_redirect(site: Path, url: str) -> bool:
    return 'http-equiv="refresh"' in (site / url / "index.html").read_text(encoding="utf-8")[:1000]


def site_pages(site: Path) -> list[str]:
    # Alias redirects are tested in test_exports.py.
    return [url for url in published_urls(site) if url not in EXPORTS and not is_redirect(site, url)]
