"""Lighthouse scores and transfer sizes for the home, a category and a concept page.

Builds the site for http://127.0.0.1:PORT/, serves it with gzip compression (as a static
host would), and runs Lighthouse 12.2.3 with Debian's Chromium (or MMG_BROWSER), mobile and desktop presets.
Prints a Markdown table for RESULTS.md. Usage:

    .venv/bin/python benchmarks/lighthouse.py
"""

from __future__ import annotations

import gzip
import io
import json
import os
import platform
import subprocess
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
from browser_path import browser_executable  # noqa: E402
from sitebuild import ROOT, build_or_fail  # noqa: E402

PAGES = {"home": "", "category": "categories/multimodal/", "concept": "terms/clip/"}
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --disable-sync --no-first-run"
COMPRESSIBLE = (".html", ".css", ".js", ".json", ".svg", ".xml", ".txt", ".inv")


def gzip_handler(directory: Path):
    class Handler(SimpleHTTPRequestHandler):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, directory=str(directory), **kwargs)

        def send_head(self):
            path = Path(self.translate_path(self.path))
            if path.is_dir():
                path = path / "index.html"
            wants_gzip = "gzip" in self.headers.get("Accept-Encoding", "")
            if not (wants_gzip and path.is_file() and path.suffix in COMPRESSIBLE):
                return super().send_head()
            body = gzip.compress(path.read_bytes(), mtime=0)
            self.send_response(200)
            self.send_header("Content-Type", self.guess_type(str(path)))
            self.send_header("Content-Encoding", "gzip")
            self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "max-age=3600")
            self.end_headers()
            return io.BytesIO(body)

        def log_message(self, format, *args):
            pass

    return Handler


def ensure_lighthouse() -> Path:
    binary = HERE / "node_modules" / ".bin" / "lighthouse"
    if not binary.exists():
        subprocess.run(["npm", "install", "--no-audit", "--no-fund"], cwd=HERE, check=True)
    return binary


def run_lighthouse(binary: Path, url: str, preset: str, output: Path) -> dict:
    command = [
        str(binary),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={output}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    command.append(f"--only-categories={','.join(CATEGORIES)}")
    if preset == "desktop":
        command.append("--preset=desktop")
    env = {**os.environ, "CHROME_PATH": browser_executable()}
    subprocess.run(command, check=True, env=env, timeout=300)
    return json.loads(output.read_text())


def summarize(report: dict) -> dict:
    scores = {name: round(report["categories"][name]["score"] * 100) for name in CATEGORIES}
    requests = report["audits"]["network-requests"]["details"]["items"]
    total = sum(item.get("transferSize", 0) for item in requests)
    search = sum(item.get("transferSize", 0) for item in requests if "/search/" in item["url"])
    # Which weighted audits cost points outside performance, so a score under 100 can be acted on.
    failing = sorted(
        {
            ref["id"]
            for name in CATEGORIES
            if name != "performance"
            for ref in report["categories"][name]["auditRefs"]
            if ref["weight"] > 0 and (report["audits"][ref["id"]]["score"] or 0) < 1
        }
    )
    return {**scores, "total_kb": total / 1024, "without_search_kb": (total - search) / 1024, "failing": failing}


def main() -> None:
    binary = ensure_lighthouse()
    server = ThreadingHTTPServer(("127.0.0.1", 0), SimpleHTTPRequestHandler)
    base_url = f"http://127.0.0.1:{server.server_address[1]}/"
    with tempfile.TemporaryDirectory() as tmp:
        site = build_or_fail(ROOT, Path(tmp) / "site", site_url=base_url)
        server.RequestHandlerClass = gzip_handler(site)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        version = subprocess.run([str(binary), "--version"], capture_output=True, text=True).stdout.strip()
        chromium = subprocess.run([browser_executable(), "--version"], capture_output=True, text=True).stdout.strip()
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores; Lighthouse {version}; {chromium}\n")
        print(
            "| page | preset | performance | accessibility | best practices | SEO | transferred (KB) | without search index (KB) |"
        )
        print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
        failures = []
        for name, path in PAGES.items():
            for preset in ("mobile", "desktop"):
                report = run_lighthouse(binary, base_url + path, preset, Path(tmp) / f"{name}-{preset}.json")
                row = summarize(report)
                print(
                    f"| {name} (`/{path}`) | {preset} | {row['performance']} | {row['accessibility']} "
                    f"| {row['best-practices']} | {row['seo']} | {row['total_kb']:.1f} | {row['without_search_kb']:.1f} |",
                    flush=True,
                )
                if row["failing"]:
                    failures.append(f"{name} {preset}: {', '.join(row['failing'])}")
        for failure in failures:
            print(f"\nfailing audits, {failure}")
    server.shutdown()


if __name__ == "__main__":
    main()
