"""The generated parts of the site, checked in the HTML built from the fixture terms."""

import pytest
from built import article, nav_section_titles, page, text

FIXTURE_TITLES = ["Alpha Encoder (AE)", "Beta Loss", "Gamma Score", "Zeta Model"]


def links_in(node):
    return [(text(a), a["href"]) for a in node.select("a[href]")]


def test_category_page_lists_its_terms_alphabetically_with_count(fixture_site):
    body = article(fixture_site, "categories/multimodal/")
    assert "When text" not in text(body)  # our own intro, not the seed's
    assert body.select_one(".mmg-count-line").get_text() == "2 terms"
    listed = [(text(a), a["href"]) for a in body.select(".mmg-term-list li > a:first-child")]
    assert listed == [("Alpha Encoder (AE)", "../../terms/alpha-encoder/"), ("Zeta Model", "../../terms/zeta-model/")]
    assert "A fixture model that nothing links to" in text(body)


def test_category_without_terms_says_so(fixture_site):
    assert "No terms yet." in text(article(fixture_site, "categories/agents/"))


def test_a_to_z_lists_every_term_once_by_letter(fixture_site):
    body = article(fixture_site, "a-z/")
    listed = [text(a) for a in body.select(".mmg-term-list li > a:first-child")]
    assert listed == FIXTURE_TITLES
    assert [h2["id"] for h2 in body.select("h2")] == ["a", "b", "g", "z"]
    assert [a["href"] for a in body.select(".mmg-jump a")] == ["#a", "#b", "#g", "#z"]
    assert "4 terms in 13 categories" in text(body)


def test_home_has_a_card_per_category_in_order_with_counts(fixture_site):
    cards = page(fixture_site, "").select(".mmg-category-cards li")
    assert len(cards) == 13
    first = cards[0]
    assert text(first.select_one("a")) == "Foundations"
    assert text(first.select_one(".mmg-count")) == "1 term"
    assert "The core ideas that every other entry builds on." in text(first)
    multimodal = cards[-1]
    assert text(multimodal.select_one("a")) == "Multimodal" and text(multimodal.select_one(".mmg-count")) == "2 terms"
    assert multimodal.select_one("a")["href"] == "categories/multimodal/"


def test_sidebar_shows_every_category_in_order_with_its_count(fixture_site):
    titles = nav_section_titles(page(fixture_site, ""))
    assert titles[0] == "Foundations 1"
    assert titles[-1] == "Multimodal 2"
    assert len(titles) == 13
    counts = [span["title"] for span in page(fixture_site, "").select("nav.md-nav--primary .mmg-count")]
    assert counts[0] == "1 term" and counts[-1] == "2 terms"


def test_a_term_page_sidebar_opens_its_own_category_only(fixture_site):
    soup = page(fixture_site, "terms/alpha-encoder/")
    nav = soup.select_one("nav.md-nav--primary")
    term_links = {a["href"] for a in nav.select("a.md-nav__link")}
    assert "../zeta-model/" in term_links  # sibling in the open section
    assert "../beta-loss/" not in term_links  # other sections are pruned
    active = nav.select_one(".md-nav__item--active > .md-nav__link, .md-nav__item--active .md-nav__container")
    assert active is not None and "Multimodal" in text(active)


def test_term_page_header_and_footer(fixture_site):
    body = article(fixture_site, "terms/alpha-encoder/")
    assert text(body.select_one("h1")).rstrip("¶") == "Alpha Encoder (AE)"
    assert text(body.select_one(".mmg-aka")) == "Also known as: AE, Alpha Net, Alpha Encoders"
    assert text(body.select_one(".mmg-lead")) == "A fixture term that encodes alphas into vectors."
    related = body.find(id="related-terms").find_next("div")
    assert links_in(related) == [("Beta Loss", "../beta-loss/"), ("Gamma Score", "../gamma-score/")]
    backlinks = body.find(id="referenced-by").find_next("div")
    assert links_in(backlinks) == [("Beta Loss", "../beta-loss/")]
    references = body.find(id="references").find_next("ol")
    assert links_in(references) == [("Alpha Encoders for Fixtures", "https://arxiv.org/abs/2103.00020")]
    meta = body.select_one(".mmg-term-meta")
    assert ("Multimodal", "../../categories/multimodal/") in links_in(meta)
    assert [tag.get_text() for tag in meta.select(".mmg-tag")] == ["architecture", "vision"]


def test_backlinks_come_from_page_links_not_code_or_comments(fixture_site):
    # Zeta Model mentions Gamma Score in an HTML comment and Beta Loss in an indented code block.
    gamma = article(fixture_site, "terms/gamma-score/")
    assert links_in(gamma.find(id="referenced-by").find_next("div")) == [("Alpha Encoder (AE)", "../alpha-encoder/")]
    beta = article(fixture_site, "terms/beta-loss/")
    assert links_in(beta.find(id="referenced-by").find_next("div")) == [
        ("Alpha Encoder (AE)", "../alpha-encoder/"),
        ("Gamma Score", "../gamma-score/"),
    ]
    zeta = article(fixture_site, "terms/zeta-model/")
    assert zeta.find(id="referenced-by") is None
    assert zeta.find(id="related-terms") is None
    assert links_in(zeta.find(id="references").find_next("ol")) == [
        ("The Zeta Technical Report", "https://example.org/zeta-report")
    ]


def test_abbreviation_tooltips_on_other_pages(fixture_site):
    abbr = article(fixture_site, "terms/gamma-score/").select_one("abbr")
    assert (abbr.get_text(), abbr["title"]) == ("AE", "Alpha Encoder")


def test_abbreviations_inside_hyphenated_and_slashed_names_get_tooltips(fixture_site):
    paragraph = article(fixture_site, "terms/zeta-model/").find(string=lambda s: "keep the abbreviation" in s).parent
    assert [(abbr.get_text(), abbr["title"]) for abbr in paragraph.select("abbr")] == [("AE", "Alpha Encoder")] * 2


def test_referenced_by_is_in_the_table_of_contents_in_page_order(fixture_site):
    toc = page(fixture_site, "terms/alpha-encoder/").select("nav.md-nav--secondary a.md-nav__link")
    anchors = list(dict.fromkeys(a["href"] for a in toc))
    assert anchors == ["#how-it-works", "#related-terms", "#referenced-by", "#references"]
    assert "mmg:" not in (fixture_site / "terms" / "alpha-encoder" / "index.html").read_text(encoding="utf-8")


def test_math_is_mathml_without_scripts(fixture_site):
    body = article(fixture_site, "terms/alpha-encoder/")
    assert body.select_one(".mmg-math > math[display=block] mfrac") is not None
    assert body.select_one("math[display=inline]") is not None
    assert "arithmatex" not in str(body)


@pytest.mark.parametrize("url_path", ["", "a-z/", "categories/multimodal/", "terms/alpha-encoder/"])
def test_pages_load_nothing_from_other_hosts(fixture_site, url_path):
    soup = page(fixture_site, url_path)
    for tag, attribute in (("script", "src"), ("link", "href"), ("img", "src")):
        for node in soup.find_all(tag):
            value = node.get(attribute) or ""
            if (
                tag == "link"
                and "stylesheet" not in (node.get("rel") or [])
                and "preload" not in (node.get("rel") or [])
            ):
                continue
            assert "//" not in value, f"{url_path or 'home'} loads {value}"


def test_templates_and_contributor_notes_are_not_published(fixture_site):
    built = [path.relative_to(fixture_site).as_posix() for path in fixture_site.rglob("*") if path.is_file()]
    # MkDocs would render a README.md as its folder's index page, and _template.md as terms/_template/.
    assert [path for path in built if "_template" in path or path.startswith("assets/figures/index")] == []
    assert not any(path.lower().endswith("readme.md") for path in built)
    pages_text = "".join((fixture_site / path).read_text(encoding="utf-8") for path in built if path.endswith(".html"))
    assert "Example Term" not in pages_text


def test_two_builds_of_the_same_sources_are_identical(tmp_path):
    from sitebuild import copy_site, run_build

    project = copy_site(tmp_path / "project")
    outputs = []
    for run in ("first", "second"):
        site = tmp_path / run
        assert run_build(project, site).returncode == 0
        outputs.append(
            {path.relative_to(site): path.read_bytes() for path in sorted(site.rglob("*")) if path.is_file()}
        )
    assert outputs[0].keys() == outputs[1].keys()
    different = [str(path) for path in outputs[0] if outputs[0][path] != outputs[1][path]]
    assert different == []
