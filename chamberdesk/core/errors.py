"""Errors a service reports; each carries a message meant for the person at the keyboard.

Those made from a ``Refusal`` (``core.messages``) also carry its code and parameters, so the
interface can say the same in its own language; their English text is the refusal's.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from .messages import Refusal


def _refusal_of(error: Exception) -> Refusal | None:
    # Kept as the error's argument, so that the error pickles (a worker process sends it back) as it was.
    return error.args[0] if len(error.args) == 1 and isinstance(error.args[0], Refusal) else None


class ServiceError(Exception):
    """Base of every error a user can cause: ServiceError("text") or ServiceError(refusal)."""

    refusal = property(_refusal_of)


class InvalidValue(ValueError):
    """A typed value that cannot be read (a date, a number, a phone number): InvalidValue(refusal)."""

    refusal = property(_refusal_of)


@dataclass(frozen=True)
class Problem:
    field: str
    message: str  # English, for the command line and logs
    row: int | None = None  # 1 = the header line of an imported file
    source: str | None = None  # the file or record the problem is in
    code: str | None = None  # core.messages: the interface translates by it
    params: Mapping[str, object] = dataclass_field(default_factory=dict, hash=False)
    warning: bool = False  # reported, but does not stop what was asked

    @classmethod
    def of(cls, field: str, refusal: Refusal, row: int | None = None, source: str | None = None, *,
           warning: bool = False) -> Problem:
        return cls(field, refusal.message, row, source, refusal.code, refusal.params, warning)

    @property
    def refusal(self) -> Refusal | None:
        return Refusal(self.code, self.params) if self.code else None

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

    def __reduce__(self):  # pickled with its problems (a worker process sends it back), not its text
        return type(self), (self.problems,)


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
