"""The one error type the glossary raises for bad content."""

from __future__ import annotations


class GlossaryError(ValueError):
    """Bad input in one file: names the file, the field, what is wrong and how to fix it."""

    def __init__(self, path: str, field: str | None, problem: str, hint: str | None = None):
        self.path = path
        self.field = field
        self.problem = problem
        self.hint = hint
        where = f"{path}: field '{field}'" if field else path
        message = f"{where}: {problem}"
        if hint:
            message += f" ({hint})"
        super().__init__(message)
