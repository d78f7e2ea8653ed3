"""MkDocs event functions for the glossary: thin glue over the pure `glossary` package."""

from __future__ import annotations

import posixpath
import sys
from pathlib import Path

# MkDocs loads hooks by file path, so the package beside this file is not importable by default.
sys.path.insert(0, str(Path(__file__).parent))

from glossary import render  # noqa: E402
from glossary.errors import GlossaryError  # noqa: E402
from glossary.loader import load_glossary  # noqa: E402
from glossary.math import MathError, render_math  # noqa: E402
from glossary.model import Glossary  # noqa: E402
from glossary.navigation import A_TO_Z, HOME, build_nav  # noqa: E402
from mkdocs.exceptions import PluginError  # noqa: E402
from mkdocs.structure.pages import Page  # noqa: E402


class _Build:
    """What one build knows; replaced at the start of every build (mkdocs serve reuses the process)."""

    glossary: Glossary | None = None
    # Math errors are gathered per page and raised once in on_env: an error raised while a
    # page is read would be reported twice by MkDocs.
    math_errors: list[str]

    def __init__(self):
        self.math_errors = []


_build = _Build()


class CategoryIndexPage(Page):
    """A category page that Material's navigation.indexes treats as its section's index."""

    @property
    def is_index(self) -> bool:
        return True


def _is_source(file, folder: str) -> bool:
    return (
        file.src_uri.startswith(folder + "/")
        and file.src_uri.endswith(".md")
        and posixpath.dirname(file.src_uri) == folder
        and not posixpath.basename(file.src_uri).startswith("_")
        and not file.inclusion.is_excluded()
    )


def on_config(config):
    global _build
    _build = _Build()
    return config


def on_files(files, config):
    pages = [file for file in files if file.is_documentation_page()]
    terms = {file.src_uri: file.content_string for file in pages if _is_source(file, "terms")}
    categories = {file.src_uri: file.content_string for file in pages if _is_source(file, "categories")}
    try:
        _build.glossary = load_glossary(terms, categories)
    except GlossaryError as error:
        raise PluginError(str(error)) from None
    top_level = [f.src_uri for f in pages if "/" not in f.src_uri and not f.inclusion.is_excluded()]
    config.nav = build_nav(_build.glossary, top_level)
    return files


def on_nav(nav, config, files):
    for page in nav.pages:
        if _is_source(page.file, "categories"):
            page.__class__ = CategoryIndexPage
    return nav


def on_page_markdown(markdown, page, config, files):
    glossary = _build.glossary
    src_uri = page.file.src_uri
    slug = posixpath.splitext(posixpath.basename(src_uri))[0]
    if _is_source(page.file, "terms"):
        term = glossary.term(slug)
        markdown = render.insert_term_header(markdown, term) + "\n\n" + render.render_term_footer(glossary, term)
    elif _is_source(page.file, "categories"):
        markdown += "\n\n" + render.render_category_listing(glossary, glossary.category(slug))
    elif src_uri == HOME:
        markdown += "\n\n" + render.render_home_cards(glossary)
    elif src_uri == A_TO_Z:
        markdown += "\n\n" + render.render_a_to_z(glossary)
    return markdown + "\n\n" + render.render_abbreviations(glossary, markdown)


def on_page_content(html, page, config, files):
    try:
        return render_math(html)
    except MathError as error:
        _build.math_errors.append(f"docs/{page.file.src_uri}: {error}")
        return html


def on_env(env, config, files):
    if _build.math_errors:
        more = len(_build.math_errors) - 1
        raise PluginError(_build.math_errors[0] + (f" (and {more} more formula errors)" if more else ""))
    return env
