"""Render LaTeX to MathML at build time, so math needs no script and no CDN."""

from __future__ import annotations

import html
import re
from functools import lru_cache

from latex2mathml.converter import convert as _convert

# pymdownx.arithmatex (generic mode) wraps math as \( \) in a span and \[ \] in a div.
_ARITHMATEX = re.compile(
    r'<(?P<tag>span|div) class="arithmatex">\s*\\(?P<open>[(\[])(?P<tex>.*?)\\[)\]]\s*</(?P=tag)>', re.DOTALL
)


_UNKNOWN_COMMAND = re.compile(r">(\\[A-Za-z]+)<")


class MathError(ValueError):
    pass


@lru_cache(maxsize=4096)
def convert(tex: str, display: str) -> str:
    """latex2mathml is pure Python; the same formula on several pages is converted once."""
    return _convert(tex, display=display)


def render_math(page_html: str) -> str:
    """Replace every arithmatex placeholder in a page's HTML with MathML."""

    def to_mathml(match: re.Match[str]) -> str:
        tex = html.unescape(match.group("tex")).strip()
        display = "block" if match.group("open") == "[" else "inline"
        try:
            mathml = convert(tex, display=display)
        except Exception as error:  # latex2mathml raises many types for bad input
            reason = str(error) or type(error).__name__
            raise MathError(f"cannot render the formula '{tex}': {reason}") from None
        unknown = _UNKNOWN_COMMAND.search(mathml)
        if unknown:
            # latex2mathml prints commands it does not know as text instead of failing.
            raise MathError(f"cannot render the formula '{tex}': unknown command {unknown.group(1)}")
        if display == "block":
            # Material's search would index the formula as a run of loose symbols: leave it out.
            return f'<div class="mmg-math" data-search-exclude="formula">{mathml}</div>'
        return mathml

    return _ARITHMATEX.sub(to_mathml, page_html)
