"""The header search finds terms by name, abbreviation, alias and key phrase, term page first."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from pages import open_page
from playwright.sync_api import expect

# (query, slug of the expected first result). Titles and abbreviations of every seed term, then
# aliases and key phrases a reader would type.
QUERIES = [
    ("Audio Embeddings", "audio-embeddings"),
    ("CLIP", "clip"),
    ("Diffusion Model", "diffusion-model"),
    ("Flow Matching", "flow-matching"),
    ("Image Encoder", "image-encoder"),
    ("Multimodal RAG", "multimodal-rag"),
    ("Optical Character Recognition", "ocr"),
    ("OCR", "ocr"),
    ("SigLIP", "siglip"),
    ("Text-to-Image", "text-to-image"),
    ("Vision Transformer", "vision-transformer"),
    ("ViT", "vision-transformer"),
    ("Vision-Language Model", "vision-language-model"),
    ("VLM", "vision-language-model"),
    ("Visual Question Answering", "visual-question-answering"),
    ("VQA", "visual-question-answering"),
    ("Whisper", "whisper"),
    ("ASR", "whisper"),
    ("RAG", "retrieval-augmented-generation"),
    ("LLM", "large-language-model"),
    ("CNN", "convolutional-neural-network"),
    ("VAE", "variational-autoencoder"),
    ("self-attention", "attention"),
    ("Contrastive Language-Image Pre-training", "clip"),
    ("DDPM", "diffusion-model"),
    ("rectified flow", "flow-matching"),
    ("cosine similarity", "cosine-similarity"),
    ("InfoNCE", "contrastive-learning"),
    ("byte pair encoding", "tokenization"),
    ("LoRA", "lora"),
    ("parameter-efficient fine-tuning", "fine-tuning"),
    ("zero-shot", "zero-shot-learning"),
    ("classifier-free guidance", "classifier-free-guidance"),
    ("word error rate", "word-error-rate"),
    ("ColBERT", "late-interaction"),
    ("KV cache", "kv-cache"),
    ("function calling", "tool-use"),
    ("indirect prompt injection", "prompt-injection"),
    ("dedup", "data-deduplication"),
    ("Q-Former", "q-former"),
    ("latent diffusion", "latent-diffusion"),
    ("DiT", "diffusion-transformer"),
    ("low-rank adaptation", "lora"),
]
SEED_QUERIES = QUERIES[:18]


def search(page, query: str) -> list[str]:
    """Type a query into the header search; the term slugs (or page paths) of the results, in order."""
    field = page.locator("input.md-search__input")
    if not field.is_visible():  # narrow screens hide the field behind the search button
        page.locator("label.md-header__button[for=__search]").click()
    field.click()
    # Material queries its search worker on keyup. Clearing first and then sending the whole
    # query in one keyup means the results that appear next are this query's, not the last one's.
    field.fill("")
    field.press("End")
    expect(page.locator(".md-search-result__item")).to_have_count(0)
    field.fill(query)
    field.press("End")
    page.wait_for_selector(".md-search-result__item", timeout=10_000)
    # Read the results until two reads agree, in case the worker answers late.
    read = """() => [...document.querySelectorAll('.md-search-result__item > a.md-search-result__link')]
        .map(a => a.getAttribute('href'))"""
    hrefs, previous = page.evaluate(read), None
    for _ in range(40):
        if hrefs == previous:
            break
        page.wait_for_timeout(250)
        previous, hrefs = hrefs, page.evaluate(read)
    results = []
    for href in hrefs:
        path = urlparse(href).path.rstrip("/").split("/")
        results.append(path[-1] if "terms" in path else "/".join(path[-2:]))
    return results


@pytest.fixture(scope="module")
def results(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = open_page(context.new_page(), base_url)
        return {query: search(page, query) for query, _ in QUERIES}
    finally:
        context.close()


def test_query_set_hit_rates(results, record_property):
    hits_at_1 = sum(results[query][:1] == [slug] for query, slug in QUERIES)
    hits_at_3 = sum(slug in results[query][:3] for query, slug in QUERIES)
    record_property("hit@1", hits_at_1 / len(QUERIES))
    record_property("hit@3", hits_at_3 / len(QUERIES))
    print(f"\nsearch: {len(QUERIES)} queries, hit@1 {hits_at_1}/{len(QUERIES)}, hit@3 {hits_at_3}/{len(QUERIES)}")
    print("not first:", {query: results[query][:3] for query, slug in QUERIES if results[query][:1] != [slug]})
    misses = {query: results[query][:3] for query, slug in QUERIES if slug not in results[query][:3]}
    assert hits_at_3 == len(QUERIES), f"not in the top 3: {misses}"
    assert hits_at_1 >= 0.9 * len(QUERIES)


@pytest.mark.parametrize(("query", "slug"), SEED_QUERIES, ids=[query for query, _ in SEED_QUERIES])
def test_seed_term_is_first_for_its_name_and_abbreviation(results, query, slug):
    assert results[query][:1] == [slug], results[query][:5]
