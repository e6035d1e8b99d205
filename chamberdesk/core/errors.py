"""Errors a service reports; each carries a message meant for the person at the keyboard."""

from __future__ import annotations

from dataclasses import dataclass


class ServiceError(Exception):
    """Base of every error a user can cause."""


@dataclass(frozen=True)
class Problem:
    field: str
    message: str
    row: int | None = None  # 1 = the header line of an imported file
    source: str | None = None  # the file or record the problem is in

    def __str__(self) -> str:
        where = []
        if self.source:
            where.append(self.source)
        if self.row is not None:
            where.append(f"row {self.row}")
        where.append(f"field '{self.field}'")
        return f"{', '.join(where)}: {self.message}"


class ValidationError(ServiceError):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))

    def for_field(self, field: str) -> list[str]:
        return [p.message for p in self.problems if p.field == field]


class ConflictError(ServiceError):
    """Somebody else changed the record since it was read; the change was not applied."""


class NotFoundError(ServiceError):
    pass


class AmbiguousError(ServiceError):
    def __init__(self, message: str, candidates: list[str]) -> None:
        self.candidates = candidates
        super().__init__(message)


class ReferencedError(ServiceError):
    """A record others refer to cannot be deleted; archive it instead."""
