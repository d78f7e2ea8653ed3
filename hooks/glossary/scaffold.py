"""Create a new term page from the template, refusing a name the glossary already uses."""

from __future__ import annotations

import json

from .catalog import alias_slugs
from .errors import GlossaryError
from .frontmatter import split_front_matter
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
                term.path, None, f"already redirects /terms/{slug}/ to itself", "edit that page instead"
            )
    return slug


def new_term_page(template: str, title: str, category: str) -> str:
    """The new page: front matter with the title and category filled in, the template's body."""
    _, body = split_front_matter(template, "docs/terms/_template.md")
    front_matter = (
        "---\n"
        f"title: {json.dumps(title)}\n"
        "summary: >-\n"
        f"  TODO one plain-text sentence, at most 200 characters, that says what {title} is.\n"
        f"category: {category}\n"
        "# abbreviation: ABC\n"
        "aliases: []\n"
        "tags: []\n"
        "related: []\n"
        "papers: []  # primary sources; required for multimodal terms (see docs/terms/_template.md)\n"
        "---\n"
    )
    return front_matter + body.replace("# Example Term", f"# {title}", 1)
