"""Shrink built HTML by collapsing indentation whitespace, leaving preformatted text alone.

Material's templates indent every nav item by dozens of blank lines and spaces, which made
half of a term page's bytes. A whitespace run that contains a line break renders like a
single line break, so it is replaced by one; <pre> and <textarea> content is kept as is.
"""

from __future__ import annotations

import re

_PRESERVED = re.compile(r"(<(pre|textarea)\b.*?</\2>)", re.DOTALL | re.IGNORECASE)
_INDENTATION = re.compile(r"\n\s+")


def compact_html(page_html: str) -> str:
    parts = _PRESERVED.split(page_html)
    # split() with two groups yields: text, whole preserved block, tag name, text, ...
    out = []
    for index, part in enumerate(parts):
        kind = index % 3
        if kind == 0:
            out.append(_INDENTATION.sub("\n", part))
        elif kind == 1:
            out.append(part)
    return "".join(out)
