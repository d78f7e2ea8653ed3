"""Generated Markdown: category listings, the A-Z page, home cards, and term page parts.

Links are relative `.md` links so that MkDocs' strict mode checks every one of them.
"""

from __future__ import annotations

import re
from itertools import groupby

from . import urls
from .model import Category, Glossary, Paper, Term

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]{}<>#|])")
_FIRST_H1 = re.compile(r"^# .*$", re.MULTILINE)


def escape_markdown(text: str) -> str:
    """Plain text that Markdown must show as it is."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text).replace("&", "&amp;")


def plural(count: int, noun: str, nouns: str | None = None) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {nouns or noun + 's'}"


# Marks in a term page's Markdown: where the generated footer starts (links after it are not the
# page's own), and where "Referenced by" goes once every page is rendered.
FOOTER_MARK = "<!-- mmg:footer -->"
REFERENCED_BY_MARK = "<!-- mmg:referenced-by -->"


def term_link(term: Term, from_src_uri: str) -> str:
    """A Markdown link to a term from the page whose source is `from_src_uri`."""
    return f"[{escape_markdown(term.display_title)}]({urls.relative_md_link(from_src_uri, term.src_uri)})"


def render_term_list(terms: tuple[Term, ...], from_src_uri: str) -> str:
    items = [f"- {term_link(term, from_src_uri)}: {escape_markdown(term.summary)}" for term in terms]
    return '<div class="mmg-term-list" markdown>\n\n' + "\n".join(items) + "\n\n</div>\n"


def render_category_listing(glossary: Glossary, category: Category) -> str:
    """The part appended to a category page: the count, then every term, alphabetical."""
    terms = glossary.terms_in(category.slug)
    heading = f"## Terms in {escape_markdown(category.title)} {{ #terms }}\n\n"
    if not terms:
        return heading + '<p class="mmg-count-line">No terms yet.</p>\n'
    count = f'<p class="mmg-count-line">{plural(len(terms), "term")}</p>\n\n'
    return heading + count + render_term_list(terms, category.src_uri)


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
        parts.append(render_term_list(terms, urls.A_TO_Z))
    return "\n".join(parts)


def render_home_cards(glossary: Glossary) -> str:
    """A card per category: title linked, term count, tagline."""
    cards = []
    for category in glossary.categories:
        count = plural(len(glossary.terms_in(category.slug)), "term")
        cards.append(
            f"-   [**{escape_markdown(category.title)}**]({urls.relative_md_link(urls.HOME, category.src_uri)})"
            f' <span class="mmg-count">{count}</span>\n\n'
            f"    ---\n\n"
            f"    {escape_markdown(category.tagline)}\n"
        )
    # The cards are a generated listing: search finds the category pages themselves.
    return (
        '<div class="grid cards mmg-category-cards" markdown data-search-exclude="listing">\n\n'
        + "\n".join(cards)
        + "\n</div>\n"
    )


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
    """After the body: related terms, a place for backlinks, references, category and tags."""
    parts = [FOOTER_MARK + "\n"]
    if term.related:
        related = tuple(glossary.term(slug) for slug in term.related)
        parts.append("## Related terms { #related-terms }\n\n" + render_term_list(related, term.src_uri))
    parts.append(REFERENCED_BY_MARK + "\n")
    if term.papers:
        items = "\n".join(f"{index}. {render_paper(paper)}" for index, paper in enumerate(term.papers, 1))
        parts.append(f"## References {{ #references }}\n\n{items}\n")
    category = glossary.category(term.category)
    category_link = urls.relative_md_link(term.src_uri, category.src_uri)
    meta = f"Category: [{escape_markdown(category.title)}]({category_link})"
    if term.tags:
        tags = " ".join(f'<span class="mmg-tag">{tag}</span>' for tag in term.tags)
        meta += f" · Tags: {tags}"
    if term.reviewed:
        meta += f' · Checked against sources: <time datetime="{term.reviewed}">{_month(term.reviewed)}</time>'
    parts.append(f'<p class="mmg-term-meta" markdown>{meta}</p>\n')
    return "\n".join(parts)


_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def _month(year_month: str) -> str:
    """'2026-12' -> 'December 2026'."""
    year, month = year_month.split("-")
    return f"{_MONTHS[int(month) - 1]} {year}"


def split_footer(term_page_html: str) -> tuple[str, str]:
    """(the part written by hand, the generated footer) of a rendered term page, without the mark."""
    own, _, generated = term_page_html.partition(FOOTER_MARK)
    return own, generated


_WORD = re.compile(r"\w+")


def render_abbreviations(glossary: Glossary, markdown: str) -> str:
    """abbr-extension definitions for the abbreviations `markdown` may use, for tooltips.

    The abbr extension decides where each one applies, by word boundary as Markdown sees it
    ("ViT" in "ViT-L/14", not in code). Offering only candidates keeps the build linear:
    every definition line is a Markdown block, so defining all of them on every page would not.
    """
    words = set(_WORD.findall(markdown))
    used = sorted(
        (abbreviation, title)
        for abbreviation, title in glossary.abbreviations.items()
        if (abbreviation in markdown if "-" in abbreviation else abbreviation in words)
    )
    return "".join(f"*[{abbreviation}]: {title}\n" for abbreviation, title in used)
