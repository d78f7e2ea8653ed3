import pytest
from glossary.errors import GlossaryError
from glossary.schema import parse_category, parse_term

CATEGORIES = ("foundations", "embeddings", "multimodal")
PATH = "docs/terms/vision-transformer.md"


def valid(**changes):
    data = {
        "title": "Vision Transformer",
        "abbreviation": "ViT",
        "aliases": ["Vision Transformers"],
        "summary": "A transformer that reads an image as a sequence of patch tokens.",
        "category": "multimodal",
        "tags": ["architecture", "vision"],
        "related": ["clip"],
        "papers": [
            {
                "title": "An Image is Worth 16x16 Words",
                "authors": "Dosovitskiy et al.",
                "year": 2020,
                "arxiv": "2010.11929",
            }
        ],
        "reviewed": "2026-12",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


def parse(data, slug="vision-transformer"):
    return parse_term(data, slug, PATH, CATEGORIES)


def test_parses_a_complete_term():
    term = parse(valid())
    assert term.display_title == "Vision Transformer (ViT)"
    assert term.other_names == ("ViT", "Vision Transformers")
    assert term.papers[0].link == "https://arxiv.org/abs/2010.11929"
    assert term.url == "terms/vision-transformer/"


def test_folds_whitespace_of_folded_summaries():
    assert parse(valid(summary="One line\n  continued.")).summary == "One line continued."


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"summary": None}, "field 'summary': is required"),
        ({"title": "   "}, "field 'title': is empty"),
        ({"title": 42}, "field 'title': must be text, not int"),
        ({"aliases": "ViT-B"}, "field 'aliases': must be a list (write 'aliases: [ViT-B]')"),
        ({"sumary": "x"}, "field 'sumary': is not a known field (did you mean 'summary'?)"),
        ({"category": "multimodel"}, "'multimodel' is not a category (did you mean 'multimodal'?)"),
        ({"tags": ["visoin"]}, "'visoin' is not an allowed tag (did you mean 'vision'?)"),
        ({"related": ["vision-transformer"]}, "field 'related': lists the term itself"),
        ({"summary": "x" * 201}, "has 201 characters, more than 200"),
        ({"summary": "A <b>bold</b> claim."}, "must be plain text without HTML or Markdown markup"),
        ({"summary": "A **bold** claim."}, "must be plain text without HTML or Markdown markup"),
        ({"summary": "See [CLIP](clip.md)."}, "must be plain text without HTML or Markdown markup"),
        ({"papers": None}, "field 'papers': is required for multimodal terms"),
        ({"abbreviation": "Vision T."}, "field 'abbreviation': 'Vision T.' is not one word"),
    ],
)
def test_rejects_bad_fields(changes, message):
    with pytest.raises(GlossaryError) as error:
        parse(valid(**changes))
    assert str(error.value).startswith(PATH)
    assert message in str(error.value)


@pytest.mark.parametrize(
    ("paper", "message"),
    [
        ({"arxiv": "2010.1192x"}, "field 'papers[0].arxiv': '2010.1192x' is not an arXiv id"),
        ({"arxiv": 2010.11929}, "field 'papers[0].arxiv': must be quoted text"),
        ({"year": "2020"}, "field 'papers[0].year': must be a four-digit year"),
        ({"arxiv": None}, "field 'papers[0]': needs exactly one of 'arxiv' or 'url'"),
        ({"url": "https://example.org"}, "needs exactly one of 'arxiv' or 'url'"),
        ({"doi": "10.1/x"}, "field 'papers[0].doi': is not a known field"),
    ],
)
def test_rejects_bad_papers(paper, message):
    base = {"title": "T", "authors": "A et al.", "year": 2020, "arxiv": "2010.11929"}
    base.update(paper)
    base = {key: value for key, value in base.items() if value is not None}
    with pytest.raises(GlossaryError) as error:
        parse(valid(papers=[base]))
    assert message in str(error.value)


def test_accepts_five_digit_and_four_digit_arxiv_ids_and_urls():
    papers = [
        {"title": "A", "authors": "X", "year": 2014, "arxiv": "1412.6980"},
        {"title": "B", "authors": "Y", "year": 2022, "url": "https://cdn.openai.com/papers/whisper.pdf"},
    ]
    assert [paper.link for paper in parse(valid(papers=papers)).papers] == [
        "https://arxiv.org/abs/1412.6980",
        "https://cdn.openai.com/papers/whisper.pdf",
    ]


def test_terms_outside_multimodal_may_omit_papers():
    assert parse(valid(category="foundations", papers=None)).papers == ()


def test_category_needs_title_tagline_and_whole_number_order():
    category = parse_category(
        {"title": "Data", "tagline": "Where data comes from.", "order": 2}, "data", "docs/categories/data.md"
    )
    assert (category.title, category.order, category.url) == ("Data", 2, "categories/data/")
    with pytest.raises(GlossaryError, match="docs/categories/data.md: field 'order': must be a whole number"):
        parse_category({"title": "Data", "tagline": "T", "order": "2"}, "data", "docs/categories/data.md")
    with pytest.raises(GlossaryError, match="field 'tagline': is required"):
        parse_category({"title": "Data", "order": 2}, "data", "docs/categories/data.md")
