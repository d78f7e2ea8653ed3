import pytest
from glossary.errors import GlossaryError
from glossary.frontmatter import split_front_matter


def test_splits_front_matter_from_body():
    data, body = split_front_matter("---\ntitle: CLIP\n---\n# CLIP\n", "docs/terms/clip.md")
    assert data == {"title": "CLIP"}
    assert body == "# CLIP\n"


def test_missing_front_matter_names_the_file():
    with pytest.raises(GlossaryError, match=r"docs/terms/x.md: has no front matter"):
        split_front_matter("# Just a body\n", "docs/terms/x.md")


def test_yaml_error_names_the_line():
    with pytest.raises(GlossaryError, match=r"docs/terms/x.md: front matter is not valid YAML at line 3"):
        split_front_matter("---\ntitle: A\nsummary: a: b\n---\n", "docs/terms/x.md")


def test_front_matter_that_is_not_a_mapping():
    with pytest.raises(GlossaryError, match="must be a mapping"):
        split_front_matter("---\n- a\n- b\n---\n", "docs/terms/x.md")
