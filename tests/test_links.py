from factories import make_term
from glossary.links import compute_backlinks, fill_referenced_by, linked_term_slugs, mark_term_links
from glossary.render import REFERENCED_BY_MARK

SLUGS = frozenset({"clip", "siglip", "vision-transformer"})


def test_finds_links_to_term_pages_in_rendered_html():
    html = '<p><a href="../clip/">CLIP</a>, <a href="../vision-transformer/#how-it-works">ViT</a></p>'
    assert linked_term_slugs(html, "terms/whisper/", SLUGS) == {"clip", "vision-transformer"}
    assert linked_term_slugs('<a href="../../terms/clip/">x</a>', "categories/multimodal/", SLUGS) == {"clip"}
    assert linked_term_slugs('<a href="terms/siglip/">x</a>', "", SLUGS) == {"siglip"}


def test_comments_code_external_and_other_pages_are_not_links():
    html = (
        '<!-- <a href="../clip/">x</a> --><pre><code>&lt;a href="../siglip/"&gt;</code></pre>'
        '<a href="https://example.org/terms/clip/">web</a> <a href="../../categories/multimodal/">cat</a>'
        '<a href="../unknown/">gone</a>'
    )
    assert linked_term_slugs(html, "terms/whisper/", SLUGS) == set()


def test_backlinks_invert_links_and_drop_self_links():
    links = {"a": {"b", "c"}, "b": {"b", "c"}, "c": set()}
    assert compute_backlinks(links) == {"b": ("a",), "c": ("a", "b")}


def test_referenced_by_is_filled_in_with_relative_links_sorted_by_title():
    html = f"<p>body</p>{REFERENCED_BY_MARK}<h2>References</h2>"
    sources = [make_term("siglip", "SigLIP"), make_term("clip", "CLIP")]
    filled = fill_referenced_by(html, sources, "terms/vision-transformer/")
    assert REFERENCED_BY_MARK not in filled
    assert filled.index('href="../clip/"') < filled.index('href="../siglip/"') < filled.index("References")
    assert fill_referenced_by(html, [], "terms/vision-transformer/") == "<p>body</p><h2>References</h2>"


def test_only_links_to_other_term_pages_get_previews():
    html = '<a href="../clip/">a</a><a href="./">self</a><a href="../../a-z/">b</a>'
    marked = mark_term_links(html, "terms/siglip/", SLUGS)
    assert marked.count("data-preview") == 1 and '<a href="../clip/" data-preview>' in marked
