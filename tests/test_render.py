from factories import PAPER, make_category, make_term
from glossary.catalog import build_glossary
from glossary.navigation import build_nav
from glossary.render import (
    FOOTER_MARK,
    REFERENCED_BY_MARK,
    escape_markdown,
    insert_term_header,
    render_a_to_z,
    render_abbreviations,
    render_category_listing,
    render_home_cards,
    render_term_footer,
)

CATEGORIES = [make_category("multimodal", 2), make_category("foundations", 1), make_category("agents", 3)]


def glossary():
    terms = [
        make_term(
            "vision-transformer",
            "Vision Transformer",
            abbreviation="ViT",
            aliases=("Vision Transformers",),
            related=("clip",),
            tags=("vision",),
            papers=(PAPER,),
        ),
        make_term("clip", "CLIP", summary="A dual encoder with *stars* and <b>."),
        make_term("attention", "Attention", category="foundations"),
    ]
    return build_glossary(terms, CATEGORIES)


def test_escape_markdown_keeps_text_literal():
    assert escape_markdown("a *b* [c] <d> & e_f") == r"a \*b\* \[c\] \<d\> &amp; e\_f"


def test_category_listing_is_alphabetical_with_count():
    listing = render_category_listing(glossary(), CATEGORIES[0])
    assert "2 terms" in listing
    assert listing.index("[CLIP](../../terms/clip.md)") < listing.index(
        "[Vision Transformer (ViT)](../../terms/vision-transformer.md)"
    )
    assert r"A dual encoder with \*stars\* and \<b\>." in listing


def test_empty_category_says_so():
    assert "No terms yet." in render_category_listing(glossary(), CATEGORIES[2])


def test_a_to_z_groups_by_letter_and_links_from_the_root():
    page = render_a_to_z(glossary())
    assert "3 terms in 3 categories" in page
    assert page.index("## A { #a }") < page.index("## C { #c }") < page.index("## V { #v }")
    assert "[Attention](terms/attention.md)" in page
    assert "[A](#a) [C](#c) [V](#v)" in page


def test_home_cards_follow_category_order():
    cards = render_home_cards(glossary())
    assert cards.index("Foundations") < cards.index("Multimodal") < cards.index("Agents")
    assert "[**Multimodal**](categories/multimodal/index.md)" in cards
    assert '<span class="mmg-count">2 terms</span>' in cards
    assert "About multimodal." in cards


def test_term_header_replaces_the_h1_and_adds_names_and_lead():
    term = glossary().term("vision-transformer")
    page = insert_term_header("# Vision Transformer\n\nBody.\n", term)
    assert page.startswith("# Vision Transformer (ViT)\n\nAlso known as: ViT, Vision Transformers\n{ .mmg-aka }")
    assert "Summary of vision-transformer.\n{ .mmg-lead }" in page
    assert page.rstrip().endswith("Body.")


def test_term_footer_has_related_a_place_for_backlinks_references_and_meta():
    footer = render_term_footer(glossary(), glossary().term("vision-transformer"))
    assert footer.startswith(FOOTER_MARK)
    assert "## Related terms { #related-terms }" in footer and "[CLIP](clip.md): A dual encoder" in footer
    assert footer.index("Related terms") < footer.index(REFERENCED_BY_MARK) < footer.index("## References")
    assert (
        "Doe et al. (2021). [Learning Things](https://arxiv.org/abs/2103.00020). ICML 2021. arXiv:2103.00020." in footer
    )
    assert "Category: [Multimodal](../categories/multimodal/index.md)" in footer
    assert '<span class="mmg-tag">vision</span>' in footer


def test_footer_shows_the_review_month():
    term = make_term("clip", "CLIP", reviewed="2026-12")
    footer = render_term_footer(build_glossary([term], CATEGORIES), term)
    assert '<time datetime="2026-12">December 2026</time>' in footer


def test_footer_leaves_out_empty_sections():
    footer = render_term_footer(glossary(), glossary().term("attention"))
    assert "Related terms" not in footer and "Referenced by" not in footer and "References" not in footer


def test_abbreviations_come_from_front_matter_for_the_ones_a_page_uses():
    assert render_abbreviations(glossary(), "A ViT-based encoder.") == "*[ViT]: Vision Transformer\n"
    assert render_abbreviations(glossary(), "ViT-L/14") == "*[ViT]: Vision Transformer\n"
    assert render_abbreviations(glossary(), "No abbreviation; VITAL is another word.") == ""


def test_nav_lists_every_term_under_its_category_with_counts():
    nav = build_nav(glossary(), ["index.md", "a-z.md", "link-to-this-glossary.md"])
    assert nav[0] == "index.md"
    titles = [next(iter(item)) for item in nav[1:4]]
    assert [title.split(" <")[0] for title in titles] == ["Foundations", "Multimodal", "Agents"]
    assert 'title="2 terms">2</span>' in titles[1]
    assert nav[2][titles[1]] == ["categories/multimodal/index.md", "terms/clip.md", "terms/vision-transformer.md"]
    assert nav[3][titles[2]] == ["categories/agents/index.md"]
    assert nav[4:] == ["a-z.md", "link-to-this-glossary.md"]
