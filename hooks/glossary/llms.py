"""Plain-text exports for language-model tools and for writers: llms.txt, llms-full.txt, links.md.

`/llms.txt` follows the llms.txt convention (a title, a one-line description, then sections
of links with one-line summaries). `/llms-full.txt` holds every term page as clean Markdown:
title, names, summary, the body as written, and references, without generated navigation.
`/links.md` is a file of Markdown reference links, one per name, for other sites' snippets.
"""

from __future__ import annotations

import posixpath
import re

from . import urls
from .exports import absolute
from .model import Glossary, Term

_HEADING_ATTRIBUTES = re.compile(r"^(#{1,6} .*?)\s*\{[^}]*\}\s*$", re.MULTILINE)
_COMMENT = re.compile(r"<!--.*?-->\n?", re.DOTALL)
_FIGURE = re.compile(r"<figure[^>]*>\s*(!\[.*?\]\(.*?\))\s*<figcaption>(.*?)</figcaption>\s*</figure>", re.DOTALL)
_LINK_TARGET = re.compile(r"(\]\()([^)\s]+)(\))")
_FIRST_H1 = re.compile(r"^# .*\n+", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n{3,}")


def _absolute_target(target: str, term: Term, site_url: str) -> str:
    """A link in a term page's source, as an absolute URL of the published site."""
    if "://" in target or target.startswith(("#", "mailto:")):
        return target if not target.startswith("#") else absolute(site_url, term.url) + target
    path, _, anchor = target.partition("#")
    resolved = posixpath.normpath(posixpath.join(posixpath.dirname(term.src_uri), path))
    if resolved.endswith(".md"):
        slug = posixpath.splitext(posixpath.basename(resolved))[0]
        resolved = urls.term_url(slug) if resolved.startswith(urls.TERMS_DIR + "/") else resolved[:-3] + "/"
    return absolute(site_url, resolved) + (f"#{anchor}" if anchor else "")


def clean_body(body: str, term: Term, site_url: str) -> str:
    """A term page's hand-written body as portable Markdown: absolute links, no site-only markup."""
    text = _COMMENT.sub("", body)
    text = _FIGURE.sub(lambda match: f"{match.group(1)}\n\n*{' '.join(match.group(2).split())}*", text)
    text = _HEADING_ATTRIBUTES.sub(r"\1", text)
    text = _LINK_TARGET.sub(lambda m: m.group(1) + _absolute_target(m.group(2), term, site_url) + m.group(3), text)
    text = _FIRST_H1.sub("", text, count=1)
    return _BLANK_LINES.sub("\n\n", text).strip()


def llms_txt(glossary: Glossary, site_url: str, site_name: str, description: str) -> str:
    lines = [f"# {site_name}", "", f"> {' '.join(description.split())}", ""]
    lines += [
        f"Every concept has a permanent page at {absolute(site_url, urls.TERMS_DIR)}/<slug>/. "
        f"All pages as one Markdown file: {absolute(site_url, 'llms-full.txt')}. "
        f"Machine-readable: {absolute(site_url, 'glossary.json')}.",
        "",
    ]
    for category in glossary.categories:
        lines += [f"## {category.title}", "", f"{category.tagline}", ""]
        lines.append(f"- [{category.title}]({absolute(site_url, category.url)}): the category's page")
        for term in glossary.terms_in(category.slug):
            lines.append(f"- [{term.display_title}]({absolute(site_url, term.url)}): {term.summary}")
        lines.append("")
    return "\n".join(lines)


def llms_full_txt(glossary: Glossary, bodies: dict[str, str], site_url: str, site_name: str) -> str:
    parts = [f"# {site_name}: every term"]
    for term in glossary.terms:
        category = glossary.category(term.category)
        header = [f"# {term.display_title}", "", f"URL: {absolute(site_url, term.url)}"]
        header.append(f"Category: {category.title}")
        if term.other_names:
            header.append(f"Also known as: {', '.join(term.other_names)}")
        header += ["", f"> {term.summary}", "", ""]
        references = [
            f"{index}. {paper.authors} ({paper.year}). {paper.title}. {paper.venue + '. ' if paper.venue else ''}{paper.link}"
            for index, paper in enumerate(term.papers, 1)
        ]
        section = "\n".join(header) + clean_body(bodies.get(term.slug, ""), term, site_url)
        if references:
            section += "\n\n## References\n\n" + "\n".join(references)
        parts.append(section + "\n")
    return "\n\n".join(parts)


def links_md(glossary: Glossary, site_url: str) -> str:
    """`[Name]: URL "summary"` for every name of every term, for pymdownx.snippets."""
    lines = []
    for term in glossary.terms:
        summary = term.summary.replace('"', "'")
        for name in (term.title, *term.other_names):
            label = name.replace("[", "(").replace("]", ")")
            lines.append(f'[{label}]: {absolute(site_url, term.url)} "{summary}"')
    return "\n".join(sorted(lines, key=str.casefold)) + "\n"
