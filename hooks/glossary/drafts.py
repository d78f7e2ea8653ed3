"""Unfinished pages: a draft is served but not published, and template text must not publish.

The placeholders are read from `docs/terms/_template.md` itself, so the template stays the one
place that defines them.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .errors import GlossaryError
from .frontmatter import split_front_matter

# Text fields (and list fields) of the template whose values are placeholders.
_TEXT_FIELDS = ("title", "abbreviation", "summary")
_LIST_FIELDS = ("aliases", "keywords")
_PAPER_FIELDS = ("title", "authors", "arxiv", "url")
_COMMENT = re.compile(r"<!--(.*?)-->", re.DOTALL)


def is_draft(page_text: str) -> bool:
    """True when the page's front matter says `draft: true` (a page with broken YAML is not a draft)."""
    try:
        data, _ = split_front_matter(page_text, "")
    except GlossaryError:
        return False
    return data.get("draft") is True


def _same(value: Any, placeholder: Any) -> bool:
    return (
        isinstance(value, str)
        and isinstance(placeholder, str)
        and " ".join(value.split()) == " ".join(placeholder.split())
    )


@lru_cache(maxsize=1)
def _template(template_text: str) -> tuple[dict[str, Any], frozenset[str]]:
    """The template's front matter and its instruction comments, parsed once per build."""
    data, body = split_front_matter(template_text, "docs/terms/_template.md")
    return data, frozenset(" ".join(text.split()) for text in _COMMENT.findall(body))


def find_placeholders(page_text: str, path: str, template_text: str) -> list[GlossaryError]:
    """Every place where a page that is not a draft still holds the template's placeholder text."""
    try:
        data, body = split_front_matter(page_text, path)
        template, instructions = _template(template_text)
    except GlossaryError:
        return []  # the loader reports broken front matter
    hint = "replace the template's text, or mark the page 'draft: true' until it is ready"
    errors = []
    for field in _TEXT_FIELDS:
        if _same(data.get(field), template.get(field)):
            errors.append(GlossaryError(path, field, f"is the template's placeholder '{data[field]}'", hint))
    for field in _LIST_FIELDS:
        for index, item in enumerate(data.get(field) or []):
            if any(_same(item, placeholder) for placeholder in template.get(field) or []):
                errors.append(GlossaryError(path, f"{field}[{index}]", f"is the template's placeholder '{item}'", hint))
    placeholder_papers = [paper for paper in template.get("papers") or [] if isinstance(paper, dict)]
    for index, paper in enumerate(data.get("papers") or []):
        if not isinstance(paper, dict):
            continue
        for field in _PAPER_FIELDS:
            if any(_same(paper.get(field), placeholder.get(field)) for placeholder in placeholder_papers):
                errors.append(
                    GlossaryError(
                        path, f"papers[{index}].{field}", f"is the template's placeholder '{paper[field]}'", hint
                    )
                )
    for text in _COMMENT.findall(body):
        if " ".join(text.split()) in instructions:
            errors.append(
                GlossaryError(
                    path, "body", f"still has the template's instruction '<!--{text}-->'", "write the section"
                )
            )
            break
    return errors
