from glossary.links import compute_backlinks, linked_term_slugs


def test_finds_relative_term_links_from_term_and_other_pages():
    body = "See [CLIP](clip.md), [ViT](vision-transformer.md#how-it-works) and [ref][r].\n\n[r]: siglip.md\n"
    assert linked_term_slugs(body, "terms/whisper.md") == {"clip", "vision-transformer", "siglip"}
    assert linked_term_slugs("[CLIP](../terms/clip.md)", "categories/multimodal.md") == {"clip"}
    assert linked_term_slugs("[CLIP](terms/clip.md)", "index.md") == {"clip"}


def test_ignores_code_external_links_and_non_term_pages():
    body = "`[x](clip.md)`\n\n```\n[y](siglip.md)\n```\n[web](https://example.org/clip.md) [cat](../categories/multimodal.md)"
    assert linked_term_slugs(body, "terms/whisper.md") == set()


def test_backlinks_invert_links_and_drop_self_links():
    links = {"a": {"b", "c"}, "b": {"b", "c"}, "c": set()}
    assert compute_backlinks(links) == {"b": ("a",), "c": ("a", "b")}
