"""When each page last changed, from git history: one `git log` call for the whole docs folder."""

from __future__ import annotations

import subprocess
from pathlib import Path

_COMMIT_MARK = "\x00"


def parse_git_log(log: str, docs_prefix: str) -> dict[str, str]:
    """{src_uri: 'YYYY-MM-DD'} from `git log --format=%x00%cs --name-only`, newest commit first."""
    dates: dict[str, str] = {}
    date = ""
    for line in log.splitlines():
        if line.startswith(_COMMIT_MARK):
            date = line[1:].strip()
        elif line.startswith(docs_prefix) and date:
            dates.setdefault(line[len(docs_prefix) :], date)
    return dates


def last_changed_dates(docs_dir: Path) -> dict[str, str]:
    """Dates for the files under docs_dir; empty outside a git checkout (e.g. a copied tree).

    In a shallow clone the history stops at the fetched commits, so older pages show the
    date of the oldest fetched commit that touched them, or none; publish from a full clone.
    """
    try:
        top = subprocess.run(
            ["git", "rev-parse", "--show-toplevel"], cwd=docs_dir, capture_output=True, text=True, check=True
        ).stdout.strip()
        log = subprocess.run(
            ["git", "log", "--format=%x00%cs", "--name-only", "--no-renames", "--", "."],
            cwd=docs_dir,
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return {}
    prefix = docs_dir.resolve().relative_to(Path(top).resolve()).as_posix() + "/"
    return parse_git_log(log, prefix)
