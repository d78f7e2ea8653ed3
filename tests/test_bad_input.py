"""Each kind of bad input stops `mkdocs build` with one message naming the file and the field."""

from __future__ import annotations

import re

import pytest
from glossary.errors import GlossaryError
from glossary.loader import load_glossary, read_sources
from sitebuild import FIXTURE_TERMS, ROOT, copy_site, run_build

GOOD = """---
title: Delta Model
summary: A fixture term used to test one bad field at a time.
category: multimodal
related: [alpha-encoder]
papers:
  - title: "Delta"
    authors: Doe et al.
    year: 2022
    arxiv: "2201.00001"
reviewed: 2026-12
---

# Delta Model

Body.
"""

TERM = "docs/terms/delta-model.md"


def replace(old: str, new: str) -> str:
    assert old in GOOD
    return GOOD.replace(old, new)


CASES = {
    "no front matter": ("# Delta Model\n\nBody.\n", f"{TERM}: has no front matter"),
    "missing required field": (
        replace("summary: A fixture term used to test one bad field at a time.\n", ""),
        f"{TERM}: field 'summary': is required",
    ),
    "empty required field": (replace("title: Delta Model", 'title: ""'), f"{TERM}: field 'title': is empty"),
    "wrong type": (
        replace("related: [alpha-encoder]", "related: alpha-encoder"),
        f"{TERM}: field 'related': must be a list (write 'related: [alpha-encoder]')",
    ),
    "unknown key": (
        replace("summary:", "sumary:"),
        f"{TERM}: field 'sumary': is not a known field (did you mean 'summary'?)",
    ),
    "arxiv id with a month that does not exist": (
        replace('"2201.00001"', '"2213.00001"'),
        f"{TERM}: field 'papers[0].arxiv': '2213.00001' has no valid year and month",
    ),
    "arxiv id with four digits after 2014": (
        replace('"2201.00001"', '"2103.0002"'),
        f"{TERM}: field 'papers[0].arxiv': '2103.0002' is not an arXiv id (ids from 2015 on have 5 digits after the dot)",
    ),
    "arxiv id with five digits before 2015": (
        replace('"2201.00001"', '"1412.00001"'),
        f"{TERM}: field 'papers[0].arxiv': '1412.00001' is not an arXiv id (ids before 2015 have 4 digits after the dot)",
    ),
    "file name that is none of the names": (
        replace("title: Delta Model", "title: Epsilon Model"),
        f"{TERM}: field 'title': the file name 'delta-model.md' is not the slug of the title, abbreviation or any alias",
    ),
    "review date missing": (replace("reviewed: 2026-12\n", ""), f"{TERM}: field 'reviewed': is required"),
    "review date that is not a month": (
        replace("reviewed: 2026-12", "reviewed: 2026-13"),
        f"{TERM}: field 'reviewed': '2026-13' is not a month",
    ),
    "keyword that is another term's name": (
        replace("category: multimodal", "category: multimodal\nkeywords: [Alpha Net, Delta-1]"),
        f"{TERM}: field 'keywords': 'Alpha Net' is a name of docs/terms/alpha-encoder.md",
    ),
    "unknown category": (
        replace("category: multimodal", "category: multimodel"),
        f"{TERM}: field 'category': 'multimodel' is not a category (did you mean 'multimodal'?)",
    ),
    "dangling related": (
        replace("[alpha-encoder]", "[alpha-encodr]"),
        f"{TERM}: field 'related': 'alpha-encodr' is not a term (did you mean 'alpha-encoder'?)",
    ),
    "self related": (
        replace("[alpha-encoder]", "[delta-model]"),
        f"{TERM}: field 'related': lists the term itself (remove 'delta-model')",
    ),
    "duplicate title": (
        replace("title: Delta Model", "title: Beta Loss"),
        f"{TERM}: field 'title': 'Beta Loss' is already the title of docs/terms/beta-loss.md",
    ),
    "duplicate abbreviation": (
        replace("title: Delta Model", "title: Delta Model\nabbreviation: AE"),
        f"{TERM}: field 'abbreviation': 'AE' is already the abbreviation of docs/terms/alpha-encoder.md",
    ),
    "duplicate alias": (
        replace("title: Delta Model", "title: Delta Model\naliases: [Gamma Similarity]"),
        "docs/terms/gamma-score.md: field 'aliases': 'Gamma Similarity' is already an alias of docs/terms/delta-model.md",
    ),
    "malformed arxiv id": (
        replace('"2201.00001"', '"arXiv:2201.00001"'),
        f"{TERM}: field 'papers[0].arxiv': 'arXiv:2201.00001' is not an arXiv id",
    ),
    "unquoted arxiv id": (replace('"2201.00001"', "2201.10"), f"{TERM}: field 'papers[0].arxiv': must be quoted text"),
    "summary too long": (
        replace("at a time.", "at a time" + ", again" * 40 + "."),
        f"{TERM}: field 'summary': has 332 characters, more than 200",
    ),
    "summary with html": (
        replace("one bad field", "one <em>bad</em> field"),
        f"{TERM}: field 'summary': must be plain text without HTML or Markdown markup",
    ),
    "summary with markdown": (
        replace("one bad field", "one **bad** field"),
        f"{TERM}: field 'summary': must be plain text without HTML or Markdown markup",
    ),
    "yaml that does not parse": (
        replace("category: multimodal", "category: [multimodal"),
        f"{TERM}: front matter is not valid YAML",
    ),
    "alias that shadows a page": (
        replace("title: Delta Model", "title: Delta Model\naliases: ['Zeta-Model!']"),
        f"{TERM}: field 'aliases': the redirect /terms/zeta-model/ would replace the page docs/terms/zeta-model.md",
    ),
    "broken formula": (
        replace("Body.", "Body $\\left( x$."),
        "docs/terms/delta-model.md: cannot render the formula '\\left( x'",
    ),
}


def fixture_sources_with(source: str) -> tuple[dict[str, str], dict[str, str]]:
    """The fixture site's term sources with the term replaced, and the real categories."""
    terms, _ = read_sources(FIXTURE_TERMS.parent)
    _, categories = read_sources(ROOT / "docs")
    terms["terms/delta-model.md"] = source
    return terms, categories


def load_fixture_glossary_with(source: str):
    """The fixture site's pages with the term replaced, through the same loader the hook uses."""
    return load_glossary(*fixture_sources_with(source))


# Read by the loader in-process: the same code the build runs, without a build per case.
IN_PROCESS = sorted(case for case in CASES if case != "broken formula")


@pytest.mark.parametrize("case", IN_PROCESS)
def test_bad_term_is_reported_with_its_file_and_field(case):
    source, message = CASES[case]
    with pytest.raises(GlossaryError) as raised:
        load_fixture_glossary_with(source)
    assert message in str(raised.value)


def test_a_keyword_on_two_pages_names_both():
    terms, categories = fixture_sources_with(
        replace("category: multimodal", "category: multimodal\nkeywords: [Delta-1, Gamma Kit]")
    )
    gamma = terms["terms/gamma-score.md"]
    terms["terms/gamma-score.md"] = gamma.replace("category: embeddings", "category: embeddings\nkeywords: [gamma kit]")
    with pytest.raises(GlossaryError) as raised:
        load_glossary(terms, categories)
    assert (
        "docs/terms/gamma-score.md: field 'keywords': 'gamma kit' is already a keyword of docs/terms/delta-model.md"
        in str(raised.value)
    )


# End to end: what a contributor sees from `mkdocs build`.
@pytest.mark.parametrize("case", ["unknown category", "broken formula"])
def test_bad_term_stops_the_build_with_one_clear_message(case, tmp_path):
    source, message = CASES[case]
    project = copy_site(tmp_path / "project")
    (project / TERM).write_text(source, encoding="utf-8")
    result = run_build(project, tmp_path / "site")
    assert result.returncode != 0, f"{case}: the build passed"
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1, result.stderr
    assert message in errors[0], errors[0]


def test_every_problem_in_every_file_is_reported_by_one_build(tmp_path):
    project = copy_site(tmp_path / "project")
    bad = replace("category: multimodal", "category: multimodel").replace("related: [alpha-encoder]", "related: x")
    bad = bad.replace('"2201.00001"', '"2213.00001"')
    (project / TERM).write_text(bad, encoding="utf-8")
    other = project / "docs" / "terms" / "zeta-model.md"
    other.write_text(
        other.read_text(encoding="utf-8").replace("title: Zeta Model", "title: Zeta Model\ntags: [visoin]")
    )
    result = run_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "4 problems in the glossary's pages" in result.stderr
    for expected in (
        f"{TERM}: field 'category': 'multimodel' is not a category (did you mean 'multimodal'?)",
        f"{TERM}: field 'related': must be a list",
        f"{TERM}: field 'papers[0].arxiv': '2213.00001' has no valid year and month",
        "docs/terms/zeta-model.md: field 'tags': 'visoin' is not an allowed tag (did you mean 'vision'?)",
    ):
        assert expected in result.stderr


def test_bad_category_names_the_file_and_field():
    _, categories = read_sources(ROOT / "docs")
    categories["categories/data/index.md"] = re.sub(r"tagline: .*\n", "", categories["categories/data/index.md"])
    with pytest.raises(GlossaryError, match=r"docs/categories/data/index.md: field 'tagline': is required"):
        load_glossary({}, categories)


def test_broken_link_in_a_term_body_fails_the_strict_build(tmp_path):
    project = copy_site(tmp_path / "project")
    (project / TERM).write_text(replace("Body.", "See [Omega](omega.md)."), encoding="utf-8")
    result = run_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "omega.md" in result.stderr
