"""Shared fixtures: build the real site, or a copy of the site with fixture terms."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_TERMS = ROOT / "tests" / "fixtures" / "terms"
MKDOCS = [sys.executable, "-m", "mkdocs"]


def copy_site(destination: Path, terms_from: Path | None = FIXTURE_TERMS) -> Path:
    """A copy of the site's sources; with `terms_from`, its terms replaced by those files."""
    destination.mkdir(parents=True, exist_ok=True)
    for name in ("mkdocs.yml", "hooks", "overrides", "docs"):
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, destination / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, destination / name)
    if terms_from is not None:
        terms = destination / "docs" / "terms"
        for page in terms.glob("*.md"):
            if not page.name.startswith("_"):
                page.unlink()
        for page in terms_from.glob("*.md"):
            shutil.copy2(page, terms / page.name)
    return destination


def run_build(project: Path, site_dir: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    return subprocess.run(
        [*MKDOCS, "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def build_or_fail(project: Path, site_dir: Path) -> Path:
    result = run_build(project, site_dir)
    assert result.returncode == 0, f"build failed:\n{result.stderr[-4000:]}"
    return site_dir


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    """The site built with the fixture terms under tests/fixtures/terms."""
    project = copy_site(tmp_path_factory.mktemp("fixture-project"))
    return build_or_fail(project, tmp_path_factory.mktemp("fixture-site"))


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """The published site, built strictly from the repository as it is."""
    return build_or_fail(ROOT, tmp_path_factory.mktemp("real-site"))
