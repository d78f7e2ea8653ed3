"""Generated Markdown: category listings, the A-Z page, home cards, and term page parts.

Links are relative `.md` links so that MkDocs' strict mode checks every one of them.
"""

from __future__ import annotations

import re
from itertools import groupby

from .model import Category, Glossary, Paper, Term

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}<>#|])")
_FIRST_H1 = re.compile(r"^# .*$", re.MULTILINE)


def escape_markdown(text: str) -> str:
    """Plain text that Markdown must show as it is."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("&", "&amp;")


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {nouns or noun + 's'}"


def term_link(term: Term, from_dir: str) -> str:
    """A Markdown link to a term from a page in `from_dir` ('', 'terms' or 'categories')."""
    prefix = {"": "terms/", "terms": "", "categories": "../terms/"}[from_dir]
    return f"[{escape_markdown(term.display_title)}]({prefix}{term.slug}.md)"


def render_term_list(terms: tuple[Term, ...], from_dir: str) -> str:
    items = [f"- {term_link(term, from_dir)}: {escape_markdown(term.summary)}" for term in terms]
    return '<div class="mmg-term-list" markdown>\n\n' + "\n".join(items) + "\n\n</div>\n"


def render_category_listing(glossary: Glossary, category: Category) -> str:
    """The part appended to a category page: the count, then every term, alphabetical."""
    terms = glossary.terms_in(category.slug)
    heading = f"## Terms in {escape_markdown(category.title)} {{ #terms }}\n\n"
    if not terms:
        return heading + '<p class="mmg-count-line">No terms yet.</p>\n'
    count = f'<p class="mmg-count-line">{plural(len(terms), "term")}</p>\n\n'
    return heading + count + render_term_list(terms, "categories")


def _initial(term: Term) -> str:
    first = term.title[0].upper()
    return first if first.isalpha() else "#"


def render_a_to_z(glossary: Glossary) -> str:
    """Every term grouped by its first letter, with a jump bar and each term's category."""
    groups = [(letter, tuple(terms)) for letter, terms in groupby(glossary.terms, key=_initial)]
    anchors = {letter: ("other" if letter == "#" else letter.lower()) for letter, _ in groups}
    jump = " ".join(f"[{escape_markdown(letter)}](#{anchors[letter]})" for letter, _ in groups)
    parts = [
        f'<p class="mmg-count-line">{plural(len(glossary.terms), "term")} in '
        f"{plural(len(glossary.categories), 'category', 'categories')}</p>\n",
        f'<p class="mmg-jump" markdown>{jump}</p>\n',
    ]
    for letter, terms in groups:
        parts.append(f"## {escape_markdown(letter)} {{ #{anchors[letter]} }}\n")
        parts.append(render_term_list(terms, ""))
    return "\n".join(parts)


def render_home_cards(glossary: Glossary) -> str:
    """A card per category: title linked, term count, tagline."""
    cards = []
    for category in glossary.categories:
        count = plural(len(glossary.terms_in(category.slug)), "term")
        cards.append(
            f"-   [**{escape_markdown(category.title)}**](categories/{category.slug}.md)"
            f' <span class="mmg-count">{count}</span>\n\n'
            f"    ---\n\n"
            f"    {escape_markdown(category.tagline)}\n"
        )
    return '<div class="grid cards mmg-category-cards" markdown>\n\n' + "\n".join(cards) + "\n</div>\n"


def render_term_header(term: Term) -> str:
    """Shown under the H1: the other names, then the summary as the lead paragraph."""
    parts = []
    if term.other_names:
        names = ", ".join(escape_markdown(name) for name in term.other_names)
        parts.append(f"Also known as: {names}\n{{ .mmg-aka }}\n")
    parts.append(f"{escape_markdown(term.summary)}\n{{ .mmg-lead }}\n")
    return "\n".join(parts)


def insert_term_header(markdown: str, term: Term) -> str:
    """Replace the page's H1 with the display title and put the header right under it."""
    header = f"# {escape_markdown(term.display_title)}\n\n{render_term_header(term)}"
    if _FIRST_H1.search(markdown):
        return _FIRST_H1.sub(lambda _: header.rstrip("\n"), markdown, count=1)
    return header + "\n" + markdown


def render_paper(paper: Paper) -> str:
    venue = f" {escape_markdown(paper.venue)}." if paper.venue else ""
    source = f" arXiv:{paper.arxiv}." if paper.arxiv else ""
    return f"{escape_markdown(paper.authors)} ({paper.year}). [{escape_markdown(paper.title)}]({paper.link}).{venue}{source}"


def render_term_footer(glossary: Glossary, term: Term) -> str:
    """After the body: related terms, backlinks, references, category and tags."""
    parts = []
    if term.related:
        related = tuple(glossary.term(slug) for slug in term.related)
        parts.append("## Related terms { #related-terms }\n\n" + render_term_list(related, "terms"))
    backlinks = glossary.backlinks.get(term.slug, ())
    if backlinks:
        sources = sorted((glossary.term(slug) for slug in backlinks), key=lambda t: t.title.casefold())
        items = "\n".join(f"- {term_link(source, 'terms')}" for source in sources)
        parts.append(
            f'## Referenced by {{ #referenced-by }}\n\n<div class="mmg-backlinks" markdown>\n\n{items}\n\n</div>\n'
        )
    if term.papers:
        items = "\n".join(f"{index}. {render_paper(paper)}" for index, paper in enumerate(term.papers, 1))
        parts.append(f"## References {{ #references }}\n\n{items}\n")
    category = glossary.category(term.category)
    meta = f"Category: [{escape_markdown(category.title)}](../categories/{category.slug}.md)"
    if term.tags:
        tags = " ".join(f'<span class="mmg-tag">{tag}</span>' for tag in term.tags)
        meta += f" · Tags: {tags}"
    parts.append(f'<p class="mmg-term-meta" markdown>{meta}</p>\n')
    return "\n".join(parts)


_WORD = re.compile(r"[\w-]+")


def render_abbreviations(glossary: Glossary, markdown: str) -> str:
    """abbr-extension definitions for the abbreviations that `markdown` uses, for tooltips.

    Only the ones the page mentions: every definition line is a Markdown block, so defining
    all of them on every page would make the build quadratic in the number of terms.
    """
    abbreviations = glossary.abbreviations
    used = sorted((word, abbreviations[word]) for word in set(_WORD.findall(markdown)) if word in abbreviations)
    return "".join(f"*[{abbreviation}]: {title}\n" for abbreviation, title in used)
