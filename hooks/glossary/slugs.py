"""Turn a name into the slug used in URLs: 'Vision-Language Model' -> 'vision-language-model'."""

from __future__ import annotations

import re
import unicodedata


def slugify(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
