"""A real browser on the built site: Debian's Chromium driven by Playwright, served on loopback."""

from __future__ import annotations

import functools
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

import pytest
from playwright.sync_api import sync_playwright
from sitebuild import ROOT, build_or_fail

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


PREFIX = "/glossary/"


class SubPathHandler(SimpleHTTPRequestHandler):
    """Serves the site under PREFIX, like a project site on a static host; 404 elsewhere."""

    def translate_path(self, path):
        if not path.startswith(PREFIX):
            return str(Path(self.directory) / "__outside_the_site__")
        return super().translate_path("/" + path[len(PREFIX) :])

    def send_error(self, code, message=None, explain=None):
        not_found = Path(self.directory) / "404.html"
        if code == 404 and not_found.is_file():
            body = not_found.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
            return
        super().send_error(code, message, explain)

    def log_message(self, format, *args):
        pass


@pytest.fixture(scope="session")
def hosted_site(tmp_path_factory):
    """The real site built for, and served at, http://127.0.0.1:PORT/glossary/ (a sub-path)."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), SubPathHandler)
    base_url = f"http://127.0.0.1:{server.server_address[1]}{PREFIX}"
    site = build_or_fail(ROOT, tmp_path_factory.mktemp("hosted-site"), site_url=base_url)
    server.RequestHandlerClass = functools.partial(SubPathHandler, directory=str(site))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield site, base_url
    server.shutdown()


@pytest.fixture(scope="session")
def base_url(hosted_site):
    return hosted_site[1]


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Tab:
    """A page plus what it did: console errors and every request's host."""

    def __init__(self, page, base_url):
        self.page = page
        self.base_url = base_url
        self.console_errors: list[str] = []
        self.foreign_requests: list[str] = []
        own_host = urlparse(base_url).netloc
        page.on("console", lambda message: message.type == "error" and self.console_errors.append(message.text))
        page.on("pageerror", lambda error: self.console_errors.append(str(error)))

        def record(request):
            parsed = urlparse(request.url)
            if parsed.scheme in ("http", "https") and parsed.netloc != own_host:
                self.foreign_requests.append(request.url)

        page.on("request", record)

    def open(self, path: str = ""):
        self.page.goto(self.base_url + path, wait_until="networkidle")
        return self.page


@pytest.fixture
def tab(browser, base_url):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    yield Tab(page, base_url)
    context.close()


@pytest.fixture
def phone_tab(browser, base_url):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    page = context.new_page()
    yield Tab(page, base_url)
    context.close()
