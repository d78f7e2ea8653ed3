"""No term is lost: every term file of the real site is on its category page, the A-Z page and in the nav."""

from __future__ import annotations

import json
import re

import pytest
from built import article, page, text
from sitebuild import ROOT, TERM_FILES, front_matter


def test_every_term_file_and_only_those_are_in_the_export(real_site):
    exported = [term["slug"] for term in json.loads((real_site / "glossary.json").read_text(encoding="utf-8"))["terms"]]
    assert sorted(exported) == sorted(path.stem for path in TERM_FILES)
    assert len(exported) == len(set(exported)) > 0


def _promised_anchors() -> list[str]:
    """The heading anchors that 'Link to this glossary' tells other sites they can rely on."""
    source = (ROOT / "docs" / "link-to-this-glossary.md").read_text(encoding="utf-8")
    sentence = re.search(r"fixed anchors:(.*?)\.\n", source, re.DOTALL).group(1)
    return re.findall(r"`#([a-z-]+)`", sentence)


@pytest.mark.parametrize("term_file", TERM_FILES, ids=lambda path: path.stem)
def test_every_term_page_has_the_anchors_the_link_page_promises(real_site, term_file):
    promised = _promised_anchors()
    assert promised, "the link page no longer lists its fixed anchors"
    meta = front_matter(term_file)
    ids = {tag["id"] for tag in article(real_site, f"terms/{term_file.stem}/").select("[id]")}
    conditional = {"related-terms": bool(meta.get("related")), "references": bool(meta.get("papers"))}
    for anchor in promised:
        if conditional.get(anchor, True):
            assert anchor in ids, f"terms/{term_file.stem}/ has no #{anchor}"


@pytest.mark.parametrize("term_file", TERM_FILES, ids=lambda path: path.stem)
def test_every_term_is_listed_everywhere(real_site, term_file):
    slug, meta = term_file.stem, front_matter(term_file)
    assert (real_site / "terms" / slug / "index.html").is_file()
    href_from_listing = f"../../terms/{slug}/"
    category = article(real_site, f"categories/{meta['category']}/")
    assert href_from_listing in [a["href"] for a in category.select(".mmg-term-list a")]
    a_to_z = article(real_site, "a-z/")
    assert f"../terms/{slug}/" in [a["href"] for a in a_to_z.select(".mmg-term-list a")]
    own_page = page(real_site, f"terms/{slug}/")
    nav_links = [a["href"] for a in own_page.select("nav.md-nav--primary a.md-nav__link")]
    assert "./" in nav_links or f"../{slug}/" in nav_links
    assert text(own_page.select_one(".mmg-lead")) == " ".join(meta["summary"].split())


def test_counts_on_category_pages_and_home_match_the_files(real_site):
    per_category: dict[str, int] = {}
    for term_file in TERM_FILES:
        category = front_matter(term_file)["category"]
        per_category[category] = per_category.get(category, 0) + 1
    cards = {
        text(card.select_one("a")): text(card.select_one(".mmg-count"))
        for card in page(real_site, "").select(".mmg-category-cards li")
    }
    assert len(cards) == 13
    category_files = sorted((ROOT / "docs" / "categories").glob("*/index.md"))
    assert len(category_files) == len(cards)
    for category_file in category_files:
        meta = front_matter(category_file)
        slug = category_file.parent.name
        count = per_category.get(slug, 0)
        expected = f"{count} term" if count == 1 else f"{count} terms"
        assert cards[meta["title"]] == expected
        listing = article(real_site, f"categories/{slug}/")
        assert len(listing.select(".mmg-term-list li")) == count


def test_display_formulas_stay_on_the_page_but_out_of_the_search_index(real_site):
    """Search would show a display formula as loose symbols ("e=1T∑t=1Th..."), so it is not indexed."""
    entries = json.loads((real_site / "search" / "glossary_index.json").read_text(encoding="utf-8"))["docs"]
    indexed = "".join("".join(entry["text"].split()) for entry in entries)
    formulas = [
        "".join(formula.get_text().split())
        for term_file in TERM_FILES
        for formula in page(real_site, f"terms/{term_file.stem}/").select("article .mmg-math > math")
    ]
    assert len(formulas) >= 10
    assert [formula for formula in formulas if formula in indexed] == []
    assert "data-search-exclude" not in (real_site / "terms" / "clip" / "index.html").read_text(encoding="utf-8")


def test_the_site_with_its_drafts_loads_as_mkdocs_serve_shows_it():
    """A committed draft must not break `make serve` for everyone else (names, keywords, links)."""
    from glossary.loader import load_glossary, read_sources

    terms, categories = read_sources(ROOT / "docs")
    glossary = load_glossary(terms, categories, include_drafts=True)
    assert len(glossary.terms) == len(terms)
