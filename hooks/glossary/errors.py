"""The error types the glossary raises for bad content, and a collector that reports them all at once."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

T = TypeVar("T")


class GlossaryError(ValueError):
    """Bad input in one file: names the file, the field, what is wrong and how to fix it."""

    def __init__(self, path: str, field: str | None, problem: str, hint: str | None = None):
        self.path = path
        self.field = field
        self.problem = problem
        self.hint = hint
        super().__init__(self.describe())

    def describe(self) -> str:
        where = f"{self.path}: field '{self.field}'" if self.field else self.path
        return f"{where}: {self.problem}" + (f" ({self.hint})" if self.hint else "")


class GlossaryErrors(GlossaryError):
    """Several problems, possibly in several files: a contributor fixes them all after one build."""

    def __init__(self, errors: list[GlossaryError]):
        self.errors = errors
        first = errors[0]
        super().__init__(first.path, first.field, first.problem, first.hint)

    def describe(self) -> str:
        lines = "\n".join(f"  - {error.describe()}" for error in self.errors)
        return f"{len(self.errors)} problems in the glossary's pages:\n{lines}"


class Problems:
    """Collects the problems of many checks, then fails once with all of them."""

    def __init__(self) -> None:
        self.errors: list[GlossaryError] = []

    def add(self, error: GlossaryError) -> None:
        self.errors.extend(error.errors if isinstance(error, GlossaryErrors) else [error])

    def attempt(self, check: Callable[..., T], *args, **kwargs) -> T | None:
        """The check's result, or None after recording the problem it raised."""
        try:
            return check(*args, **kwargs)
        except GlossaryError as error:
            self.add(error)
            return None

    def raise_if_any(self) -> None:
        if len(self.errors) == 1:
            raise self.errors[0]
        if self.errors:
            raise GlossaryErrors(list(self.errors))
