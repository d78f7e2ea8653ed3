"""Every HTML page of the built site (not the alias redirects), as URL paths."""

from __future__ import annotations

from pathlib import Path


def site_pages(site: Path) -> list[str]:
    pages = []
    for index in sorted(site.rglob("index.html")):
        relative = index.parent.relative_to(site).as_posix()
        if relative.startswith(("assets", "search")):
            continue
        if 'http-equiv="refresh"' in index.read_text(encoding="utf-8")[:1000]:
            continue  # an alias redirect, tested in test_exports.py
        pages.append("" if relative == "." else relative + "/")
    return pages
