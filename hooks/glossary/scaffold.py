"""Create a new term page from the template, refusing a name the glossary already uses."""

from __future__ import annotations

import json
import re

from . import urls
from .catalog import alias_slugs
from .errors import GlossaryError
from .model import Glossary
from .slugs import slugify


def check_new_name(title: str, category: str, glossary: Glossary) -> str:
    """The slug for a new term called `title`; GlossaryError if the slug or name is taken."""
    slug = slugify(title)
    if not slug:
        raise GlossaryError("TERM", None, f"'{title}' gives an empty slug", "use letters or digits")
    categories = [category.slug for category in glossary.categories]
    if category not in categories:
        raise GlossaryError("CATEGORY", None, f"'{category}' is not a category", f"use one of: {', '.join(categories)}")
    for term in glossary.terms:
        if term.slug == slug:
            raise GlossaryError(term.path, None, f"already exists with the slug '{slug}'", "edit that page instead")
        if title.casefold() in (name.casefold() for name in (term.title, *term.other_names)):
            raise GlossaryError(term.path, None, f"already uses the name '{title}'", "edit that page instead")
        if slug in alias_slugs(term):
            raise GlossaryError(
                term.path, None, f"already redirects /{urls.term_url(slug)} to itself", "edit that page instead"
            )
    return slug


def _set_field(front_matter: str, key: str, value: str) -> str:
    """Replace the value of a top-level `key:` line, keeping its comment."""
    line = re.compile(rf"^{key}:[^\S\n]*\S.*?(?=[^\S\n]{{2,}}#|$)", re.MULTILINE)
    replaced, count = line.subn(lambda _: f"{key}: {value}", front_matter, count=1)
    if not count:
        raise ValueError(f"the template has no '{key}:' line")
    return replaced


def new_term_page(template: str, title: str, category: str) -> str:
    """The template with the title and category filled in: a draft until its author removes `draft: true`."""
    _, front_matter, body = template.split("---\n", 2)
    front_matter = _set_field(front_matter, "title", json.dumps(title))
    front_matter = _set_field(front_matter, "category", category)
    body = body.replace("# Example Term", f"# {title}", 1)
    return f"---\n{front_matter}---\n{body}"
