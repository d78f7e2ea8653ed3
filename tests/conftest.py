"""Shared fixtures: the real site and the site with fixture terms, each built once per session."""

from __future__ import annotations

from pathlib import Path

import pytest
from sitebuild import ROOT, build_or_fail, copy_site


@pytest.fixture(scope="session")
def fixture_site(tmp_path_factory) -> Path:
    """The site built with the fixture terms under tests/fixtures/terms."""
    project = copy_site(tmp_path_factory.mktemp("fixture-project"))
    return build_or_fail(project, tmp_path_factory.mktemp("fixture-site"))


@pytest.fixture(scope="session")
def real_site(tmp_path_factory) -> Path:
    """The published site, built strictly from the repository as it is."""
    return build_or_fail(ROOT, tmp_path_factory.mktemp("real-site"))
