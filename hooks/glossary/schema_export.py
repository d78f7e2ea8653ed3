"""The JSON Schema of glossary.json, generated from the front-matter rules in schema.py.

`schemas/glossary.schema.json` in the repository is this function's output for the published
site (a test keeps them equal), and every build publishes it at its `$id`.
"""

from __future__ import annotations

from . import schema, urls

SCHEMA_PATH = "schemas/glossary.schema.json"
LICENSE = {"name": "CC BY 4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}
# Bump only for a breaking change (a field removed, renamed or retyped); added fields keep it.
FORMAT_VERSION = 1


def _text(**extra) -> dict:
    return {"type": "string", "minLength": 1, **extra}


def _texts() -> dict:
    return {"type": "array", "uniqueItems": True, "items": _text()}


def json_schema(site_url: str) -> dict:
    slug = {"$ref": "#/$defs/slug"}
    arxiv = schema.ARXIV_ID_PATTERN
    paper = {
        "type": "object",
        "required": ["title", "authors", "year", "url"],
        "properties": {
            "title": _text(),
            "authors": _text(),
            "year": {"type": "integer", "minimum": schema.YEAR_RANGE[0], "maximum": schema.YEAR_RANGE[1]},
            "venue": _text(),
            "arxiv": {"type": "string", "pattern": arxiv},
            "url": {"type": "string", "format": "uri", "pattern": "^https://"},
        },
    }
    term = {
        "type": "object",
        # Every front-matter field but `draft` (drafts are never exported), after the page's slug and URL.
        "required": ["slug", "url", *(key for key in schema.TERM_KEYS if key != "draft")],
        "properties": {
            "slug": slug,
            "url": {"type": "string", "format": "uri", "pattern": f"^https?://.+/{urls.TERMS_DIR}/[a-z0-9-]+/$"},
            "title": _text(),
            "abbreviation": {"type": ["string", "null"], "pattern": schema.ABBREVIATION_PATTERN},
            "aliases": {**_texts(), "description": "Other names of the same concept."},
            "keywords": {**_texts(), "description": "Models, tools and datasets the page explains; not names of it."},
            "summary": _text(maxLength=schema.SUMMARY_MAX_CHARS),
            "category": slug,
            "tags": {"type": "array", "uniqueItems": True, "items": {"enum": sorted(schema.TAGS)}},
            "related": {"type": "array", "uniqueItems": True, "items": slug},
            "papers": {"type": "array", "items": paper},
            "reviewed": {
                "type": "string",
                "pattern": schema.REVIEWED_PATTERN,
                "description": "Month the page was last checked against its sources (YYYY-MM).",
            },
        },
    }
    category = {
        "type": "object",
        "required": ["slug", "title", "tagline", "url"],
        "properties": {
            "slug": slug,
            "title": _text(),
            "tagline": _text(),
            "url": {"type": "string", "format": "uri", "pattern": f"^https?://.+/{urls.CATEGORIES_DIR}/[a-z0-9-]+/$"},
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": site_url.rstrip("/") + "/" + SCHEMA_PATH,
        "title": "Multimodal AI Glossary export (glossary.json)",
        "description": (
            "Every term of the glossary with its names, summary, category, tags, related terms and primary sources. "
            f"Versioning: 'version' stays {FORMAT_VERSION} while fields are only added; a field removed, renamed "
            "or retyped increments it. Readers should ignore fields they do not know."
        ),
        "type": "object",
        "required": ["version", "name", "url", "license", "categories", "terms"],
        "properties": {
            "version": {"const": FORMAT_VERSION, "description": "Format version; a breaking change increments it."},
            "name": _text(),
            "url": {"type": "string", "format": "uri", "pattern": "^https?://.+/$"},
            "license": {
                "type": "object",
                "required": ["name", "url"],
                "properties": {"name": {"const": LICENSE["name"]}, "url": {"const": LICENSE["url"]}},
                "description": "Licence of the content.",
            },
            "updated": {"type": "string", "format": "date", "description": "Date of the newest change to a page."},
            "categories": {"type": "array", "minItems": 1, "items": category},
            "terms": {"type": "array", "items": term},
        },
        "$defs": {"slug": {"type": "string", "pattern": schema.SLUG_PATTERN}},
    }
