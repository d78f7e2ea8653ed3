"""Build the site: the real one, a copy with fixture terms, or the site for a given URL."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
FIXTURE_TERMS = ROOT / "tests" / "fixtures" / "terms"
MKDOCS = [sys.executable, "-m", "mkdocs"]


def published_site_url() -> str:
    """site_url from mkdocs.yml as published (the default of its !ENV tag)."""

    class Loader(yaml.SafeLoader):
        pass

    Loader.add_constructor("!ENV", lambda loader, node: loader.construct_sequence(node)[-1])
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=Loader)["site_url"]


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


def run_build(project: Path, site_dir: Path, site_url: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {key: value for key, value in os.environ.items() if key != "MMG_SITE_URL"}
    env["NO_MKDOCS_2_WARNING"] = "1"
    # The sitemap's dates: fixed, so two builds on either side of midnight are still identical.
    env.setdefault("SOURCE_DATE_EPOCH", "1767225600")
    if site_url:
        env["MMG_SITE_URL"] = site_url
    return subprocess.run(
        [*MKDOCS, "build", "--strict", "--site-dir", str(site_dir)],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )


def build_or_fail(project: Path, site_dir: Path, site_url: str | None = None) -> Path:
    result = run_build(project, site_dir, site_url)
    assert result.returncode == 0, f"build failed:\n{result.stderr[-4000:]}"
    return site_dir


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---", 2)[1])


# The real site's published concept pages (drafts are deliberately left out of the site).
TERM_FILES = sorted(
    path
    for path in (ROOT / "docs" / "terms").glob("*.md")
    if not path.name.startswith("_") and front_matter(path).get("draft") is not True
)
