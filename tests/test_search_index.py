"""The search index readers query: what it holds, what it leaves out, and the stub every page fetches."""

import json

from factories import make_category, make_term
from glossary.catalog import build_glossary
from glossary.search_index import glossary_search_index, joined, joined_variants, stub_index
from sitebuild import TERM_FILES, front_matter

CONFIG = {"lang": ["en"], "separator": "[\\s\\-]+", "pipeline": ["trimmer"], "fields": {}}


def material_index():
    docs = [
        {"location": "", "title": "Home", "text": "Welcome."},
        {"location": "terms/u-net/", "title": "U-Net", "text": "", "tags": ["U-Net", "UNet", "UNet"], "boost": 2},
        {"location": "terms/u-net/#u-net", "title": "U-Net", "text": "Also known as: UNet. A summary."},
        {"location": "terms/u-net/#how-it-works", "title": "How it works", "text": "Skip connections."},
        {"location": "terms/u-net/#related-terms", "title": "Related terms", "text": "<li>Diffusion Model</li>"},
        {"location": "terms/u-net/#referenced-by", "title": "Referenced by", "text": "<li>Other</li>"},
        {"location": "terms/u-net/#references", "title": "References", "text": "<li>Ronneberger</li>"},
        {"location": "categories/multimodal/", "title": "Multimodal", "text": "Intro."},
        {"location": "categories/multimodal/#terms", "title": "Terms in Multimodal", "text": "<li>U-Net</li>"},
        {"location": "a-z/", "title": "A-Z", "text": "All terms."},
        {"location": "a-z/#u", "title": "U", "text": "<li>U-Net</li>"},
    ]
    return {"config": CONFIG, "docs": docs}


def glossary():
    term = make_term("u-net", "U-Net", aliases=("UNet",), keywords=("Stable Diffusion 1.5", "DDPM++"))
    return build_glossary([term], [make_category("multimodal", 1)])


def test_joined_forms_of_names():
    assert joined("MM-DiT") == "mmdit" and joined("Multimodal RAG") == "multimodalrag"
    assert joined_variants(["U-Net", "CLIP", "Stable Diffusion 1.5"]) == ["unet", "stablediffusion15"]


def test_term_entry_has_summary_names_and_keywords_and_no_tags():
    docs = {doc["location"]: doc for doc in glossary_search_index(material_index(), glossary())["docs"]}
    page = docs["terms/u-net/"]
    assert page["text"] == "Summary of u-net." and page["title"] == "U-Net"
    assert page["names"] == ["U-Net", "UNet"] and page["exact"] == ["_unet"]
    assert page["keywords"] == ["Stable Diffusion 1.5", "DDPM++", "stablediffusion15", "ddpm"]
    assert page["boost"] == 2
    assert not any("tags" in doc for doc in docs.values())


def test_generated_lists_are_left_out_and_written_sections_kept():
    locations = [doc["location"] for doc in glossary_search_index(material_index(), glossary())["docs"]]
    assert locations == ["", "terms/u-net/", "terms/u-net/#how-it-works", "categories/multimodal/", "a-z/"]


def test_the_stub_every_page_fetches_has_the_configuration_and_no_documents():
    assert stub_index(material_index()) == {"config": CONFIG, "docs": []}


def test_the_built_index_has_every_term_once_with_its_names(real_site):
    stub = json.loads((real_site / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert stub["docs"] == [] and {"names", "exact", "keywords", "paper"} <= set(stub["config"]["fields"])
    docs = json.loads((real_site / "search" / "glossary_index.json").read_text(encoding="utf-8"))["docs"]
    pages = {doc["location"]: doc for doc in docs if "#" not in doc["location"]}
    for path in TERM_FILES:
        meta = front_matter(path)
        entry = pages[f"terms/{path.stem}/"]
        assert entry["names"][0] == meta["title"] and entry["keywords"][: len(meta["keywords"])] == meta["keywords"]
        # Readers paste paper titles: the primary paper's title is searchable.
        assert entry.get("paper") == (meta["papers"][0]["title"] if meta.get("papers") else None)
    texts = " ".join(doc["text"] for doc in docs)
    assert "Referenced by" not in " ".join(doc["title"] for doc in docs)
    assert "Related terms" not in " ".join(doc["title"] for doc in docs)
    assert "arXiv:" not in texts  # the generated reference lists
