"""A real browser on the built site: Debian's Chromium driven by Playwright, served on loopback."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
from browser_path import browser_executable
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
