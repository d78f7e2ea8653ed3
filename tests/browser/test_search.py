"""The header search: names and queries as readers type them, results a reader can scan, and an
index that loads only when the reader searches."""

from __future__ import annotations

import csv
import json
import re
from urllib.parse import urlparse

import pytest
from pages import open_page
from playwright.sync_api import expect
from sitebuild import ROOT

QUERY_FILE = ROOT / "tests" / "search_queries.tsv"
# Written blind like the public set, later, and never used to tune search: a check that the
# public set's numbers are not the product of tuning to it.
BLIND_QUERY_FILE = ROOT / "tests" / "search_queries_blind.tsv"
SPELLED_HIT1_FLOOR = 0.89
SPELLED_HIT3_FLOOR = 0.94
BLIND_SPELLED_HIT1_FLOOR = 0.80
BLIND_SPELLED_HIT3_FLOOR = 0.88
META = ".md-search-result__meta"
RESULT_LINKS = ".md-search-result__item > a.md-search-result__link"


def read_queries(path) -> list[tuple[str, str, str]]:
    """(query, expected slug, 'spelled' or 'misspelled'), written from the page titles alone."""
    with path.open(encoding="utf-8") as file:
        rows = csv.DictReader((line for line in file if not line.startswith("#")), delimiter="\t")
        return [(row["query"], row["expected"], row["kind"]) for row in rows]


def search(page, query: str) -> list[str]:
    """Type a query into the header search; the term slugs (or page paths) of the results, in order."""
    field = page.locator("input.md-search__input")
    if not field.is_visible():  # narrow screens hide the field behind the search button
        page.locator("label.md-header__button[for=__search]").click()
    field.click()
    # Material queries its search worker on keyup: clear, then send the whole query in one keyup,
    # so the results that appear next are this query's.
    field.fill("")
    field.press("End")
    expect(page.locator(".md-search-result__item")).to_have_count(0)
    field.fill(query)
    field.press("End")
    expect(page.locator(META)).to_have_text(re.compile(r"matching document"), timeout=15_000)
    results = []
    # One result per item: a page with its matching sections listed under it.
    for href in page.locator(RESULT_LINKS).evaluate_all(
        "links => links.filter(a => a === a.parentElement.querySelector('a')).map(a => a.getAttribute('href'))"
    ):
        path = urlparse(href).path.rstrip("/").split("/")
        results.append(path[-1] if "terms" in path else "/".join(path[-2:]))
    return results


@pytest.fixture(scope="module")
def published(hosted_site) -> dict:
    return {term["slug"]: term for term in json.loads((hosted_site[0] / "glossary.json").read_text())["terms"]}


@pytest.fixture(scope="module")
def search_page(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        yield open_page(context.new_page(), base_url)
    finally:
        context.close()


def test_every_title_and_abbreviation_finds_its_own_page_first(search_page, published):
    misses = {}
    for slug, term in published.items():
        for name in filter(None, (term["title"], term["abbreviation"])):
            found = search(search_page, name)
            if found[:1] != [slug]:
                misses[name] = found[:3]
    assert misses == {}


def test_every_alias_finds_its_page_in_the_top_three(search_page, published):
    misses = {}
    for slug, term in published.items():
        for alias in term["aliases"]:
            found = search(search_page, alias)
            if slug not in found[:3]:
                misses[alias] = found[:3]
    assert misses == {}


def measure(search_page, published, queries, record_property, label):
    """{kind: (count, hit@1, hit@3)} over the queries whose page is published, misses printed."""
    # Queries for planned pages that are not published yet are counted apart, not as hits.
    live = [(query, slug, kind) for query, slug, kind in queries if slug in published]
    found = {query: search(search_page, query) for query, _, _ in live}
    report = {}
    for kind in ("spelled", "misspelled"):
        rows = [(query, slug) for query, slug, row_kind in live if row_kind == kind]
        hit1 = sum(found[query][:1] == [slug] for query, slug in rows)
        hit3 = sum(slug in found[query][:3] for query, slug in rows)
        report[kind] = (len(rows), hit1, hit3)
        record_property(f"{label} {kind} hit@1", hit1 / len(rows))
        record_property(f"{label} {kind} hit@3", hit3 / len(rows))
    misses = {query: (slug, found[query][:3]) for query, slug, _ in live if found[query][:1] != [slug]}
    print(f"\n{label}: {len(queries)} queries, {len(live)} for published pages; (count, hit@1, hit@3): {report}")
    print("not first:", misses)
    return report


def assert_floors(report, hit1_floor: float, hit3_floor: float) -> None:
    spelled, misspelled = report["spelled"], report["misspelled"]
    assert spelled[0] + misspelled[0] >= 150, "fewer than 150 queries are for published pages"
    assert spelled[1] >= hit1_floor * spelled[0], f"hit@1 {spelled[1]}/{spelled[0]}"
    assert spelled[2] >= hit3_floor * spelled[0], f"hit@3 {spelled[2]}/{spelled[0]}"
    assert misspelled[2] >= 0.80 * misspelled[0], f"misspelled hit@3 {misspelled[2]}/{misspelled[0]}"


def test_public_query_set(search_page, published, record_property):
    queries = read_queries(QUERY_FILE)
    assert len(queries) >= 150 and sum(kind == "misspelled" for _, _, kind in queries) >= 15
    report = measure(search_page, published, queries, record_property, "public")
    # The targets are hit@1 >= 95% and hit@3 >= 99% on spelled queries; these floors sit
    # just under what search reaches today (benchmarks/RESULTS.md) so that a regression fails.
    assert_floors(report, SPELLED_HIT1_FLOOR, SPELLED_HIT3_FLOOR)


def test_blind_query_set(search_page, published, record_property):
    queries = read_queries(BLIND_QUERY_FILE)
    report = measure(search_page, published, queries, record_property, "blind")
    assert_floors(report, BLIND_SPELLED_HIT1_FLOOR, BLIND_SPELLED_HIT3_FLOOR)


def test_a_result_shows_the_title_and_summary_without_name_chips(search_page, published):
    search(search_page, "vision transformer")
    first = search_page.locator(".md-search-result__item").first
    expect(first.locator("article h1")).to_have_text("Vision Transformer (ViT)")
    expect(first.locator("article").first).to_contain_text(published["vision-transformer"]["summary"][:60])
    expect(search_page.locator(".md-search-result .md-tag")).to_have_count(0)
    # The page's own entry leads its group; its sections follow it, never stand above it.
    hrefs = first.locator("a.md-search-result__link").evaluate_all("links => links.map(a => a.href)")
    assert "/terms/vision-transformer/" in hrefs[0] and "#" not in hrefs[0]
    assert all("/terms/vision-transformer/" in href and "#" in href for href in hrefs[1:])


def test_the_index_loads_on_the_first_search_not_on_page_view_and_survives_navigation(tab):
    requests = []
    tab.page.on("request", lambda request: requests.append(urlparse(request.url).path))
    page = tab.open("terms/clip/")
    page.wait_for_timeout(500)  # give an eager fetch the chance to show up
    # Neither the index nor the code that searches it (Material's lunr worker, our query code).
    lazy = ("/glossary_index.json", "/search-query.js", "/search-rank.js")
    assert [path for path in requests if path.endswith(lazy) or "/workers/search." in path] == []
    assert search(page, "siglip")[:1] == ["siglip"]
    assert [path for path in requests if path.endswith("/glossary_index.json")] == [
        "/glossary/search/glossary_index.json"
    ]
    assert {path.rsplit("/", 1)[-1] for path in requests} >= {"search-query.js", "search-rank.js"}
    page.keyboard.press("Escape")
    page.locator(".md-content article a[href$='/siglip/']").first.click()  # instant navigation
    expect(page.locator(".md-content article h1")).to_contain_text("SigLIP")
    assert search(page, "whisper")[:1] == ["whisper"]
    assert len([path for path in requests if path.endswith("/glossary_index.json")]) == 1


def test_a_slow_index_shows_that_search_is_loading(tab):
    page = tab.open("terms/clip/")
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")  # about 100 KB/s: the index takes seconds to arrive
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 200, "downloadThroughput": 100_000, "uploadThroughput": 100_000},
    )
    page.locator("input.md-search__input").click()
    page.locator("input.md-search__input").fill("clip")
    page.locator("input.md-search__input").press("End")
    expect(page.locator(META)).to_have_text("Initializing search")
    expect(page.locator(META)).to_have_text(re.compile(r"matching document"), timeout=15_000)


# Material's worker protocol (its search integration): SETUP, READY, QUERY, RESULT.
WORKER_SEARCH = """async queries => {
  const config = JSON.parse(document.getElementById("__config").textContent)
  const url = new URL(config.search, location.href)
  const channelName = "mmg-test-" + Math.random().toString(36).slice(2)
  url.searchParams.set("channel", channelName)
  const worker = new Worker(url)
  const next = () => new Promise(resolve => worker.addEventListener("message", e => resolve(e.data), { once: true }))
  const stub = await (await fetch(new URL("search/search_index.json", new URL(config.base + "/", location.href)))).json()
  const ready = next()
  worker.postMessage({ type: 0, data: { ...stub, options: { suggest: false } } })
  // The worker listens on the channel once its script has run: ask until it answers.
  const channel = new BroadcastChannel(channelName)
  const asking = setInterval(() => channel.postMessage("load"), 50)
  await ready
  clearInterval(asking)
  const found = []
  for (const query of queries) {
    const result = next()
    worker.postMessage({ type: 2, data: query })
    found.push((await result).data.items.map(group => group[0].location.split("#")[0]))
  }
  worker.terminate()
  return found
}"""


def test_every_keyword_finds_its_page_in_the_top_three(search_page, published):
    """A keyword belongs to one page, the page that explains it: searching it finds that page.

    Asked of the real worker in the browser directly (over a thousand queries), not typed."""
    queries = [(keyword, slug) for slug, term in published.items() for keyword in term["keywords"]]
    results = search_page.evaluate(WORKER_SEARCH, [keyword for keyword, _ in queries])
    misses = {}
    for (keyword, slug), locations in zip(queries, results, strict=True):
        if f"terms/{slug}/" not in locations[:3]:
            misses[keyword] = (slug, locations[:3])
    assert len(queries) > 900 and misses == {}
