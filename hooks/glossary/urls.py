"""The site's URL scheme, in one place: where term, category and alias pages live.

Every other module asks here; pages link to each other with paths computed from these.
"""

from __future__ import annotations

import posixpath
import re

TERMS_DIR = "terms"
CATEGORIES_DIR = "categories"
HOME = "index.md"
A_TO_Z = "a-z.md"
A_TO_Z_URL = "a-z/"

_TERM_URL = re.compile(rf"^{TERMS_DIR}/([a-z0-9-]+)/?$")


def term_src_uri(slug: str) -> str:
    return f"{TERMS_DIR}/{slug}.md"


def term_url(slug: str) -> str:
    """The permanent URL path of a term page, relative to the site root."""
    return f"{TERMS_DIR}/{slug}/"


def category_src_uri(slug: str) -> str:
    return f"{CATEGORIES_DIR}/{slug}/index.md"


def category_url(slug: str) -> str:
    return f"{CATEGORIES_DIR}/{slug}/"


# /terms/ itself has no page: a redirect there leads to the A-Z list.
TERMS_INDEX_OUTPUT = f"{TERMS_DIR}/index.html"


def redirect_output_path(alias_slug: str) -> str:
    """Where the redirect page of an alias slug is written in the built site."""
    return f"{TERMS_DIR}/{alias_slug}/index.html"


def term_slug_of_url(url_path: str) -> str | None:
    """'terms/clip' or 'terms/clip/' -> 'clip'; None for any other page."""
    match = _TERM_URL.match(url_path)
    return match.group(1) if match else None


def relative_md_link(from_src_uri: str, to_src_uri: str) -> str:
    """A relative `.md` link between two source files, which MkDocs' strict mode checks."""
    return posixpath.relpath(to_src_uri, posixpath.dirname(from_src_uri) or ".")


def relative_url(from_url: str, to_url: str) -> str:
    """A relative link between two built pages given by their URL paths ('terms/clip/', '' for home)."""
    relative = posixpath.relpath(to_url or ".", from_url or ".")
    return relative + "/" if to_url.endswith("/") or not to_url else relative
