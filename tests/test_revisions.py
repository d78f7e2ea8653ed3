import subprocess

from glossary.revisions import last_changed_dates, parse_git_log


def test_newest_commit_wins_and_other_folders_are_ignored():
    log = "\x002026-11-20\ndocs/terms/clip.md\nREADME.md\n\n\x002026-10-01\ndocs/terms/clip.md\ndocs/terms/siglip.md\n"
    assert parse_git_log(log, "docs/") == {"terms/clip.md": "2026-11-20", "terms/siglip.md": "2026-10-01"}


def test_reads_dates_from_a_real_repository(tmp_path):
    docs = tmp_path / "docs"
    (docs / "terms").mkdir(parents=True)
    (docs / "terms" / "a.md").write_text("a")
    env = {"GIT_COMMITTER_DATE": "2025-03-04T12:00:00", "GIT_AUTHOR_DATE": "2025-03-04T12:00:00"}

    def git(*args):
        subprocess.run(
            ["git", *args], cwd=tmp_path, check=True, capture_output=True, env={**env, "HOME": str(tmp_path)}
        )

    git("init", "-q")
    git("add", ".")
    git("-c", "user.name=T", "-c", "user.email=t@example.org", "commit", "-qm", "add a")
    assert last_changed_dates(docs) == {"terms/a.md": "2025-03-04"}


def test_outside_git_there_are_no_dates(tmp_path):
    assert last_changed_dates(tmp_path) == {}
