"""Read the built site the way a browser would see it."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup


def page(site: Path, url_path: str) -> BeautifulSoup:
    """The parsed HTML of the page at `url_path` ('' for home, 'terms/clip/' for a term)."""
    return BeautifulSoup((site / url_path / "index.html").read_text(encoding="utf-8"), "html.parser")


def article(site: Path, url_path: str):
    return page(site, url_path).select_one("article.md-content__inner")


def text(node) -> str:
    return " ".join(node.get_text().split())


def nav_section_titles(soup: BeautifulSoup) -> list[str]:
    """Top-level section labels of the primary sidebar, as text ('Multimodal 2')."""
    items = soup.select("nav.md-nav--primary > ul.md-nav__list > li.md-nav__item--nested")
    return [text(item.select_one(".md-nav__link .md-ellipsis")) for item in items]
