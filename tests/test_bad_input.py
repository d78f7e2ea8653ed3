"""Each kind of bad input stops `mkdocs build` with one message naming the file and the field."""

from __future__ import annotations

import re

import pytest
from sitebuild import copy_site, run_build

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


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_term_stops_the_build_with_one_clear_message(case, tmp_path):
    source, message = CASES[case]
    project = copy_site(tmp_path / "project")
    (project / TERM).write_text(source, encoding="utf-8")
    result = run_build(project, tmp_path / "site")
    assert result.returncode != 0, f"{case}: the build passed"
    errors = [line for line in result.stderr.splitlines() if line.startswith("ERROR")]
    assert len(errors) == 1, result.stderr
    assert message in errors[0], errors[0]


def test_bad_category_names_the_file_and_field(tmp_path):
    project = copy_site(tmp_path / "project")
    page = project / "docs" / "categories" / "data.md"
    page.write_text(re.sub(r"tagline: .*\n", "", page.read_text()), encoding="utf-8")
    result = run_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "docs/categories/data.md: field 'tagline': is required" in result.stderr


def test_broken_link_in_a_term_body_fails_the_strict_build(tmp_path):
    project = copy_site(tmp_path / "project")
    (project / TERM).write_text(replace("Body.", "See [Omega](omega.md)."), encoding="utf-8")
    result = run_build(project, tmp_path / "site")
    assert result.returncode != 0
    assert "omega.md" in result.stderr
