"""Shared fixtures: the real site and the site with fixture terms, each built once per session."""

from __future__ import annotations

import functools
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
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
