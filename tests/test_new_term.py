"""`make new` creates a page that the build accepts once filled in, and refuses taken names."""

from __future__ import annotations

import subprocess

import pytest
from sitebuild import ROOT, copy_site, run_build

MAKE_NEW = ["make", "--no-print-directory", "-s", "new"]


def make_new(project, term, category):
    return subprocess.run(
        [
            *MAKE_NEW,
            f"TERM={term}",
            f"CATEGORY={category}",
            f"-f{ROOT / 'Makefile'}",
            "BIN=" + str(ROOT / ".venv" / "bin"),
        ],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.fixture
def project(tmp_path):
    site = copy_site(tmp_path / "project")
    (site / "requirements.lock").write_text((ROOT / "requirements.lock").read_text())
    # The copy shares the repository's virtual environment.
    (site / ".venv").symlink_to(ROOT / ".venv")
    return site


def test_creates_the_page_from_the_template_with_title_and_category(project, tmp_path):
    result = make_new(project, "Perceiver Resampler: A Test", "foundations")
    assert result.returncode == 0, result.stderr
    page = project / "docs" / "terms" / "perceiver-resampler-a-test.md"
    text = page.read_text()
    assert 'title: "Perceiver Resampler: A Test"' in text
    assert "category: foundations" in text
    assert "# Perceiver Resampler: A Test" in text
    assert "## How it works { #how-it-works }" in text  # the template's sections
    # A foundations term needs no papers: the new page builds as it is.
    build = run_build(project, tmp_path / "site")
    assert build.returncode == 0, build.stderr
    assert (tmp_path / "site" / "terms" / "perceiver-resampler-a-test" / "index.html").is_file()


def test_a_new_multimodal_page_fails_the_build_until_it_cites_a_paper(project, tmp_path):
    assert make_new(project, "Perceiver Resampler", "multimodal").returncode == 0
    build = run_build(project, tmp_path / "site")
    assert "docs/terms/perceiver-resampler.md: field 'papers': is required for multimodal terms" in build.stderr


@pytest.mark.parametrize(
    ("term", "message"),
    [
        ("Beta Loss", "docs/terms/beta-loss.md: already exists with the slug 'beta-loss'"),
        ("AE", "docs/terms/alpha-encoder.md: already uses the name 'AE'"),
        ("Gamma Similarity", "docs/terms/gamma-score.md: already uses the name 'Gamma Similarity'"),
        ("Alpha Net!", "docs/terms/alpha-encoder.md: already redirects /terms/alpha-net/ to itself"),
    ],
)
def test_refuses_a_slug_title_or_alias_that_exists(project, term, message):
    before = sorted(path.name for path in (project / "docs" / "terms").iterdir())
    result = make_new(project, term, "multimodal")
    assert result.returncode != 0
    assert message in result.stderr
    assert sorted(path.name for path in (project / "docs" / "terms").iterdir()) == before


def test_refuses_an_unknown_category(project):
    result = make_new(project, "Omega", "multimodel")
    assert result.returncode != 0 and "'multimodel' is not a category" in result.stderr
