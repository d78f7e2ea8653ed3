"""A real browser on the built site: Debian's Chromium driven by Playwright, served on loopback."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from browser_path import browser_executable
from pages import open_page
from playwright.sync_api import sync_playwright

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def base_url(hosted_site):
    return hosted_site[1]


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=browser_executable(), args=CHROMIUM_ARGS)
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
        return open_page(self.page, self.base_url + path)


@pytest.fixture
def new_context(browser):
    """Opens browser contexts for one test and closes every one of them, pass or fail."""
    contexts = []

    def open_context(**options):
        contexts.append(browser.new_context(**options))
        return contexts[-1]

    yield open_context
    for context in contexts:
        context.close()


@pytest.fixture
def tab(new_context, base_url):
    return Tab(new_context(viewport={"width": 1280, "height": 900}).new_page(), base_url)


@pytest.fixture
def phone_tab(new_context, base_url):
    context = new_context(viewport={"width": 390, "height": 844}, is_mobile=True, has_touch=True)
    return Tab(context.new_page(), base_url)
