"""Search index size and the bytes a page view transfers before the reader interacts.

Builds the real site, and copies of it with 300 and 1000 synthetic terms whose bodies are
the real pages' bodies (so the index holds realistic text), then for each:
- the size of the full index the search worker loads on first use, raw and gzip-compressed,
  and of the stub every page fetches;
- the bytes a browser transfers for a concept page before any interaction (served gzip-
  compressed, as a static host does), and the bytes the first search adds.
Prints Markdown tables for RESULTS.md. Usage:

    .venv/bin/python benchmarks/search_size.py [--sizes 300 1000]
"""

from __future__ import annotations

import argparse
import gzip
import os
import platform
import re
import sys
import tempfile
import threading
from http.server import ThreadingHTTPServer
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE))
from browser_path import browser_executable  # noqa: E402
from build_scaling import CATEGORIES  # noqa: E402
from lighthouse import gzip_handler  # noqa: E402
from sitebuild import ROOT, TERM_FILES, build_or_fail, copy_site  # noqa: E402

# Link targets point outside the copy: a synthetic page links nowhere the strict build would check.
_LINK_TARGET = re.compile(r"\]\((?!https?://)[^)\s]+\)")
_FIGURE = re.compile(r"<figure.*?</figure>", re.DOTALL)


def real_bodies() -> list[str]:
    """The real pages' bodies without links and figures, so synthetic pages build on their own."""
    bodies = []
    for path in TERM_FILES:
        body = path.read_text(encoding="utf-8").split("---", 2)[2]
        body = _FIGURE.sub("", body)
        body = _LINK_TARGET.sub("](https://example.org/)", body)
        bodies.append(body.split("\n", 2)[2] if body.lstrip().startswith("#") else body)
    return bodies


def synthetic_project(count: int, workdir: Path) -> Path:
    terms = workdir / f"terms-{count}"
    terms.mkdir()
    bodies = real_bodies()
    for index in range(count):
        category = CATEGORIES[index % len(CATEGORIES)]
        (terms / f"term-{index:04d}.md").write_text(
            f"""---
title: Term {index:04d}
abbreviation: T{index:04d}
aliases: [Synthetic Term {index:04d}]
keywords: [Bench Model {index:04d}]
summary: Synthetic term number {index} used to measure the search index.
category: {category}
papers:
  - title: "Synthetic"
    authors: Bench et al.
    year: 2024
    arxiv: "2401.00001"
reviewed: 2026-12
---

# Term {index:04d}

{bodies[index % len(bodies)]}
""",
            encoding="utf-8",
        )
    return copy_site(workdir / f"project-{count}", terms_from=terms)


def counting_handler(site: Path, served: list[int]):
    """The gzip-serving handler, counting the bytes of every response body it sends."""

    class Handler(gzip_handler(site)):
        def send_head(self):
            body = super().send_head()
            if body is not None:
                position = body.tell()
                served.append(len(body.read()))
                body.seek(position)
            return body

    return Handler


def transfers(site: Path, page_path: str) -> tuple[int, int]:
    """(bytes before interaction, bytes the first search adds) for one page, gzip-served.

    Counted by the server, so the search worker's own requests are included.
    """
    from playwright.sync_api import sync_playwright

    served: list[int] = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), counting_handler(site, served))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/{page_path}"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=browser_executable(), args=["--no-sandbox"])
            page = browser.new_page()
            page.goto(url, wait_until="load")
            page.wait_for_timeout(1500)
            before = sum(served)
            page.locator("input.md-search__input").click()
            page.locator("input.md-search__input").fill("clip")
            page.locator("input.md-search__input").press("End")
            page.locator(".md-search-result__item").first.wait_for(timeout=60_000)
            page.wait_for_timeout(500)
            after = sum(served)
            browser.close()
    finally:
        server.shutdown()
    return before, after - before


def measure(site: Path, page_path: str) -> dict:
    full = (site / "search" / "glossary_index.json").read_bytes()
    stub = (site / "search" / "search_index.json").read_bytes()
    before, search = transfers(site, page_path)
    return {
        "full_raw": len(full),
        "full_gzip": len(gzip.compress(full, mtime=0)),
        "stub_gzip": len(gzip.compress(stub, mtime=0)),
        "before": before,
        "search": search,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[300, 1000])
    args = parser.parse_args()
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}")
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        real = build_or_fail(ROOT, workdir / "site-real", site_url="http://127.0.0.1/")
        rows.append((f"real site ({len(TERM_FILES)} terms)", measure(real, "terms/clip/")))
        for count in args.sizes:
            site = build_or_fail(
                synthetic_project(count, workdir), workdir / f"site-{count}", site_url="http://127.0.0.1/"
            )
            rows.append((f"{count} synthetic terms", measure(site, "terms/term-0000/")))
    print(
        "\n| glossary | full index, raw (KB) | full index, gzip (KB) | stub every page fetches, gzip (KB) "
        "| concept page before interaction (KB) | first search adds (KB) |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for label, m in rows:
        print(
            f"| {label} | {m['full_raw'] / 1024:.1f} | {m['full_gzip'] / 1024:.1f} | {m['stub_gzip'] / 1024:.2f} "
            f"| {m['before'] / 1024:.1f} | {m['search'] / 1024:.1f} |"
        )


if __name__ == "__main__":
    main()
