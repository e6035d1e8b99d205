"""Create, update, archive and delete any record: validated, in one transaction, audited."""

from __future__ import annotations

from sqlalchemy import select

from ..base import Archivable, Base
from ..errors import NotFoundError, ReferencedError, ValidationError
from ..model import Member, Organisation, Person
from ..rules import RULES
from ..validation import normalise_phone, normalise_typed_text
from .operation import operation

_PHONE_FIELDS = ("phone", "emergency_contact_phone")


def _column_values(record: Base) -> dict[str, object]:
    return {c.key: getattr(record, c.key) for c in record.__table__.columns}


def _phone_region(session, model: type[Base], values: dict[str, object]) -> str | None:
    """Numbers typed without a country code are read as numbers of the record's country."""
    if model is Person:
        if values.get("member_id"):
            return session.scalar(select(Member.country).where(Member.id == values["member_id"]))
        if values.get("organisation_id"):
            return session.scalar(select(Organisation.country).where(Organisation.id == values["organisation_id"]))
        return None
    return values.get("country")


def _validate(session, model: type[Base], values: dict[str, object]) -> dict[str, object]:
    """Check the merged values; return them normalised (phones in E.164)."""
    rule = RULES.get(model)
    if rule is None:
        return values
    region = _phone_region(session, model, values)
    normalise_typed_text(values, region)  # ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ typed with the IME on is taro@example.jp
    problems = rule(values, region=region) if model is Person else rule(values)
    if problems:
        raise ValidationError(problems)
    for name in _PHONE_FIELDS:
        if values.get(name):
            values[name] = normalise_phone(str(values[name]), region)
    return values


def _get(session, model: type[Base], record_id: int) -> Base:
    record = session.get(model, record_id)
    if record is None:
        raise NotFoundError(f"No {model.__tablename__.replace('_', ' ')} #{record_id}")
    return record


def create_record(store, model: type[Base], values: dict[str, object], *, actor: str | None = None) -> int:
    with operation(store, f"{model.__tablename__}.create", actor=actor) as op:
        defaults = {c.key: None for c in model.__table__.columns}
        merged = _validate(op.session, model, {**defaults, **values})
        record = model(**{k: merged[k] for k in values})
        op.create(record)
        return record.id


def update_record(store, model: type[Base], record_id: int, changes: dict[str, object], *,
                  expected_version: int, actor: str | None = None) -> dict[str, tuple[object, object]]:
    """Apply ``changes`` to the record the caller read at ``expected_version`` (ConflictError if stale)."""
    with operation(store, f"{model.__tablename__}.update", actor=actor) as op:
        record = _get(op.session, model, record_id)
        merged = _validate(op.session, model, {**_column_values(record), **changes})
        return op.update(record, {k: merged[k] for k in changes}, expected_version=expected_version)


def archive_record(store, model: type[Archivable], record_id: int, *, expected_version: int,
                   actor: str | None = None) -> None:
    with operation(store, f"{model.__tablename__}.archive", actor=actor) as op:
        op.archive(_get(op.session, model, record_id), expected_version=expected_version)


def delete_record(store, model: type[Base], record_id: int, *, expected_version: int,
                  actor: str | None = None) -> None:
    """Delete a record nothing refers to; one that is referred to must be archived instead."""
    with operation(store, f"{model.__tablename__}.delete", actor=actor) as op:
        record = _get(op.session, model, record_id)
        referrers = _referrers(op.session, record)
        if referrers:
            raise ReferencedError(
                f"It is still referred to by {', '.join(referrers)}; archive it instead of deleting it.")
        op.delete(record, expected_version=expected_version)


def _referrers(session, record: Base) -> list[str]:
    """Tables whose rows point at this record through a foreign key that does not cascade."""
    found = []
    target = record.__table__
    for table in Base.metadata.sorted_tables:
        for fk in table.foreign_keys:
            if fk.column.table is target and fk.ondelete != "CASCADE" and table is not target:
                count = session.execute(
                    select(fk.parent).where(fk.parent == getattr(record, fk.column.key)).limit(1)).first()
                if count is not None:
                    found.append(table.name.replace("_", " "))
    return sorted(set(found))
