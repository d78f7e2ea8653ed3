"""The front-matter contract: which keys a page may have, their types, and their rules."""

from __future__ import annotations

import difflib
import re
from typing import Any

from .errors import GlossaryError, Problems
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
TERM_KEYS = (
    "title",
    "abbreviation",
    "aliases",
    "keywords",
    "summary",
    "category",
    "tags",
    "related",
    "papers",
    "reviewed",
    "draft",
)
PAPER_KEYS = ("title", "authors", "year", "venue", "arxiv", "url")
CATEGORY_KEYS = ("title", "tagline", "order")
# Categories whose terms must cite primary sources.
CATEGORIES_REQUIRING_PAPERS = frozenset({"multimodal"})

YEAR_RANGE = (1900, 2100)
# Patterns shared with the JSON Schema of glossary.json (schema_export.py).
ARXIV_ID_PATTERN = r"^(\d{2})(\d{2})\.(\d{4,5})$"
REVIEWED_PATTERN = r"^(\d{4})-(\d{2})$"
ABBREVIATION_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9-]*$"
SLUG_PATTERN = r"^[a-z0-9]+(-[a-z0-9]+)*$"
_ARXIV_ID = re.compile(ARXIV_ID_PATTERN)
_REVIEWED = re.compile(REVIEWED_PATTERN)
_ABBREVIATION = re.compile(ABBREVIATION_PATTERN)
_SLUG = re.compile(SLUG_PATTERN)
# Markup that has no place in a plain-text field: HTML tags or entities, and Markdown syntax.
_MARKUP = re.compile(r"<[A-Za-z/!]|&[A-Za-z#][A-Za-z0-9]*;|`|\*\*|__|\[[^\]]*\]\(|^#|!\[", re.MULTILINE)


def closest(value: str, choices: list[str] | tuple[str, ...] | frozenset[str]) -> str | None:
    """The choice nearest to a misspelt value, for 'did you mean' hints."""
    matches = difflib.get_close_matches(value, sorted(choices), n=1, cutoff=0.6)
    return matches[0] if matches else None


def did_you_mean(value: str, choices) -> str | None:
    match = closest(value, choices)
    return f"did you mean '{match}'?" if match else None


def _check_keys(
    data: dict[str, Any], allowed: tuple[str, ...], path: str, problems: Problems, prefix: str = ""
) -> None:
    for key in data:
        if key not in allowed:
            problems.add(
                GlossaryError(
                    path,
                    f"{prefix}{key}",
                    "is not a known field",
                    did_you_mean(str(key), allowed) or f"allowed fields: {', '.join(allowed)}",
                )
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


def _reviewed(data: dict[str, Any], path: str) -> str:
    """The month the page was last checked against its sources, as 'YYYY-MM'."""
    value = data.get("reviewed")
    if value is None:
        raise GlossaryError(
            path, "reviewed", "is required", "add 'reviewed: YYYY-MM', the month a second reader checked the page"
        )
    match = _REVIEWED.match(value) if isinstance(value, str) else None
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise GlossaryError(
            path, "reviewed", f"'{value}' is not a month", "write the month it was checked, e.g. reviewed: 2026-12"
        )
    return value


def check_arxiv_id(arxiv: Any, path: str, field: str) -> str:
    """A new-style arXiv id: YYMM.NNNN up to December 2014, YYMM.NNNNN from January 2015."""
    if not isinstance(arxiv, str):
        raise GlossaryError(path, field, "must be quoted text", f'write arxiv: "{arxiv}" so YAML keeps the digits')
    match = _ARXIV_ID.match(arxiv)
    if not match:
        raise GlossaryError(path, field, f"'{arxiv}' is not an arXiv id", 'use the form YYMM.NNNNN, e.g. "2103.00020"')
    year, month, number = int(match.group(1)), int(match.group(2)), match.group(3)
    if not 1 <= month <= 12 or (year, month) < (7, 4):
        raise GlossaryError(
            path, field, f"'{arxiv}' has no valid year and month", "ids of this form start at 0704 (April 2007)"
        )
    digits = 5 if year >= 15 else 4
    if len(number) != digits:
        era = "from 2015 on" if digits == 5 else "before 2015"
        raise GlossaryError(
            path, field, f"'{arxiv}' is not an arXiv id", f"ids {era} have {digits} digits after the dot"
        )
    return arxiv


def parse_paper(data: Any, path: str, index: int) -> Paper:
    field = f"papers[{index}]"
    if not isinstance(data, dict):
        raise GlossaryError(path, field, "must be a mapping with title, authors, year and arxiv or url")
    problems = Problems()
    _check_keys(data, PAPER_KEYS, path, problems, prefix=f"{field}.")
    title = problems.attempt(_text, data, "title", path, required=True, field=f"{field}.title")
    authors = problems.attempt(_text, data, "authors", path, required=True, field=f"{field}.authors")
    year = data.get("year")
    if isinstance(year, bool) or not isinstance(year, int) or not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
        problems.add(GlossaryError(path, f"{field}.year", "must be a four-digit year such as 2021"))
    venue = problems.attempt(_text, data, "venue", path, required=False, field=f"{field}.venue")
    arxiv = data.get("arxiv")
    url = problems.attempt(_text, data, "url", path, required=False, plain=False, field=f"{field}.url")
    if arxiv is not None:
        problems.attempt(check_arxiv_id, arxiv, path, f"{field}.arxiv")
    if (arxiv is None) == (data.get("url") is None):
        problems.add(GlossaryError(path, field, "needs exactly one of 'arxiv' or 'url'"))
    if url is not None and not url.startswith("https://"):
        problems.add(GlossaryError(path, f"{field}.url", "must be an https:// address"))
    problems.raise_if_any()
    return Paper(title=title, authors=authors, year=year, venue=venue, arxiv=arxiv, url=url)


def _summary(data: dict[str, Any], path: str) -> str:
    summary = _text(data, "summary", path, required=True)
    if len(summary) > SUMMARY_MAX_CHARS:
        raise GlossaryError(
            path,
            "summary",
            f"has {len(summary)} characters, more than {SUMMARY_MAX_CHARS}",
            "shorten it to one sentence",
        )
    return summary


def _category(data: dict[str, Any], path: str, category_slugs: tuple[str, ...]) -> str:
    category = _text(data, "category", path, required=True)
    if category not in category_slugs:
        raise GlossaryError(
            path,
            "category",
            f"'{category}' is not a category",
            did_you_mean(category, category_slugs) or f"use one of: {', '.join(category_slugs)}",
        )
    return category


def _abbreviation(data: dict[str, Any], path: str) -> str | None:
    abbreviation = _text(data, "abbreviation", path, required=False)
    if abbreviation is not None and not _ABBREVIATION.match(abbreviation):
        raise GlossaryError(
            path,
            "abbreviation",
            f"'{abbreviation}' is not one word of letters, digits and '-'",
            "put longer names in 'aliases'",
        )
    return abbreviation


def _tags(data: dict[str, Any], path: str) -> tuple[str, ...]:
    tags = _text_list(data, "tags", path)
    for tag in tags:
        if tag not in TAGS:
            raise GlossaryError(
                path,
                "tags",
                f"'{tag}' is not an allowed tag",
                did_you_mean(tag, TAGS) or "see TAGS in hooks/glossary/schema.py",
            )
    return tags


def _related(data: dict[str, Any], path: str, slug: str) -> tuple[str, ...]:
    related = _text_list(data, "related", path)
    if slug in related:
        raise GlossaryError(path, "related", "lists the term itself", f"remove '{slug}'")
    return related


def _papers(data: dict[str, Any], path: str, category: str | None) -> tuple[Paper, ...]:
    raw_papers = data.get("papers")
    if raw_papers is None:
        raw_papers = []
    if not isinstance(raw_papers, list):
        raise GlossaryError(path, "papers", "must be a list of papers")
    problems = Problems()
    papers = [problems.attempt(parse_paper, paper, path, index) for index, paper in enumerate(raw_papers)]
    if category in CATEGORIES_REQUIRING_PAPERS and not raw_papers:
        problems.add(GlossaryError(path, "papers", f"is required for {category} terms", "cite the primary source"))
    problems.raise_if_any()
    return tuple(papers)


def _draft(data: dict[str, Any], path: str) -> bool:
    value = data.get("draft", False)
    if not isinstance(value, bool):
        raise GlossaryError(path, "draft", "must be true or false", "remove the line when the page is ready")
    return value


def parse_term(data: dict[str, Any], slug: str, path: str, category_slugs: tuple[str, ...]) -> Term:
    """Validate one term's front matter on its own, reporting every bad field; cross-term rules live in catalog.py."""
    problems = Problems()
    _check_keys(data, TERM_KEYS, path, problems)
    if not _SLUG.match(slug):
        problems.add(
            GlossaryError(path, None, f"file name '{slug}.md' is not a slug", "use lowercase words joined by '-'")
        )
    title = problems.attempt(_text, data, "title", path, required=True)
    summary = problems.attempt(_summary, data, path)
    category = problems.attempt(_category, data, path, category_slugs)
    term = Term(
        slug=slug,
        path=path,
        title=title,
        summary=summary,
        category=category,
        abbreviation=problems.attempt(_abbreviation, data, path),
        aliases=problems.attempt(_text_list, data, "aliases", path),
        keywords=problems.attempt(_text_list, data, "keywords", path),
        tags=problems.attempt(_tags, data, path),
        related=problems.attempt(_related, data, path, slug),
        papers=problems.attempt(_papers, data, path, category),
        reviewed=problems.attempt(_reviewed, data, path),
        draft=problems.attempt(_draft, data, path),
    )
    problems.raise_if_any()
    return term


def _order(data: dict[str, Any], path: str) -> int:
    order = data.get("order")
    if order is None:
        raise GlossaryError(path, "order", "is required", "add 'order: N', the position in the sidebar")
    if isinstance(order, bool) or not isinstance(order, int):
        raise GlossaryError(path, "order", f"must be a whole number, not {type(order).__name__}")
    return order


def parse_category(data: dict[str, Any], slug: str, path: str) -> Category:
    problems = Problems()
    _check_keys(data, CATEGORY_KEYS, path, problems)
    title = problems.attempt(_text, data, "title", path, required=True)
    tagline = problems.attempt(_text, data, "tagline", path, required=True)
    order = problems.attempt(_order, data, path)
    problems.raise_if_any()
    return Category(slug=slug, path=path, title=title, tagline=tagline, order=order)
