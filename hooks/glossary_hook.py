"""MkDocs event functions for the glossary: thin glue over the pure `glossary` package."""

from __future__ import annotations

import json
import posixpath
import sys
from pathlib import Path

# MkDocs loads hooks by file path, so the package beside this file is not importable by default.
if str(Path(__file__).parent) not in sys.path:
    sys.path.insert(0, str(Path(__file__).parent))

from glossary import exports, render
from glossary.accessibility import name_search_dialog
from glossary.compact import compact_html
from glossary.errors import GlossaryError
from glossary.links import mark_term_links
from glossary.loader import load_glossary
from glossary.math import MathError, render_math
from glossary.model import Glossary
from glossary.navigation import A_TO_Z, HOME, build_nav
from glossary.revisions import last_changed_dates
from mkdocs.exceptions import PluginError
from mkdocs.structure.pages import Page

# Term pages rank above the category and A-Z pages that merely list them.
TERM_SEARCH_BOOST = 2
LISTING_SEARCH_BOOST = 0.5


class _Build:
    """What one build knows; replaced at the start of every build (mkdocs serve reuses the process)."""

    glossary: Glossary | None = None
    changed: dict[str, str]
    # Math errors are gathered per page and raised once in on_env: an error raised while a
    # page is read would be reported twice by MkDocs.
    math_errors: list[str]

    def __init__(self):
        self.math_errors = []
        self.changed = {}


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
    _build.changed = last_changed_dates(Path(config.docs_dir))
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
    site_url = config.site_url or ""
    if src_uri in _build.changed:
        date = _build.changed[src_uri]
        # Material's source-file partial shows this as the page's "Last update".
        page.meta["revision_date"] = f'<time datetime="{date}">{date}</time>'
    if _is_source(page.file, "terms"):
        term = glossary.term(slug)
        markdown = render.insert_term_header(markdown, term) + "\n\n" + render.render_term_footer(glossary, term)
        page.meta["description"] = term.summary
        # Material's search gives the `tags` field a very high boost: fill it with the term's
        # names so a title, abbreviation or alias finds its page first, and boost term pages.
        # The abbreviation is listed three times: an exact abbreviation ("RAG") should outrank a
        # title that merely contains it ("Multimodal RAG").
        page.meta["tags"] = [term.title, *[term.abbreviation] * 3 * bool(term.abbreviation), *term.aliases]
        page.meta["search"] = {"boost": TERM_SEARCH_BOOST}
        page.meta["mmg_jsonld"] = exports.script_safe_json(exports.defined_term(term, site_url))
    elif _is_source(page.file, "categories"):
        category = glossary.category(slug)
        markdown += "\n\n" + render.render_category_listing(glossary, category)
        page.meta.setdefault("description", category.tagline)
        page.meta["search"] = {"boost": LISTING_SEARCH_BOOST}
    elif src_uri == HOME:
        markdown += "\n\n" + render.render_home_cards(glossary)
    elif src_uri == A_TO_Z:
        markdown += "\n\n" + render.render_a_to_z(glossary)
        page.meta["mmg_jsonld"] = exports.script_safe_json(exports.defined_term_set(glossary, site_url))
        page.meta["search"] = {"boost": LISTING_SEARCH_BOOST}
    return markdown + "\n\n" + render.render_abbreviations(glossary, markdown)


def on_page_content(html, page, config, files):
    try:
        html = render_math(html)
    except MathError as error:
        _build.math_errors.append(f"docs/{page.file.src_uri}: {error}")
    return mark_term_links(html, page.url, _build.glossary.slugs)


def on_env(env, config, files):
    if _build.math_errors:
        more = len(_build.math_errors) - 1
        raise PluginError(_build.math_errors[0] + (f" (and {more} more formula errors)" if more else ""))
    return env


def on_post_page(output, page, config):
    return compact_html(name_search_dialog(output))


def on_post_build(config):
    glossary, site_dir = _build.glossary, Path(config.site_dir)
    site_url = config.site_url or ""
    for path, html in exports.redirect_pages(glossary, site_url).items():
        target = site_dir / path
        if target.exists():
            raise PluginError(f"the alias redirect {path} would overwrite a page of the site")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(html, encoding="utf-8")
    data = exports.glossary_json(glossary, site_url)
    (site_dir / "glossary.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (site_dir / "objects.inv").write_bytes(exports.objects_inv(glossary, config.site_name, "latest"))
    (site_dir / "robots.txt").write_text(f"User-agent: *\nAllow: /\nSitemap: {site_url}sitemap.xml\n", encoding="utf-8")
