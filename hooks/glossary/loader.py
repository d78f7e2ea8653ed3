"""From page sources (path -> text) to a validated Glossary, with backlinks."""

from __future__ import annotations

import posixpath

from .catalog import build_glossary
from .errors import GlossaryError
from .frontmatter import split_front_matter
from .links import compute_backlinks, linked_term_slugs
from .model import Glossary
from .schema import parse_category, parse_term


def _slug(src_uri: str) -> str:
    return posixpath.splitext(posixpath.basename(src_uri))[0]


def load_glossary(
    term_sources: dict[str, str], category_sources: dict[str, str], docs_prefix: str = "docs/"
) -> Glossary:
    """Parse and validate every category and term page; keys are src_uris like 'terms/clip.md'.

    `docs_prefix` only makes error messages name the file as a contributor sees it.
    """
    categories = []
    for src_uri, text in sorted(category_sources.items()):
        data, _ = split_front_matter(text, docs_prefix + src_uri)
        categories.append(parse_category(data, _slug(src_uri), docs_prefix + src_uri))
    if not categories:
        raise GlossaryError(docs_prefix + "categories/", None, "holds no category page")
    category_slugs = tuple(category.slug for category in sorted(categories, key=lambda c: c.order))
    terms = []
    links: dict[str, set[str]] = {}
    for src_uri, text in sorted(term_sources.items()):
        data, body = split_front_matter(text, docs_prefix + src_uri)
        term = parse_term(data, _slug(src_uri), docs_prefix + src_uri, category_slugs)
        terms.append(term)
        links[term.slug] = linked_term_slugs(body, src_uri)
    known = {term.slug for term in terms}
    backlinks = compute_backlinks({slug: targets & known for slug, targets in links.items()})
    return build_glossary(terms, categories, backlinks)
