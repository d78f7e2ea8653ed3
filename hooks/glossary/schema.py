"""The front-matter contract: which keys a page may have, their types, and their rules."""

from __future__ import annotations

import difflib
import re
from typing import Any

from .errors import GlossaryError
from .model import Category, Paper, Term

# The allow list of tags, kept here and nowhere else.
TAGS = frozenset(
    {
        "architecture",
        "model",
        "objective",
        "training",
        "generation",
        "retrieval",
        "evaluation",
        "benchmark",
        "task",
        "data",
        "vision",
        "language",
        "audio",
        "speech",
        "document",
        "embedding",
        "math",
        "inference",
        "safety",
    }
)

SUMMARY_MAX_CHARS = 200
TERM_KEYS = ("title", "abbreviation", "aliases", "summary", "category", "tags", "related", "papers")
TERM_REQUIRED = ("title", "summary", "category")
PAPER_KEYS = ("title", "authors", "year", "venue", "arxiv", "url")
CATEGORY_KEYS = ("title", "tagline", "order")
# Categories whose terms must cite primary sources.
CATEGORIES_REQUIRING_PAPERS = frozenset({"multimodal"})

_ARXIV_ID = re.compile(r"^\d{4}\.\d{4,5}$")
_ABBREVIATION = re.compile(r"^[A-Za-z0-9][A-Za-z0-9-]*$")
_SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# Markup that has no place in a plain-text field: HTML tags or entities, and Markdown syntax.
_MARKUP = re.compile(r"<[A-Za-z/!]|&[A-Za-z#][A-Za-z0-9]*;|`|\*\*|__|\[[^\]]*\]\(|^#|!\[", re.MULTILINE)


def closest(value: str, choices: list[str] | tuple[str, ...] | frozenset[str]) -> str | None:
    """The choice nearest to a misspelt value, for 'did you mean' hints."""
    matches = difflib.get_close_matches(value, sorted(choices), n=1, cutoff=0.6)
    return matches[0] if matches else None


def did_you_mean(value: str, choices) -> str | None:
    match = closest(value, choices)
    return f"did you mean '{match}'?" if match else None


def _check_keys(data: dict[str, Any], allowed: tuple[str, ...], path: str, prefix: str = "") -> None:
    for key in data:
        if key not in allowed:
            raise GlossaryError(
                path,
                f"{prefix}{key}",
                "is not a known field",
                did_you_mean(str(key), allowed) or f"allowed fields: {', '.join(allowed)}",
            )


def _text(
    data: dict[str, Any], key: str, path: str, *, required: bool, plain: bool = True, field: str = ""
) -> str | None:
    name = field or key
    value = data.get(key)
    if value is None:
        if required:
            raise GlossaryError(path, name, "is required", f"add '{key}: ...' to the front matter")
        return None
    if not isinstance(value, str):
        raise GlossaryError(path, name, f"must be text, not {type(value).__name__}", "quote the value")
    value = " ".join(value.split())
    if not value:
        raise GlossaryError(path, name, "is empty", "write a value or remove the field")
    if plain and _MARKUP.search(value):
        raise GlossaryError(path, name, "must be plain text without HTML or Markdown markup")
    return value


def _text_list(data: dict[str, Any], key: str, path: str) -> tuple[str, ...]:
    value = data.get(key)
    if value is None:
        return ()
    if isinstance(value, str):
        raise GlossaryError(path, key, "must be a list", f"write '{key}: [{value}]'")
    if not isinstance(value, list):
        raise GlossaryError(path, key, f"must be a list, not {type(value).__name__}")
    items = []
    for index, item in enumerate(value):
        items.append(_text({"item": item}, "item", path, required=True, field=f"{key}[{index}]"))
    if len(set(items)) != len(items):
        raise GlossaryError(path, key, "lists the same value twice")
    return tuple(items)


def parse_paper(data: Any, path: str, index: int) -> Paper:
    field = f"papers[{index}]"
    if not isinstance(data, dict):
        raise GlossaryError(path, field, "must be a mapping with title, authors, year and arxiv or url")
    _check_keys(data, PAPER_KEYS, path, prefix=f"{field}.")
    title = _text(data, "title", path, required=True, field=f"{field}.title")
    authors = _text(data, "authors", path, required=True, field=f"{field}.authors")
    year = data.get("year")
    if isinstance(year, bool) or not isinstance(year, int) or not 1900 <= year <= 2100:
        raise GlossaryError(path, f"{field}.year", "must be a four-digit year such as 2021")
    venue = _text(data, "venue", path, required=False, field=f"{field}.venue")
    arxiv = data.get("arxiv")
    url = _text(data, "url", path, required=False, plain=False, field=f"{field}.url")
    if arxiv is not None:
        if not isinstance(arxiv, str):
            raise GlossaryError(
                path, f"{field}.arxiv", "must be quoted text", f'write arxiv: "{arxiv}" so YAML keeps the digits'
            )
        if not _ARXIV_ID.match(arxiv):
            raise GlossaryError(
                path, f"{field}.arxiv", f"'{arxiv}' is not an arXiv id", 'use the form YYMM.NNNNN, e.g. "2103.00020"'
            )
    if (arxiv is None) == (url is None):
        raise GlossaryError(path, field, "needs exactly one of 'arxiv' or 'url'")
    if url is not None and not url.startswith("https://"):
        raise GlossaryError(path, f"{field}.url", "must be an https:// address")
    return Paper(title=title, authors=authors, year=year, venue=venue, arxiv=arxiv, url=url)


def parse_term(data: dict[str, Any], slug: str, path: str, category_slugs: tuple[str, ...]) -> Term:
    """Validate one term's front matter on its own; cross-term rules live in catalog.py."""
    _check_keys(data, TERM_KEYS, path)
    if not _SLUG.match(slug):
        raise GlossaryError(path, None, f"file name '{slug}.md' is not a slug", "use lowercase words joined by '-'")
    title = _text(data, "title", path, required=True)
    summary = _text(data, "summary", path, required=True)
    if len(summary) > SUMMARY_MAX_CHARS:
        raise GlossaryError(
            path,
            "summary",
            f"has {len(summary)} characters, more than {SUMMARY_MAX_CHARS}",
            "shorten it to one sentence",
        )
    category = _text(data, "category", path, required=True)
    if category not in category_slugs:
        raise GlossaryError(
            path,
            "category",
            f"'{category}' is not a category",
            did_you_mean(category, category_slugs) or f"use one of: {', '.join(category_slugs)}",
        )
    abbreviation = _text(data, "abbreviation", path, required=False)
    if abbreviation is not None and not _ABBREVIATION.match(abbreviation):
        raise GlossaryError(
            path,
            "abbreviation",
            f"'{abbreviation}' is not one word of letters, digits and '-'",
            "put longer names in 'aliases'",
        )
    aliases = _text_list(data, "aliases", path)
    tags = _text_list(data, "tags", path)
    for tag in tags:
        if tag not in TAGS:
            raise GlossaryError(
                path,
                "tags",
                f"'{tag}' is not an allowed tag",
                did_you_mean(tag, TAGS) or "see TAGS in hooks/glossary/schema.py",
            )
    related = _text_list(data, "related", path)
    if slug in related:
        raise GlossaryError(path, "related", "lists the term itself", f"remove '{slug}'")
    raw_papers = data.get("papers")
    if raw_papers is None:
        raw_papers = []
    if not isinstance(raw_papers, list):
        raise GlossaryError(path, "papers", "must be a list of papers")
    papers = tuple(parse_paper(paper, path, index) for index, paper in enumerate(raw_papers))
    if category in CATEGORIES_REQUIRING_PAPERS and not papers:
        raise GlossaryError(path, "papers", f"is required for {category} terms", "cite the primary source")
    return Term(
        slug=slug,
        path=path,
        title=title,
        summary=summary,
        category=category,
        abbreviation=abbreviation,
        aliases=aliases,
        tags=tags,
        related=related,
        papers=papers,
    )


def parse_category(data: dict[str, Any], slug: str, path: str) -> Category:
    _check_keys(data, CATEGORY_KEYS, path)
    title = _text(data, "title", path, required=True)
    tagline = _text(data, "tagline", path, required=True)
    order = data.get("order")
    if order is None:
        raise GlossaryError(path, "order", "is required", "add 'order: N', the position in the sidebar")
    if isinstance(order, bool) or not isinstance(order, int):
        raise GlossaryError(path, "order", f"must be a whole number, not {type(order).__name__}")
    return Category(slug=slug, path=path, title=title, tagline=tagline, order=order)
