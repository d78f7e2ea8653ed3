"""Small fixes to Material's markup that accessibility checkers (axe) report."""

from __future__ import annotations

_SEARCH_DIALOG = '<div class="md-search" data-md-component="search" role="dialog">'


def name_search_dialog(page_html: str) -> str:
    """Material's search dialog has no accessible name; give it one."""
    return page_html.replace(_SEARCH_DIALOG, _SEARCH_DIALOG[:-1] + ' aria-label="Search">', 1)
