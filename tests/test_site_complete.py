"""No term is lost: every term file of the real site is on its category page, the A-Z page and in the nav."""

from __future__ import annotations

import json

import pytest
from built import article, page, text
from sitebuild import ROOT, TERM_FILES, front_matter


def test_the_site_has_terms():
    assert len(TERM_FILES) >= 13


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
    for category_file in sorted((ROOT / "docs" / "categories").glob("*.md")):
        meta = front_matter(category_file)
        count = per_category.get(category_file.stem, 0)
        expected = f"{count} term" if count == 1 else f"{count} terms"
        assert cards[meta["title"]] == expected
        listing = article(real_site, f"categories/{category_file.stem}/")
        assert len(listing.select(".mmg-term-list li")) == count


def test_display_formulas_stay_on_the_page_but_out_of_the_search_index(real_site):
    """Search would show a display formula as loose symbols ("e=1T∑t=1Th..."), so it is not indexed."""
    entries = json.loads((real_site / "search" / "search_index.json").read_text(encoding="utf-8"))["docs"]
    indexed = "".join("".join(entry["text"].split()) for entry in entries)
    formulas = [
        "".join(formula.get_text().split())
        for term_file in TERM_FILES
        for formula in page(real_site, f"terms/{term_file.stem}/").select("article .mmg-math > math")
    ]
    assert len(formulas) >= 10
    assert [formula for formula in formulas if formula in indexed] == []
    assert "data-search-exclude" not in (real_site / "terms" / "clip" / "index.html").read_text(encoding="utf-8")
