"""Machine-readable exports for other sites: glossary.json, objects.inv, JSON-LD, redirects."""

from __future__ import annotations

import json

import sphobjinv

from . import urls
from .catalog import alias_slugs
from .html_templates import render_template
from .model import Glossary, Paper, Term
from .schema_export import FORMAT_VERSION, LICENSE


def absolute(site_url: str, path: str) -> str:
    return site_url.rstrip("/") + "/" + path.lstrip("/")


def _paper_record(paper: Paper) -> dict:
    record = {"title": paper.title, "authors": paper.authors, "year": paper.year, "url": paper.link}
    if paper.venue:
        record["venue"] = paper.venue
    if paper.arxiv:
        record["arxiv"] = paper.arxiv
    return record


def glossary_json(glossary: Glossary, site_url: str, site_name: str, updated: str | None = None) -> dict:
    """The whole glossary as plain data; the shape is `schemas/glossary.schema.json`.

    `updated` is the date of the newest change to a page ('YYYY-MM-DD'), when known.
    """
    return {
        "version": FORMAT_VERSION,
        "name": site_name,
        "url": site_url,
        "license": dict(LICENSE),
        **({"updated": updated} if updated else {}),
        "categories": [
            {
                "slug": category.slug,
                "title": category.title,
                "tagline": category.tagline,
                "url": absolute(site_url, category.url),
            }
            for category in glossary.categories
        ],
        "terms": [
            {
                "slug": term.slug,
                "url": absolute(site_url, term.url),
                "title": term.title,
                "abbreviation": term.abbreviation,
                "aliases": list(term.aliases),
                "keywords": list(term.keywords),
                "summary": term.summary,
                "category": term.category,
                "tags": list(term.tags),
                "related": list(term.related),
                "papers": [_paper_record(paper) for paper in term.papers],
                "reviewed": term.reviewed,
            }
            for term in glossary.terms
        ],
    }


def inventory_entries(glossary: Glossary) -> list[tuple[str, str]]:
    """(name, uri) for every title, abbreviation and alias, as Sphinx `std:term` objects."""
    entries = []
    for term in glossary.terms:
        for name in (term.title, *term.other_names):
            entries.append((name, term.url))
    return sorted(entries, key=lambda entry: (entry[0].casefold(), entry[0]))


def label_entries(glossary: Glossary) -> list[tuple[str, str, str]]:
    """(label, uri, title) for each term's page slug and the slug of each of its names.

    `std:label` objects are what Sphinx's :ref: and MkDocs' autorefs look up: autorefs tries a
    link's text, then its slug, so `[vision transformer][]` and `[ViT][vision-transformer]` resolve.
    """
    entries = set()
    for term in glossary.terms:
        for label in (term.slug, *alias_slugs(term)):
            entries.add((label, term.url, term.title))
    return sorted(entries)


def objects_inv(glossary: Glossary, project: str, version: str) -> bytes:
    """A Sphinx inventory (format v2, zlib-compressed): :term: and :ref: for intersphinx, labels for autorefs."""
    inventory = sphobjinv.Inventory()
    inventory.project = project
    inventory.version = version
    for name, uri in inventory_entries(glossary):
        inventory.objects.append(
            sphobjinv.DataObjStr(name=name, domain="std", role="term", priority="-1", uri=uri, dispname="-")
        )
    for label, uri, title in label_entries(glossary):
        inventory.objects.append(
            sphobjinv.DataObjStr(name=label, domain="std", role="label", priority="-1", uri=uri, dispname=title)
        )
    return sphobjinv.compress(inventory.data_file(contract=True))


def script_safe_json(data: dict) -> str:
    """JSON that can sit inside <script>: no '<', '>' or '&' that could close the element."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _term_set_reference(site_url: str, site_name: str) -> dict:
    return {"@type": "DefinedTermSet", "@id": absolute(site_url, urls.A_TO_Z_URL), "name": site_name}


def _defined_term_node(term: Term, site_url: str) -> dict:
    url = absolute(site_url, term.url)
    return {"@type": "DefinedTerm", "@id": url, "name": term.title, "description": term.summary, "url": url}


def defined_term(term: Term, site_url: str, site_name: str) -> dict:
    """schema.org DefinedTerm for one term page."""
    data = {
        "@context": "https://schema.org",
        **_defined_term_node(term, site_url),
        "inDefinedTermSet": _term_set_reference(site_url, site_name),
    }
    if term.other_names:
        data["alternateName"] = list(term.other_names)
    if term.abbreviation:
        data["termCode"] = term.abbreviation
    return data


def defined_term_set(glossary: Glossary, site_url: str, site_name: str) -> dict:
    """schema.org DefinedTermSet listing every term, for the A-Z page."""
    return {
        "@context": "https://schema.org",
        **_term_set_reference(site_url, site_name),
        "url": absolute(site_url, urls.A_TO_Z_URL),
        "hasDefinedTerm": [_defined_term_node(term, site_url) for term in glossary.terms],
    }


def redirect_pages(glossary: Glossary, site_url: str) -> dict[str, str]:
    """{output path: HTML} of a redirect page for the slug of every other name of every term,
    and for /terms/ itself, which leads to the A-Z list."""
    pages = {
        urls.TERMS_INDEX_OUTPUT: render_template(
            "redirect.html",
            title="A-Z list",
            note="Every term is listed on the",
            relative_url=urls.relative_url(urls.TERMS_DIR + "/", urls.A_TO_Z_URL),
            canonical_url=absolute(site_url, urls.A_TO_Z_URL),
        )
    }
    for term in glossary.terms:
        for slug in alias_slugs(term):
            pages[urls.redirect_output_path(slug)] = render_template(
                "redirect.html",
                title=term.display_title,
                relative_url=urls.relative_url(urls.term_url(slug), term.url),
                canonical_url=absolute(site_url, term.url),
            )
    return dict(sorted(pages.items()))
