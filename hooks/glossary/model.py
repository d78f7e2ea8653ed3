"""The glossary's data: terms, their papers, categories, and the whole validated set."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from . import urls


@dataclass(frozen=True)
class Paper:
    title: str
    authors: str
    year: int
    venue: str | None = None
    arxiv: str | None = None
    url: str | None = None

    @property
    def link(self) -> str:
        """Where a reader finds the paper: the arXiv abstract page, else the given URL."""
        return f"https://arxiv.org/abs/{self.arxiv}" if self.arxiv else str(self.url)


@dataclass(frozen=True)
class Term:
    slug: str
    path: str
    title: str
    summary: str
    category: str
    abbreviation: str | None = None
    aliases: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    papers: tuple[Paper, ...] = ()
    # Names a reader types that the page explains but that are not names of the concept.
    keywords: tuple[str, ...] = ()
    reviewed: str | None = None
    # A draft is shown by `mkdocs serve` and left out of `mkdocs build`.
    draft: bool = False

    @property
    def display_title(self) -> str:
        """'Vision Transformer (ViT)' when there is an abbreviation, else the title."""
        return f"{self.title} ({self.abbreviation})" if self.abbreviation else self.title

    @property
    def other_names(self) -> tuple[str, ...]:
        """The abbreviation and the aliases: every other name the term is known by."""
        return ((self.abbreviation,) if self.abbreviation else ()) + self.aliases

    @property
    def src_uri(self) -> str:
        return urls.term_src_uri(self.slug)

    @property
    def url(self) -> str:
        """The permanent URL path, relative to the site root."""
        return urls.term_url(self.slug)


@dataclass(frozen=True)
class Category:
    slug: str
    path: str
    title: str
    tagline: str
    order: int

    @property
    def src_uri(self) -> str:
        return urls.category_src_uri(self.slug)

    @property
    def url(self) -> str:
        return urls.category_url(self.slug)


@dataclass(frozen=True)
class Glossary:
    """Every term and category, validated together; terms sorted by title."""

    terms: tuple[Term, ...]
    categories: tuple[Category, ...]

    def term(self, slug: str) -> Term:
        return self._terms_by_slug[slug]

    @cached_property
    def _terms_by_slug(self) -> dict[str, Term]:
        return {term.slug: term for term in self.terms}

    @cached_property
    def slugs(self) -> frozenset[str]:
        return frozenset(self._terms_by_slug)

    @cached_property
    def abbreviations(self) -> dict[str, str]:
        """{abbreviation: title} for every term that has one."""
        return {term.abbreviation: term.title for term in self.terms if term.abbreviation}

    def terms_in(self, category_slug: str) -> tuple[Term, ...]:
        return tuple(term for term in self.terms if term.category == category_slug)

    def category(self, slug: str) -> Category:
        return next(category for category in self.categories if category.slug == slug)
