"""The HTML the hook emits, from Jinja templates in templates/ beside this file."""

from __future__ import annotations

from pathlib import Path

import jinja2

_ENVIRONMENT = jinja2.Environment(
    loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
    autoescape=True,
    keep_trailing_newline=True,
)


def render_template(name: str, **context) -> str:
    return _ENVIRONMENT.get_template(name).render(**context)
