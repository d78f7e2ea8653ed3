"""Find which term pages a page links to, and invert that into backlinks."""

from __future__ import annotations

import posixpath
import re

_FENCED_CODE = re.compile(r"^(```|~~~).*?^\1", re.MULTILINE | re.DOTALL)
_INLINE_CODE = re.compile(r"`[^`\n]*`")
# Inline links "](target" and reference definitions "[id]: target".
_LINK_TARGET = re.compile(r"\]\(\s*<?([^)\s>]+)|^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)", re.MULTILINE)
_TERM_URI = re.compile(r"^terms/([a-z0-9-]+)\.md$")


def _is_local(target: str) -> bool:
    """A relative link inside the site (not empty, external, absolute or mailto)."""
    return bool(target) and "://" not in target and not target.startswith(("/", "mailto:"))


def linked_term_slugs(markdown: str, src_uri: str) -> set[str]:
    """Slugs of the term pages that `markdown` (the page at `src_uri`) links to with .md links."""
    text = _INLINE_CODE.sub("", _FENCED_CODE.sub("", markdown))
    base = posixpath.dirname(src_uri)
    slugs = set()
    for match in _LINK_TARGET.finditer(text):
        target = (match.group(1) or match.group(2)).split("#", 1)[0]
        if not _is_local(target):
            continue
        resolved = posixpath.normpath(posixpath.join(base, target))
        term = _TERM_URI.match(resolved)
        if term:
            slugs.add(term.group(1))
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
_TERM_URL = re.compile(r"^terms/([a-z0-9-]+)$")


def mark_term_links(page_html: str, page_url: str, term_slugs: set[str]) -> str:
    """Add `data-preview` to links to term pages, so Material shows hover previews for them only.

    `page_url` is the page's URL relative to the site root ('terms/clip/', '' for home).
    """

    def mark(match: re.Match[str]) -> str:
        href = match.group(1)
        if not _is_local(href):
            return match.group(0)
        target = posixpath.normpath(posixpath.join(page_url, href))
        term = _TERM_URL.match(target)
        if term and term.group(1) in term_slugs and target != page_url.rstrip("/"):
            return match.group(0) + " data-preview"
        return match.group(0)

    return _ANCHOR_HREF.sub(mark, page_html)
