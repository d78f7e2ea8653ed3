"""From page sources (path -> text) to a validated Glossary, reporting every problem at once."""

from __future__ import annotations

import posixpath
from pathlib import Path

from .catalog import build_glossary
from .errors import GlossaryError, Problems
from .frontmatter import split_front_matter
from .model import Glossary
from .schema import parse_category, parse_term


def _slug(src_uri: str) -> str:
    return posixpath.splitext(posixpath.basename(src_uri))[0]


def read_sources(docs_dir: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(term sources, category sources) of a docs folder, keyed by src_uri, as MkDocs would see them."""

    def read(pattern: str) -> dict[str, str]:
        return {
            path.relative_to(docs_dir).as_posix(): path.read_text(encoding="utf-8")
            for path in sorted(docs_dir.glob(pattern))
            if not path.name.startswith("_")
        }

    return read("terms/*.md"), read("categories/*/index.md")


def load_glossary(
    term_sources: dict[str, str],
    category_sources: dict[str, str],
    docs_prefix: str = "docs/",
    *,
    include_drafts: bool = False,
) -> Glossary:
    """Parse and validate every category and term page; keys are src_uris like 'terms/clip.md'.

    Drafts (`draft: true`) are left out unless `include_drafts`. Every problem in every file
    is collected and raised together. `docs_prefix` makes messages name files as a contributor sees them.
    """
    problems = Problems()
    categories = []
    for src_uri, text in sorted(category_sources.items()):
        path = docs_prefix + src_uri
        parsed = problems.attempt(split_front_matter, text, path)
        category = parsed and problems.attempt(parse_category, parsed[0], category_slug(src_uri), path)
        if category:
            categories.append(category)
    if not category_sources:
        problems.add(GlossaryError(docs_prefix + "categories/", None, "holds no category page"))
    category_slugs = tuple(category.slug for category in sorted(categories, key=lambda c: c.order))
    terms = []
    for src_uri, text in sorted(term_sources.items()):
        path = docs_prefix + src_uri
        parsed = problems.attempt(split_front_matter, text, path)
        if parsed is None or (parsed[0].get("draft") is True and not include_drafts):
            continue
        term = problems.attempt(parse_term, parsed[0], _slug(src_uri), path, category_slugs)
        if term:
            terms.append(term)
    glossary = problems.attempt(build_glossary, terms, categories)
    problems.raise_if_any()
    return glossary


def category_slug(src_uri: str) -> str:
    """'categories/multimodal/index.md' -> 'multimodal'."""
    return posixpath.basename(posixpath.dirname(src_uri))
