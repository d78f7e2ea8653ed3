"""The site navigation, generated from the glossary: Home, each category with its terms, A-Z."""

from __future__ import annotations

from .model import Glossary
from .render import plural
from .urls import A_TO_Z, HOME


def section_title(title: str, count: int) -> str:
    # Material renders nav titles unescaped, so the count can carry its own style.
    return f'{title} <span class="mmg-count" title="{plural(count, "term")}">{count}</span>'


def build_nav(glossary: Glossary, top_level_pages: list[str]) -> list:
    """The `nav` value for mkdocs.yml. Every term appears under its category, alphabetically.

    `top_level_pages` are other hand-written pages at the docs root; they follow A-Z.
    """
    nav: list = [HOME]
    for category in glossary.categories:
        terms = glossary.terms_in(category.slug)
        children = [category.src_uri] + [term.src_uri for term in terms]
        nav.append({section_title(category.title, len(terms)): children})
    nav.append(A_TO_Z)
    nav.extend(page for page in sorted(top_level_pages) if page not in (HOME, A_TO_Z))
    return nav
