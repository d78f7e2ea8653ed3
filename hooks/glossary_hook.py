"""MkDocs event functions for the glossary: thin glue over the pure `glossary` package.

MkDocs puts this file's folder on sys.path while it loads the hook, so `glossary` imports
as a package. What one build knows lives on that build's config (`_state`), so `mkdocs serve`
starts every rebuild afresh.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from pathlib import Path

from glossary import exports, render, search_index, urls
from glossary.accessibility import name_search_dialog
from glossary.compact import compact_html
from glossary.drafts import find_placeholders, is_draft
from glossary.errors import GlossaryError, Problems
from glossary.frontmatter import body_of
from glossary.links import compute_backlinks, fill_referenced_by, linked_term_slugs, mark_term_links
from glossary.llms import links_md, llms_full_txt, llms_txt
from glossary.loader import category_slug, load_glossary
from glossary.math import MathError, render_math
from glossary.model import Glossary
from glossary.navigation import build_nav
from glossary.revisions import last_changed_dates
from glossary.schema_export import SCHEMA_PATH, json_schema
from markupsafe import Markup
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import InclusionLevel
from mkdocs.structure.toc import AnchorLink

# Term pages rank above the category and A-Z pages that merely list them.
TERM_SEARCH_BOOST = 2
LISTING_SEARCH_BOOST = 0.5
TEMPLATE = "terms/_template.md"


@dataclass
class _BuildState:
    glossary: Glossary
    changed: dict[str, str]
    # {term slug: its hand-written Markdown body}, for llms-full.txt.
    bodies: dict[str, str] = field(default_factory=dict)
    # {term slug: slugs of the term pages its own text links to}, filled as pages render.
    links: dict[str, set[str]] = field(default_factory=dict)
    # Math errors are gathered per page and raised once in on_env: an error raised while a
    # page is read would be reported twice by MkDocs.
    math_errors: list[str] = field(default_factory=list)


# `mkdocs serve` shows drafts; `mkdocs build` leaves them out. Set once per process by on_startup.
_serving = False


def _attribute_text(text: str) -> Markup:
    """Text for Material's description meta tag, which it writes unescaped: a summary may hold quotes."""
    return Markup(html.escape(text, quote=True))


def _state(config) -> _BuildState:
    return config["mmg_build_state"]


def _term_slug(file) -> str | None:
    src_uri = file.src_uri
    if src_uri.startswith(urls.TERMS_DIR + "/") and src_uri.count("/") == 1 and src_uri.endswith(".md"):
        name = src_uri[len(urls.TERMS_DIR) + 1 : -3]
        return None if name.startswith("_") else name
    return None


def _is_category(file) -> bool:
    parts = file.src_uri.split("/")
    return len(parts) == 3 and parts[0] == urls.CATEGORIES_DIR and parts[2] == "index.md"


def on_startup(command, dirty):
    global _serving
    _serving = command == "serve"


def on_files(files, config):
    pages = [file for file in files if file.is_documentation_page() and not file.inclusion.is_excluded()]
    terms = {file.src_uri: file.content_string for file in pages if _term_slug(file)}
    categories = {file.src_uri: file.content_string for file in pages if _is_category(file)}
    problems = Problems()
    template_path = Path(config.docs_dir) / TEMPLATE
    template = template_path.read_text(encoding="utf-8") if template_path.is_file() else None
    for file in pages:
        if file.src_uri not in terms:
            continue
        if is_draft(terms[file.src_uri]):
            # MkDocs' own draft level: served by `mkdocs serve` with a DRAFT mark, never built;
            # the loader leaves drafts out of the glossary unless serving.
            file.inclusion = InclusionLevel.DRAFT
        elif template is not None:
            for error in find_placeholders(terms[file.src_uri], "docs/" + file.src_uri, template):
                problems.add(error)
    glossary = problems.attempt(load_glossary, terms, categories, include_drafts=_serving)
    try:
        problems.raise_if_any()
    except GlossaryError as error:
        raise PluginError(str(error)) from None
    top_level = [f.src_uri for f in pages if "/" not in f.src_uri]
    config.nav = build_nav(glossary, top_level)
    bodies = {term.slug: body_of(terms[term.src_uri]) for term in glossary.terms}
    config["mmg_build_state"] = _BuildState(
        glossary=glossary, changed=last_changed_dates(Path(config.docs_dir)), bodies=bodies
    )
    return files


def on_page_markdown(markdown, page, config, files):
    state = _state(config)
    glossary, site_url, site_name = state.glossary, config.site_url or "", config.site_name
    src_uri = page.file.src_uri
    if src_uri in state.changed:
        date = state.changed[src_uri]
        # Material's source-file partial shows this as the page's "Last update".
        page.meta["revision_date"] = f'<time datetime="{date}">{date}</time>'
    slug = _term_slug(page.file)
    if slug:
        term = glossary.term(slug)
        markdown = render.insert_term_header(markdown, term) + "\n\n" + render.render_term_footer(glossary, term)
        page.meta["description"] = _attribute_text(term.summary)
        # Names and keywords reach search through the glossary's index (search_index.py).
        page.meta["search"] = {"boost": TERM_SEARCH_BOOST}
        page.meta["mmg_jsonld"] = exports.script_safe_json(exports.defined_term(term, site_url, site_name))
    elif _is_category(page.file):
        category = glossary.category(category_slug(src_uri))
        markdown += "\n\n" + render.render_category_listing(glossary, category)
        page.meta.setdefault("description", _attribute_text(category.tagline))
        page.meta["search"] = {"boost": LISTING_SEARCH_BOOST}
    elif src_uri == urls.HOME:
        markdown += "\n\n" + render.render_home_cards(glossary)
    elif src_uri == urls.A_TO_Z:
        markdown += "\n\n" + render.render_a_to_z(glossary)
        page.meta["mmg_jsonld"] = exports.script_safe_json(exports.defined_term_set(glossary, site_url, site_name))
        page.meta["search"] = {"boost": LISTING_SEARCH_BOOST}
    return markdown + "\n\n" + render.render_abbreviations(glossary, markdown)


def on_page_content(html, page, config, files):
    state = _state(config)
    try:
        html = render_math(html)
    except MathError as error:
        state.math_errors.append(f"docs/{page.file.src_uri}: {error}")
    slug = _term_slug(page.file)
    if slug:
        own, generated = render.split_footer(html)
        state.links[slug] = linked_term_slugs(own, page.url, state.glossary.slugs)
        html = own + generated
    return mark_term_links(html, page.url, state.glossary.slugs)


def on_env(env, config, files):
    state = _state(config)
    if state.math_errors:
        more = len(state.math_errors) - 1
        raise PluginError(state.math_errors[0] + (f" (and {more} more formula errors)" if more else ""))
    # Every page is rendered now: fill in each term's "Referenced by" from the links found.
    backlinks = compute_backlinks(state.links)
    for file in files.documentation_pages():
        slug = _term_slug(file)
        if slug and file.page is not None and file.page.content is not None:
            sources = [state.glossary.term(source) for source in backlinks.get(slug, ())]
            file.page.content = fill_referenced_by(file.page.content, sources, file.page.url)
            if sources:
                _add_to_toc(file.page.toc, AnchorLink("Referenced by", "referenced-by", 2), before="references")
    return env


def _add_to_toc(toc, link, before: str) -> None:
    """Insert a top-level TOC entry before the one with id `before`, or at the end."""
    items = toc.items
    top = items[0].children if len(items) == 1 and items[0].level == 1 else items
    index = next((i for i, item in enumerate(top) if item.id == before), len(top))
    top.insert(index, link)


def on_post_page(output, page, config):
    return compact_html(name_search_dialog(output))


def on_post_template(output_content, template_name, config):
    # Static templates (the 404 page) skip on_post_page but carry the same search dialog.
    if template_name.endswith(".html"):
        return compact_html(name_search_dialog(output_content))
    return output_content


def _write_search_indexes(site_dir: Path, glossary: Glossary) -> None:
    """Material's search plugin wrote its index before this hook runs: derive the glossary's."""
    material_path = site_dir / search_index.MATERIAL_INDEX_PATH
    material = json.loads(material_path.read_text(encoding="utf-8"))
    full = search_index.glossary_search_index(material, glossary)
    compact = {"ensure_ascii": False, "separators": (",", ":")}
    (site_dir / search_index.FULL_INDEX_PATH).write_text(json.dumps(full, **compact), encoding="utf-8")
    material_path.write_text(json.dumps(search_index.stub_index(material), **compact), encoding="utf-8")


def on_post_build(config):
    state = _state(config)
    glossary, site_dir = state.glossary, Path(config.site_dir)
    site_url = config.site_url or ""
    for path, page_html in exports.redirect_pages(glossary, site_url).items():
        target = site_dir / path
        if target.exists():
            raise PluginError(f"the alias redirect {path} would overwrite a page of the site")
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(page_html, encoding="utf-8")
    updated = max(state.changed.values(), default=None)
    data = exports.glossary_json(glossary, site_url, config.site_name, updated)
    (site_dir / "glossary.json").write_text(json.dumps(data, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    schema_path = site_dir / SCHEMA_PATH
    schema_path.parent.mkdir(parents=True, exist_ok=True)
    schema_path.write_text(json.dumps(json_schema(site_url), indent=2) + "\n", encoding="utf-8")
    _write_search_indexes(site_dir, glossary)
    (site_dir / "objects.inv").write_bytes(exports.objects_inv(glossary, config.site_name, ""))
    description = config.site_description or ""
    (site_dir / "llms.txt").write_text(llms_txt(glossary, site_url, config.site_name, description), encoding="utf-8")
    full = llms_full_txt(glossary, state.bodies, site_url, config.site_name)
    (site_dir / "llms-full.txt").write_text(full, encoding="utf-8")
    (site_dir / "links.md").write_text(links_md(glossary, site_url), encoding="utf-8")
    (site_dir / "robots.txt").write_text(f"User-agent: *\nAllow: /\nSitemap: {site_url}sitemap.xml\n", encoding="utf-8")
