"""`make new TERM="Some Term" CATEGORY=multimodal`: create docs/terms/<slug>.md from the template."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))  # run as a script: import the package beside it

from glossary.errors import GlossaryError
from glossary.loader import load_glossary, read_sources
from glossary.scaffold import check_new_name, new_term_page


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("title")
    parser.add_argument("category")
    parser.add_argument("--docs", type=Path, default=Path("docs"))
    args = parser.parse_args(argv)
    title, category = args.title.strip(), args.category.strip()
    terms_dir = args.docs / "terms"

    try:
        glossary = load_glossary(*read_sources(args.docs), include_drafts=True)
        slug = check_new_name(title, category, glossary)
    except GlossaryError as error:
        print(f"make new: {error}", file=sys.stderr)
        return 1
    page = terms_dir / f"{slug}.md"
    template = (terms_dir / "_template.md").read_text(encoding="utf-8")
    page.write_text(new_term_page(template, title, category), encoding="utf-8")
    print(
        f"created {page} as a draft: `make serve` shows it, the published site leaves it out.\n"
        "Replace every value the template filled in, write the body, then delete the 'draft: true' line."
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
