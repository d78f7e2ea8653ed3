"""The browser tests find a browser where they run: MMG_BROWSER, Debian's chromium, or a runner's Chrome."""

import os

import pytest
from browser_path import browser_executable


def fake_executables(folder, *names):
    for name in names:
        path = folder / name
        path.write_text("#!/bin/sh\n")
        path.chmod(0o755)
    return str(folder)


def test_mmg_browser_wins(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", fake_executables(tmp_path, "chromium", "my-chrome"))
    monkeypatch.setenv("MMG_BROWSER", "my-chrome")
    assert browser_executable() == os.path.join(tmp_path, "my-chrome")


def test_debian_chromium_then_a_preinstalled_google_chrome(tmp_path, monkeypatch):
    monkeypatch.delenv("MMG_BROWSER", raising=False)
    monkeypatch.setenv("PATH", fake_executables(tmp_path, "chromium", "google-chrome"))
    assert browser_executable() == os.path.join(tmp_path, "chromium")
    (tmp_path / "chromium").unlink()
    assert browser_executable() == os.path.join(tmp_path, "google-chrome")


def test_no_browser_or_a_wrong_name_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("MMG_BROWSER", raising=False)
    with pytest.raises(RuntimeError, match="set MMG_BROWSER"):
        browser_executable()
    monkeypatch.setenv("MMG_BROWSER", "no-such-browser")
    with pytest.raises(RuntimeError, match="'no-such-browser' is not an executable"):
        browser_executable()
