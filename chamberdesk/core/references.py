"""Resolve what a user typed (an id or part of a title) to exactly one record."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from .base import Base
from .errors import AmbiguousError, NotFoundError
from .listing import title_matches

MAX_CANDIDATES_SHOWN = 20


def resolve_reference(session: Session, model: type[Base], reference: str) -> int:
    """Digits only: the id. Otherwise a case-insensitive substring of the Latin or local title
    that matches exactly one record; none or several raise with the candidates listed."""
    noun = model.__tablename__.replace("_", " ")
    text = reference.strip()
    if text.isdigit():
        if session.get(model, int(text)) is None:
            raise NotFoundError(f"No {noun} with id {text}.")
        return int(text)
    if not text:
        article = "an" if noun[0] in "aeiou" else "a"
        raise NotFoundError(f"Give {article} {noun} id or part of its title.")
    matches = title_matches(session, model, text)
    if len(matches) == 1:
        return matches[0]
    if not matches:
        everything = session.execute(select(model.id, model.title, model.title_local).order_by(model.id))
        raise AmbiguousError(f"No {noun} title contains '{text}'.", [_label(*r) for r in everything][
            :MAX_CANDIDATES_SHOWN])
    rows = session.execute(select(model.id, model.title, model.title_local).where(model.id.in_(matches))
                           .order_by(model.id))
    raise AmbiguousError(f"'{text}' matches {len(matches)} {noun}s; give the id or more of the title.",
                         [_label(*r) for r in rows][:MAX_CANDIDATES_SHOWN])


def _label(record_id: int, title: str, title_local: str | None) -> str:
    return f"{record_id}: {title}" + (f" / {title_local}" if title_local else "")
