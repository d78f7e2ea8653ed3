import pytest
from factories import make_category, make_term
from glossary.catalog import alias_slugs, build_glossary
from glossary.errors import GlossaryError

CATEGORIES = [make_category("multimodal", 2), make_category("foundations", 1)]


def test_sorts_terms_by_title_and_categories_by_order():
    glossary = build_glossary([make_term("zeta"), make_term("alpha"), make_term("Beta".lower())], CATEGORIES)
    assert [term.slug for term in glossary.terms] == ["alpha", "beta", "zeta"]
    assert [category.slug for category in glossary.categories] == ["foundations", "multimodal"]


@pytest.mark.parametrize(
    ("second", "message"),
    [
        (
            make_term("b", title="Alpha"),
            "docs/terms/b.md: field 'title': 'Alpha' is already the title of docs/terms/a.md",
        ),
        (
            make_term("b", abbreviation="ALP"),
            "field 'abbreviation': 'ALP' is already the abbreviation of docs/terms/a.md",
        ),
        (make_term("b", aliases=("alpha net",)), "field 'aliases': 'alpha net' is already an alias of docs/terms/a.md"),
    ],
)
def test_a_name_belongs_to_one_term(second, message):
    first = make_term("a", title="Alpha", abbreviation="ALP", aliases=("Alpha Net",))
    with pytest.raises(GlossaryError) as error:
        build_glossary([first, second], CATEGORIES)
    assert message in str(error.value)


def test_related_must_exist_and_suggests_the_closest():
    with pytest.raises(GlossaryError, match=r"field 'related': 'clipp' is not a term \(did you mean 'clip'\?\)"):
        build_glossary([make_term("clip"), make_term("siglip", related=("clipp",))], CATEGORIES)


def test_name_slugs_include_the_title_and_skip_the_terms_own_slug_and_repeats():
    term = make_term(
        "ocr",
        title="Optical Character Recognition",
        abbreviation="OCR",
        aliases=("Text Recognition", "text recognition!"),
    )
    assert alias_slugs(term) == ("optical-character-recognition", "text-recognition")


def test_alias_slug_may_not_replace_a_term_page():
    with pytest.raises(GlossaryError, match=r"the redirect /terms/clip/ would replace the page docs/terms/clip.md"):
        build_glossary([make_term("clip", title="CLIP"), make_term("siglip", aliases=("Clip!",))], CATEGORIES)


def test_two_terms_may_not_claim_one_redirect():
    with pytest.raises(GlossaryError, match=r"the redirect /terms/vit/ is already taken by docs/terms/a.md"):
        build_glossary([make_term("a", aliases=("ViT",)), make_term("b", aliases=("ViT!",))], CATEGORIES)


def test_category_orders_are_unique():
    with pytest.raises(
        GlossaryError, match="docs/categories/b.md: field 'order': 1 is also the order of docs/categories/a.md"
    ):
        build_glossary([], [make_category("a", 1), make_category("b", 1)])
