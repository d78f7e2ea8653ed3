"""Links between term pages, read from the HTML that Markdown rendered (as mkdocs-autorefs does).

A regular expression over the Markdown source would count links inside HTML comments,
indented code or raw HTML attributes; the rendered page has only the links a reader sees.
"""

from __future__ import annotations

import posixpath
import re
from html.parser import HTMLParser

from . import urls
from .html_templates import render_template
from .model import Term
from .render import REFERENCED_BY_MARK


class _AnchorCollector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.hrefs: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href")
            if href:
                self.hrefs.append(href)


def _is_local(target: str) -> bool:
    """A relative link inside the site (not empty, external, absolute or mailto)."""
    return bool(target) and ":" not in target.split("/", 1)[0] and not target.startswith(("/", "mailto:"))


def resolve(href: str, page_url: str) -> str | None:
    """The site-root-relative URL path that a relative `href` on the page at `page_url` points to."""
    target = href.split("#", 1)[0].split("?", 1)[0]
    if not _is_local(target):
        return None
    return posixpath.normpath(posixpath.join(page_url, target))


def linked_term_slugs(page_html: str, page_url: str, term_slugs: frozenset[str] | set[str]) -> set[str]:
    """Slugs of the term pages that `page_html` (rendered at `page_url`, e.g. 'terms/clip/') links to."""
    collector = _AnchorCollector()
    collector.feed(page_html)
    collector.close()
    slugs = set()
    for href in collector.hrefs:
        target = resolve(href, page_url)
        slug = urls.term_slug_of_url(target) if target else None
        if slug in term_slugs:
            slugs.add(slug)
    return slugs


def compute_backlinks(links_by_slug: dict[str, set[str]]) -> dict[str, tuple[str, ...]]:
    """Invert {page slug: slugs it links to} into {slug: sorted slugs of pages that link to it}."""
    backlinks: dict[str, list[str]] = {}
    for source, targets in links_by_slug.items():
        for target in targets:
            if target != source:
                backlinks.setdefault(target, []).append(source)
    return {target: tuple(sorted(sources)) for target, sources in backlinks.items()}


_ANCHOR_HREF = re.compile(r'<a href="([^"#?]*)(#[^"]*)?"')


def mark_term_links(page_html: str, page_url: str, term_slugs: frozenset[str] | set[str]) -> str:
    """Add `data-preview` to links to term pages, so Material shows hover previews for them only.

    `page_url` is the page's URL relative to the site root ('terms/clip/', '' for home).
    """

    def mark(match: re.Match[str]) -> str:
        target = resolve(match.group(1), page_url)
        slug = urls.term_slug_of_url(target) if target else None
        if slug in term_slugs and target != page_url.rstrip("/"):
            return match.group(0) + " data-preview"
        return match.group(0)

    return _ANCHOR_HREF.sub(mark, page_html)


def fill_referenced_by(page_html: str, sources: list[Term], page_url: str) -> str:
    """Put the "Referenced by" list (or nothing) where the term page's footer left room for it."""
    links = [
        {"href": urls.relative_url(page_url, source.url), "title": source.display_title}
        for source in sorted(sources, key=lambda term: (term.title.casefold(), term.slug))
    ]
    section = render_template("backlinks.html", links=links) if links else ""
    return page_html.replace(REFERENCED_BY_MARK, section, 1)
