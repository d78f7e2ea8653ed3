"""The search index readers query: names and keywords as their own fields, no generated lists.

Material's search plugin indexes every page section by section. This module turns that index
into the glossary's: a term's page entry carries its summary as text (what a result shows
first) and its names, keywords and primary paper's title as fields with their own boosts (mkdocs.yml, search
`fields`); the generated lists (Related terms, Referenced by, References, category and A-Z
listings) are dropped, so a page that merely lists a term does not match it. The full index
is loaded by the search worker on first use; Material's own index file becomes a stub, so a
first page view downloads no index at all.
"""

from __future__ import annotations

import html
import re

from . import urls
from .model import Glossary, Term

FULL_INDEX_PATH = "search/glossary_index.json"
MATERIAL_INDEX_PATH = "search/search_index.json"
# Sections of a term page that the hook generates from front matter.
GENERATED_TERM_SECTIONS = frozenset({"related-terms", "referenced-by", "references"})
CATEGORY_LISTING_SECTION = "terms"
EXACT_MARK = "_"
_WORD_BREAK = re.compile(r"[^0-9a-z]+")


def joined(name: str) -> str:
    """'U-Net' -> 'unet', 'Multimodal RAG' -> 'multimodalrag': a name as one word."""
    return "".join(part for part in _WORD_BREAK.split(name.lower()) if part)


def joined_variants(names: tuple[str, ...] | list[str]) -> list[str]:
    """The one-word forms of names that have several words, as people type them without separators."""
    variants = []
    for name in names:
        variant = joined(name)
        if variant != name.lower() and variant not in variants:
            variants.append(variant)
    return variants


def _split_location(location: str) -> tuple[str, str]:
    page, _, anchor = location.partition("#")
    return page, anchor


def _term_entry(entry: dict, term: Term) -> dict:
    names = [term.title, *term.other_names]
    return {
        "location": entry["location"],
        "title": html.escape(term.display_title, quote=False),
        "text": html.escape(term.summary, quote=False),
        "names": names,
        # Each whole name as one word: "RAG" is exactly a name of RAG, only a word in "Multimodal RAG".
        # The "_" mark keeps Material's prefix search ("video*") from matching a name that merely
        # starts with the word ("_videolanguagemodel"); the worker asks for "_rag" when it means it.
        "exact": list(dict.fromkeys(EXACT_MARK + joined(name) for name in names)),
        "keywords": list(term.keywords) + joined_variants(term.keywords),
        # Readers paste paper titles ("An Image is Worth 16x16 Words"): the page's primary paper.
        **({"paper": term.papers[0].title} if term.papers else {}),
        **({"boost": entry["boost"]} if "boost" in entry else {}),
    }


def glossary_search_index(material_index: dict, glossary: Glossary) -> dict:
    """The full index for the worker, from the index Material's search plugin wrote."""
    terms_by_url = {term.url: term for term in glossary.terms}
    category_urls = {category.url for category in glossary.categories}
    docs = []
    for entry in material_index["docs"]:
        page, anchor = _split_location(entry["location"])
        entry = {key: value for key, value in entry.items() if key != "tags"}
        term = terms_by_url.get(page)
        if term is not None:
            if not anchor:
                docs.append(_term_entry(entry, term))
            # The H1's section holds "Also known as" and the summary: the page entry has both.
            elif anchor not in GENERATED_TERM_SECTIONS and entry["title"] != docs[-1]["title"]:
                docs.append(entry)
        elif page in category_urls and anchor == CATEGORY_LISTING_SECTION:
            continue
        elif page == urls.A_TO_Z_URL and anchor:
            continue  # the letter sections are the generated list
        else:
            docs.append(entry)
    return {"config": material_index["config"], "docs": docs}


def stub_index(material_index: dict) -> dict:
    """What Material's page script fetches on every first view: the configuration, no documents."""
    return {"config": material_index["config"], "docs": []}
