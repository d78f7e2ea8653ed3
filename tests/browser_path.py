"""Which Chromium-family browser the browser tests and benchmarks drive.

MMG_BROWSER names it explicitly (CI elsewhere); otherwise Debian's `chromium`, then a Google
Chrome as GitHub's Ubuntu runners preinstall it (Ubuntu's own chromium is a snap that
Playwright cannot drive headless).
"""

from __future__ import annotations

import os
import shutil

FALLBACKS = ("chromium", "google-chrome", "google-chrome-stable", "chrome")


def browser_executable() -> str:
    explicit = os.environ.get("MMG_BROWSER")
    if explicit:
        path = shutil.which(explicit)
        if not path:
            raise RuntimeError(f"MMG_BROWSER={explicit!r} is not an executable")
        return path
    for name in FALLBACKS:
        path = shutil.which(name)
        if path:
            return path
    raise RuntimeError(
        "no Chromium-family browser found: run `make chromium` (Debian) or set MMG_BROWSER to a Chrome or Chromium"
    )
