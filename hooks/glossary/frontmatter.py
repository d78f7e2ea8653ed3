"""Split a Markdown page into its YAML front matter and its body."""

from __future__ import annotations

import re
from typing import Any

import yaml

from .errors import GlossaryError

# libyaml's loader when PyYAML was built with it: parsing front matter is most of the hook's time.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?\r?\n)?(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def body_of(text: str) -> str:
    """The Markdown after the front matter, without parsing the YAML (the loader has checked it)."""
    stripped = text.lstrip("\ufeff")
    match = _FRONT_MATTER.match(stripped)
    return stripped[match.end() :] if match else stripped


def split_front_matter(text: str, path: str) -> tuple[dict[str, Any], str]:
    """Return (front matter mapping, body); raise GlossaryError when it is missing or broken."""
    match = _FRONT_MATTER.match(text.lstrip("\ufeff"))
    if not match:
        raise GlossaryError(
            path, None, "has no front matter", "start the file with a '---' line, the YAML fields, then '---'"
        )
    try:
        data = yaml.load(match.group(1) or "", Loader=_Loader)  # noqa: S506 (a safe loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = f" at line {mark.line + 2}" if mark else ""
        problem = getattr(error, "problem", None) or str(error)
        raise GlossaryError(path, None, f"front matter is not valid YAML{line}: {problem}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise GlossaryError(path, None, "front matter must be a mapping of 'key: value' lines")
    return data, text[match.end() :]
