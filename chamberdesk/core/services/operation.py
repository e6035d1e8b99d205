"""One service call = one audited operation in one transaction.

Entries record create/delete with a snapshot of the record, update and move field by field
(old → new), which is what undo needs; undo is itself an operation.
"""

from __future__ import annotations

import getpass
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from sqlalchemy import delete as sql_delete
from sqlalchemy import insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from ..base import Base, Record, utc_now
from ..enums import AuditAction
from ..errors import ConflictError, NotFoundError, ServiceError
from ..model import AuditEntry, AuditOperation
from ..search import index as search_index
from ..search.documents import DERIVED
from .audit_codec import decode, encode, restore_values, snapshot, snapshot_of_values

_UNAUDITED_FIELDS = {"version", "updated_at", "created_at", "search_key", "sort_name", "sort_local"}


def current_actor() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name (some service accounts): still record something
        return "unknown"


@dataclass
class Operation:
    session: Session
    record: AuditOperation
    changed: list[tuple[str, int]] = field(default_factory=list)

    @property
    def id(self) -> int:
        return self.record.id

    def _entry(self, action: AuditAction, entity: str, entity_id: int, field_name: str | None = None,
               old: str | None = None, new: str | None = None) -> None:
        self.session.add(AuditEntry(operation_id=self.record.id, action=action, entity=entity,
                                    entity_id=entity_id, field=field_name, old_value=old, new_value=new))
        self.changed.append((entity, entity_id))

    def create(self, record: Base) -> Base:
        self.session.add(record)
        self.session.flush()
        self._entry(AuditAction.CREATE, record.__tablename__, record.id, new=snapshot(record))
        return record

    def update(self, record: Base, changes: dict[str, object], *,
               expected_version: int | None = None) -> dict[str, tuple[object, object]]:
        """Apply changes; refuse when the caller's copy is older than the stored record."""
        if expected_version is not None:
            check_version(record, expected_version)
        columns = record.__table__.columns
        applied: dict[str, tuple[object, object]] = {}
        for name, new in changes.items():
            if name not in columns or name in _UNAUDITED_FIELDS or name == "id":
                raise ServiceError(f"{record.__tablename__} has no editable field '{name}'")
            old = getattr(record, name)
            if old == new:
                continue
            setattr(record, name, new)
            applied[name] = (old, new)
            self._entry(AuditAction.UPDATE, record.__tablename__, record.id, name, encode(old), encode(new))
        if applied:
            self.session.flush()
        return applied

    def move(self, record: Base, field_name: str, new: object) -> None:
        """Re-point a relationship (a merge moves persons to the member kept)."""
        old = getattr(record, field_name)
        if old == new:
            return
        setattr(record, field_name, new)
        self._entry(AuditAction.MOVE, record.__tablename__, record.id, field_name, encode(old), encode(new))

    def archive(self, record: Base, *, expected_version: int | None = None) -> None:
        self.update(record, {"archived_at": utc_now()}, expected_version=expected_version)

    def delete(self, record: Base, *, expected_version: int | None = None) -> None:
        if expected_version is not None:
            check_version(record, expected_version)
        self._entry(AuditAction.DELETE, record.__tablename__, record.id, old=snapshot(record))
        self.session.delete(record)
        self.session.flush()


def check_version(record: Base, expected_version: int) -> None:
    if isinstance(record, Record) and record.version != expected_version:
        raise ConflictError(
            f"{_describe(record)} was changed by someone else (version {record.version}, your copy "
            f"is version {expected_version}). Your change was not saved: reload the record and apply "
            "it again.")


def _describe(record: Base) -> str:
    label = getattr(record, "name", None) or getattr(record, "title", None)
    kind = record.__tablename__.replace("_", " ").capitalize()
    return f"{kind} '{label}'" if label else f"{kind} #{record.id}"


@contextmanager
def operation(store, action: str, *, actor: str | None = None, summary: str | None = None,
              undoes: int | None = None) -> Iterator[Operation]:
    """Run the body in one transaction under one audit operation; nothing is written on error."""
    with store.session() as session:
        try:
            with session.begin():
                record = AuditOperation(actor=actor or current_actor(), action=action, summary=summary,
                                        undoes_id=undoes)
                session.add(record)
                session.flush()
                yield Operation(session, record)
        except StaleDataError:
            raise ConflictError("The record was changed by someone else while you were editing it; "
                                "nothing was saved. Reload and try again.") from None
        except IntegrityError as exc:
            raise ServiceError(f"The change breaks a rule of the database: {_integrity_reason(exc)}") from None


def _integrity_reason(exc: IntegrityError) -> str:
    text = str(exc.orig)
    if "UNIQUE" in text.upper():
        return f"a record with the same unique value already exists ({text})"
    if "FOREIGN KEY" in text.upper():
        return "it refers to a record that does not exist or is still referred to"
    return text


def undo(store, operation_id: int, *, actor: str | None = None) -> int:
    """Reverse an operation; refused with a ConflictError if its records changed since."""
    with store.read() as session:
        original = session.get(AuditOperation, operation_id)
        if original is None:
            raise NotFoundError(f"No operation #{operation_id} in the audit log")
        entries = list(original.entries)
        already = session.scalar(select(AuditOperation.id).where(AuditOperation.undoes_id == operation_id))
    if already is not None:
        raise ConflictError(f"Operation #{operation_id} was already undone by operation #{already}")
    tables = Base.metadata.tables
    with operation(store, "undo", actor=actor, summary=f"undo of #{operation_id} ({original.action})",
                   undoes=operation_id) as op:
        connection = op.session.connection()
        if original.action == BULK_CREATION and all(e.action is AuditAction.CREATE for e in entries):
            _undo_creations(op, connection, entries)
            return op.id
        # Plain SQL bypasses the ORM events that keep search and sort keys: take the records out of
        # the index before changing them, and recompute and index them again afterwards.
        indexed: dict[str, set[int]] = {kind: set() for kind in search_index.KINDS}
        removed: dict[str, set[int]] = {kind: set() for kind in search_index.KINDS}  # nothing to index again
        for run in _runs(reversed(entries)):
            entry = run[0]
            if entry.entity in indexed and entry.entity_id not in indexed[entry.entity]:
                indexed[entry.entity].add(entry.entity_id)
                search_index.forget(connection, entry.entity, [entry.entity_id])
            table = tables[entry.entity]
            if entry.entity == "setting":
                _undo_setting(connection, table, entry)
                op._entry(entry.action, entry.entity, 0, entry.field, entry.new_value, entry.old_value)
                continue
            key = table.c.id
            if entry.action is AuditAction.CREATE:
                created = entry.new_value or _snapshots(connection, table, [entry.entity_id])[entry.entity_id]
                connection.execute(sql_delete(table).where(key == entry.entity_id))
                if entry.entity in indexed:
                    removed[entry.entity].add(entry.entity_id)
                op._entry(AuditAction.DELETE, entry.entity, entry.entity_id, old=created)
            elif entry.action is AuditAction.DELETE:
                restored = restore_values(table, entry.old_value)
                if entry.entity in indexed:  # snapshots older than the sort keys lack them
                    restored.update(DERIVED[entry.entity](restored))
                connection.execute(insert(table).values(**restored))
                op._entry(AuditAction.CREATE, entry.entity, entry.entity_id, new=entry.old_value)
            else:
                _undo_fields(op, connection, table, run, operation_id)
        for kind, record_ids in indexed.items():
            search_index.refresh(connection, kind, record_ids - removed[kind])
        return op.id


def _runs(entries):
    """Entries in runs: the field changes of one record in a row make one run (undone in one
    statement: a record's constraints hold between its fields, e.g. dues and their currency)."""
    run: list[AuditEntry] = []
    for entry in entries:
        if run and _is_field_change(entry) and _is_field_change(run[0]) and \
                (entry.entity, entry.entity_id) == (run[0].entity, run[0].entity_id):
            run.append(entry)
            continue
        if run:
            yield run
        run = [entry]
    if run:
        yield run


def _is_field_change(entry: AuditEntry) -> bool:
    return entry.entity != "setting" and entry.action not in (AuditAction.CREATE, AuditAction.DELETE)


def _undo_fields(op: Operation, connection, table, run: list[AuditEntry], operation_id: int) -> None:
    """Put back the old values of one record's fields (newest change first) in one UPDATE."""
    key = table.c.id
    record_id = run[0].entity_id
    values: dict[str, object] = {}
    for entry in run:
        column = table.c[entry.field]
        if entry.field not in values:  # the newest change of the field: the record must still hold it
            current = connection.execute(select(column).where(key == record_id)).scalar_one_or_none()
            if encode(current) != entry.new_value:
                raise ConflictError(
                    f"{entry.entity} #{record_id} field '{entry.field}' was changed after operation "
                    f"#{operation_id}; undo it by hand or restore a backup.")
        values[entry.field] = decode(column, entry.old_value)  # an older change of it: its older value
        op._entry(entry.action, entry.entity, record_id, entry.field, entry.new_value, entry.old_value)
    if "version" in table.c:
        values["version"] = table.c.version + 1
    connection.execute(update(table).where(key == record_id).values(**values))


BULK_CREATION = "member.import"  # operations that only create records, in dependency order
_CHUNK = 500


def _undo_creations(op: Operation, connection, entries: list[AuditEntry]) -> None:
    """Undo an import: delete what it created, a chunk of ids per statement, the referring kinds
    first (persons before the members they belong to; tags go with their member). Entry by entry,
    the undo of a 50,000-member import took minutes."""
    by_entity: dict[str, list[AuditEntry]] = {}
    for entry in reversed(entries):
        by_entity.setdefault(entry.entity, []).append(entry)
    referring_first = [table.name for table in reversed(Base.metadata.sorted_tables)]
    for entity in sorted(by_entity, key=referring_first.index):
        created = by_entity[entity]
        table = Base.metadata.tables[entity]
        for start in range(0, len(created), _CHUNK):
            chunk = created[start:start + _CHUNK]
            ids = [entry.entity_id for entry in chunk]
            stored = _snapshots(connection, table, [e.entity_id for e in chunk if e.new_value is None])
            if entity in search_index.KINDS:
                search_index.forget(connection, entity, ids)
            connection.execute(sql_delete(table).where(table.c.id.in_(ids)))
            connection.execute(insert(AuditEntry.__table__), [
                {"operation_id": op.id, "action": AuditAction.DELETE.value, "entity": entity,
                 "entity_id": entry.entity_id, "field": None,
                 "old_value": entry.new_value or stored[entry.entity_id], "new_value": None}
                for entry in chunk])
            op.changed.extend((entity, record_id) for record_id in ids)


def _snapshots(connection, table, record_ids: list[int]) -> dict[int, str]:
    """Snapshots of records as stored now, by id: a bulk import's CREATE entries carry none (the
    record is its own snapshot until it changes), so undoing one takes them before deleting."""
    if not record_ids:
        return {}
    rows = connection.execute(select(table).where(table.c.id.in_(record_ids))).mappings()
    return {row["id"]: snapshot_of_values(table, dict(row)) for row in rows}


def _undo_setting(connection, table, entry: AuditEntry) -> None:
    connection.execute(sql_delete(table).where(table.c.key == entry.field))
    if entry.old_value is not None:
        connection.execute(insert(table).values(key=entry.field, value=entry.old_value))
