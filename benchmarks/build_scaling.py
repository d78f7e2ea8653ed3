"""Build-time scaling: time `mkdocs build` with 100, 300 and 1000 synthetic terms.

For each size, a temporary copy of the site gets N generated terms (spread over the 13
categories, each with related terms, links, a display equation and ~400 words). Reports:
wall time of the `mkdocs build` command (median of --runs), the time spent inside the
glossary hook's own event functions (measured in-process by wrapping them), and the size
of the largest and the median term page. Usage:

    .venv/bin/python benchmarks/build_scaling.py [--sizes 100 300 1000] [--runs 3]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from sitebuild import copy_site  # noqa: E402

CATEGORIES = sorted(path.parent.name for path in (ROOT / "docs" / "categories").glob("*/index.md"))
WORDS = [
    "model",
    "image",
    "text",
    "token",
    "encoder",
    "vector",
    "patch",
    "noise",
    "caption",
    "retrieval",
    "attention",
    "loss",
    "batch",
]


def synthetic_term(index: int, count: int, rng: random.Random) -> str:
    slug = f"term-{index:04d}"
    others = [f"term-{other:04d}" for other in rng.sample(range(count), 5) if other != index][:3]
    links = " ".join(f"See [Term {other[5:]}]({other}.md)." for other in others)
    paragraph = " ".join(rng.choice(WORDS) for _ in range(130))
    category = CATEGORIES[index % len(CATEGORIES)]
    papers = '\npapers:\n  - title: "Synthetic"\n    authors: Bench et al.\n    year: 2024\n    arxiv: "2401.00001"'
    return (
        f"""---
title: Term {index:04d}
abbreviation: T{index:04d}
aliases: [Synthetic Term {index:04d}]
keywords: [Bench Model {index:04d}]
reviewed: 2026-12
summary: Synthetic term number {index} used to measure how the build scales.
category: {category}
tags: [model]
related: [{", ".join(others)}]{papers}
---

# Term {index:04d}

## How it works {{ #how-it-works }}

{paragraph} {links}

$$
\\mathcal{{L}}_{{{index}}} = -\\log \\frac{{\\exp(s_{{ii}} / \\tau)}}{{\\sum_{{j=1}}^{{{index + 2}}} \\exp(s_{{ij}} / \\tau)}}
$$

## In practice {{ #in-practice }}

{paragraph}

{paragraph}
""",
        slug,
    )


def make_project(count: int, workdir: Path) -> Path:
    terms = workdir / f"terms-{count}"
    terms.mkdir()
    rng = random.Random(count)
    for index in range(count):
        text, slug = synthetic_term(index, count, rng)
        (terms / f"{slug}.md").write_text(text, encoding="utf-8")
    return copy_site(workdir / f"project-{count}", terms_from=terms)


def time_cli_build(project: Path, site: Path) -> float:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(site)], cwd=project, env=env, check=True
    )
    return time.perf_counter() - start


def time_hook_in_process(project: Path, site: Path) -> tuple[float, dict[str, float]]:
    """(whole build, {hook event: seconds}) from one in-process build with the hook's events timed."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    cwd = os.getcwd()
    os.chdir(project)
    try:
        config = load_config(str(project / "mkdocs.yml"), site_dir=str(site), strict=True)
        spent: dict[str, float] = {}

        def timed(function, key):
            def wrapper(*args, **kwargs):
                start = time.perf_counter()
                try:
                    return function(*args, **kwargs)
                finally:
                    spent[key] = spent.get(key, 0.0) + time.perf_counter() - start

            return wrapper

        for event, functions in config.plugins.events.items():
            config.plugins.events[event] = [
                timed(f, event) if getattr(f, "__module__", "") == "hooks/glossary_hook.py" else f for f in functions
            ]
        start = time.perf_counter()
        build(config)
        return time.perf_counter() - start, spent
    finally:
        os.chdir(cwd)


def page_sizes(site: Path) -> tuple[int, int]:
    # Alias redirect pages live under terms/ too; a term page is the one with an article.
    sizes = [path.stat().st_size for path in (site / "terms").glob("*/index.html") if "<article" in path.read_text()]
    return max(sizes), int(statistics.median(sizes))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 300, 1000])
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        for count in args.sizes:
            project = make_project(count, workdir)
            site = workdir / f"site-{count}"
            walls = [time_cli_build(project, site) for _ in range(args.runs)]
            in_process, events = time_hook_in_process(project, workdir / f"site-{count}-inproc")
            largest, median = page_sizes(site)
            rows.append((count, statistics.median(walls), in_process, events, largest, median))
    base = rows[0][1]
    print("\nBuild time and page size")
    print("| terms | `mkdocs build` (s, median) | x vs first | largest term page (KB) | median term page (KB) |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    for count, wall, _, _, largest, median in rows:
        print(f"| {count} | {wall:.2f} | {wall / base:.1f} | {largest / 1024:.1f} | {median / 1024:.1f} |")
    print("\nTime inside the glossary hook, as a share of an in-process build")
    print(
        "| terms | build (s) | hook, all | glue: parse, validate, nav, listings (files, nav, page_markdown) "
        "| math + preview marks (page_content) | HTML compaction (post_page) | exports + redirects (post_build) |"
    )
    print("| ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for count, _, in_process, events, _, _ in rows:
        glue = sum(
            seconds for event, seconds in events.items() if event not in ("page_content", "post_page", "post_build")
        )

        def share(seconds: float, total: float = in_process) -> str:
            return f"{seconds:.2f} s ({seconds / total:.1%})"

        print(
            f"| {count} | {in_process:.2f} | {share(sum(events.values()))} | {share(glue)} "
            f"| {share(events.get('page_content', 0))} | {share(events.get('post_page', 0))} "
            f"| {share(events.get('post_build', 0))} |"
        )


if __name__ == "__main__":
    main()
