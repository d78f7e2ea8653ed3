"""The sidebar filter narrows the term list as you type, across all categories, by keyboard too."""

from __future__ import annotations

import re

from playwright.sync_api import expect


def labels(page) -> list[str]:
    return page.locator(".md-sidebar--primary .mmg-filter__link").evaluate_all(
        "links => links.map(a => a.firstChild.textContent)"
    )


def test_filter_matches_titles_abbreviations_and_aliases_across_categories(tab):
    page = tab.open("terms/clip/")
    field = page.locator(".md-sidebar--primary .mmg-filter__input")
    nav_list = page.locator(".md-sidebar--primary .md-nav--primary > .md-nav__list")
    assert field.bounding_box()["y"] < nav_list.bounding_box()["y"], "the filter sits at the top of the navigation"
    field.fill("vit")
    expect(page.locator(".md-sidebar--primary .mmg-filter__link").first).to_contain_text("Vision Transformer (ViT)")
    field.fill("encoder")
    found = labels(page)
    assert "Image Encoder" in found  # multimodal
    assert "Variational Autoencoder (VAE)" in found  # foundations: not in this page's pruned nav
    # Names that contain the query (Cross-Encoder) come before keyword matches (Sparse Embeddings
    # explains Sentence Transformers' "SparseEncoder").
    assert max(found.index(name) for name in ("Image Encoder", "Cross-Encoder")) < found.index("Sparse Embeddings")
    field.fill("self-attention")  # an alias
    assert labels(page) == ["Attention"]
    expect(page.locator(".md-sidebar--primary .mmg-filter [role=status]")).to_have_text("1 term match")
    field.fill("")
    expect(page.locator(".md-sidebar--primary .md-nav--primary > .md-nav__list")).to_be_visible()


def test_keyboard_arrows_and_enter_open_a_term_with_instant_navigation(tab):
    page = tab.open("terms/clip/")
    page.evaluate("window.__same_document = true")
    # A slow network: instant navigation changes the address at once but swaps the page in later.
    slow_network(page, latency_ms=400)
    field = page.locator(".md-sidebar--primary .mmg-filter__input")
    field.fill("diff")
    expect(page.locator(".md-sidebar--primary .mmg-filter__link").first).to_be_visible()
    field.press("ArrowDown")
    focused = page.evaluate("document.activeElement.textContent")
    assert focused.startswith("Diffusion Model")
    field.evaluate("input => input.classList.add('from-the-page-before')")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/terms/diffusion-model/$"))
    expect(page.locator("article h1")).to_contain_text("Diffusion Model")
    assert page.evaluate("window.__same_document === true")
    # The swapped-in sidebar has its own working filter.
    field = page.locator(".md-sidebar--primary .mmg-filter__input:not(.from-the-page-before)")
    field.fill("whisper")
    field.press("Enter")
    page.wait_for_url(re.compile(r"/terms/whisper/$"))
    expect(page.locator("article h1")).to_contain_text("Whisper")


def slow_network(page, latency_ms: int) -> None:
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": latency_ms, "downloadThroughput": -1, "uploadThroughput": -1},
    )


def test_filter_finds_keywords_and_forgives_a_typo(tab):
    page = tab.open("terms/clip/")
    field = page.locator(".md-sidebar--primary .mmg-filter__input")
    field.fill("tranformer")  # one letter missing
    expect(page.locator(".md-sidebar--primary .mmg-filter__link").first).to_be_visible()
    assert "Transformer" in labels(page)
    field.fill("text to image")  # spaces for hyphens
    assert labels(page)[:1] == ["Text-to-Image"]
    field.fill("sdxl")  # a keyword of Latent Diffusion, not one of its names
    assert "Latent Diffusion Model (LDM)" in labels(page)
    field.fill("zzzzqx")
    expect(page.locator(".md-sidebar--primary .mmg-filter [role=status]")).to_have_text("0 terms match")


def test_filter_recovers_when_the_term_list_fails_to_load(tab):
    page = tab.open("terms/clip/")
    failures = []

    def fail_once(route):
        if not failures:
            failures.append(route.request.url)
            route.abort()
        else:
            route.continue_()

    page.route("**/glossary.json", fail_once)
    field = page.locator(".md-sidebar--primary .mmg-filter__input")
    field.fill("whisper")
    status = page.locator(".md-sidebar--primary .mmg-filter [role=status]")
    expect(status).to_contain_text("could not be loaded")
    field.fill("whispe")  # the next keystroke tries again, without a reload
    expect(page.locator(".md-sidebar--primary .mmg-filter__link").first).to_contain_text("Whisper")
    assert len(failures) == 1
    tab.console_errors.clear()  # the aborted request is logged by the browser, as intended here


def test_filter_finds_the_site_root_without_materials_storage_scope(tab):
    # A site that sets extra.scope changes __md_scope; the filter must not take its base from it.
    tab.page.add_init_script(
        "Object.defineProperty(window, '__md_scope', {get: () => new URL('https://elsewhere.example/'), set: () => {}})"
    )
    page = tab.open("terms/clip/")
    page.locator(".md-sidebar--primary .mmg-filter__input").fill("siglip")
    expect(page.locator(".md-sidebar--primary .mmg-filter__link").first).to_contain_text("SigLIP")
    assert tab.foreign_requests == []
