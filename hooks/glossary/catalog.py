"""Rules that span terms: unique names and keywords, existing related terms, free alias slugs, ordering."""

from __future__ import annotations

from . import urls
from .errors import GlossaryError, Problems
from .model import Category, Glossary, Term
from .schema import did_you_mean
from .slugs import slugify


def _check_unique_names(terms: list[Term], problems: Problems) -> None:
    """A title, abbreviation or alias may name one term only (case-insensitive)."""
    owners: dict[str, tuple[Term, str]] = {}
    for term in terms:
        names = [("title", term.title)]
        names += [("abbreviation", term.abbreviation)] if term.abbreviation else []
        names += [("aliases", alias) for alias in term.aliases]
        for field, name in names:
            key = name.casefold()
            if key in owners and owners[key][0].slug != term.slug:
                other, other_field = owners[key]
                role = {"title": "the title", "abbreviation": "the abbreviation", "aliases": "an alias"}[other_field]
                problems.add(
                    GlossaryError(
                        term.path,
                        field,
                        f"'{name}' is already {role} of {other.path}",
                        "a name may point to one term only",
                    )
                )
            owners.setdefault(key, (term, field))


def _check_keywords(terms: list[Term], problems: Problems) -> None:
    """A search keyword may not be a name of any term (a name finds its own term), and belongs to
    one page: the one that explains it, which search then puts first. Other pages mention it in
    their text, where search still finds it."""
    names = {name.casefold(): term for term in terms for name in (term.title, *term.other_names)}
    homes: dict[str, Term] = {}
    for term in terms:
        for keyword in term.keywords:
            home = homes.setdefault(keyword.casefold(), term)
            if home.slug != term.slug:
                problems.add(
                    GlossaryError(
                        term.path,
                        "keywords",
                        f"'{keyword}' is already a keyword of {home.path}",
                        "a keyword belongs to the one page that explains it; mention it in this page's text instead",
                    )
                )
            owner = names.get(keyword.casefold())
            if owner is None:
                continue
            where = "this term" if owner.slug == term.slug else owner.path
            problems.add(
                GlossaryError(
                    term.path,
                    "keywords",
                    f"'{keyword}' is a name of {where}",
                    "names go in title, abbreviation or aliases; keywords are other things the page explains",
                )
            )


def _check_related(terms: list[Term], problems: Problems) -> None:
    slugs = [term.slug for term in terms]
    known = set(slugs)
    for term in terms:
        for slug in term.related:
            if slug not in known:
                hint = did_you_mean(slug, slugs) or "use the file name of a page in docs/terms/, without .md"
                problems.add(GlossaryError(term.path, "related", f"'{slug}' is not a term", hint))


def alias_slugs(term: Term) -> tuple[str, ...]:
    """Slugs of the term's names (title too) that need a redirect (not its own slug), unique, in order."""
    seen: list[str] = []
    for name in (term.title, *term.other_names):
        slug = slugify(name)
        if slug and slug != term.slug and slug not in seen:
            seen.append(slug)
    return tuple(seen)


def _check_page_slug_is_a_name(terms: list[Term], problems: Problems) -> None:
    """A reader who guesses /terms/<a name>/ must land on the page: its slug is one of its names."""
    for term in terms:
        if term.slug not in {slugify(name) for name in (term.title, *term.other_names)}:
            problems.add(
                GlossaryError(
                    term.path,
                    "title",
                    f"the file name '{term.slug}.md' is not the slug of the title, abbreviation or any alias",
                    f"add a name whose slug is '{term.slug}' to 'aliases', or rename the file",
                )
            )


def _check_alias_slugs(terms: list[Term], problems: Problems) -> None:
    """An alias redirect may not shadow a term page or another term's redirect."""
    term_slugs = {term.slug: term for term in terms}
    claimed: dict[str, Term] = {}
    for term in terms:
        for slug in alias_slugs(term):
            if slug in term_slugs:
                problems.add(
                    GlossaryError(
                        term.path,
                        "aliases",
                        f"the redirect /{urls.term_url(slug)} would replace the page {term_slugs[slug].path}",
                        "drop or rename the alias",
                    )
                )
            elif slug in claimed and claimed[slug].slug != term.slug:
                problems.add(
                    GlossaryError(
                        term.path,
                        "aliases",
                        f"the redirect /{urls.term_url(slug)} is already taken by {claimed[slug].path}",
                        "drop or rename the alias",
                    )
                )
            else:
                claimed[slug] = term


def build_glossary(terms: list[Term], categories: list[Category]) -> Glossary:
    """Check the rules that span pages and return the glossary, terms sorted by title.

    Every broken rule is reported, not just the first.
    """
    problems = Problems()
    _check_unique_names(terms, problems)
    _check_related(terms, problems)
    _check_alias_slugs(terms, problems)
    _check_page_slug_is_a_name(terms, problems)
    _check_keywords(terms, problems)
    orders: dict[int, Category] = {}
    for category in categories:
        if category.order in orders:
            problems.add(
                GlossaryError(
                    category.path, "order", f"{category.order} is also the order of {orders[category.order].path}"
                )
            )
        orders[category.order] = category
    problems.raise_if_any()
    return Glossary(
        terms=tuple(sorted(terms, key=lambda term: (term.title.casefold(), term.slug))),
        categories=tuple(sorted(categories, key=lambda category: category.order)),
    )
