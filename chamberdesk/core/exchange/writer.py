"""Writing an import plan in one operation: merges through the ORM (few, audited field by field),
new members, tags and contacts through batched Core inserts with one CREATE entry each."""

from __future__ import annotations

from collections import defaultdict
from contextlib import contextmanager

from sqlalchemy import insert, select

from ..base import new_uid, utc_now
from ..enums import AuditAction, MembershipStatus
from ..model import AuditEntry, Member, MemberTag, Person
from ..progress import MERGING, WRITING
from ..search import index as search_index
from ..search.documents import member_derived, person_derived
from ..services.operation import operation
from .bulk_sqlite import BulkWriter
from .rows import ImportRow

BATCH = 1000
_NOT_COPIED_ON_MERGE = {"uid", "dues_minor", "dues_currency"}


def _merge_rows(earlier: ImportRow, later: ImportRow) -> None:
    """Two rows of one file for one SME: the later row fills what the earlier lacks (as a merge into
    a member does: the first spelling stays), tags add up."""
    earlier.member.update({k: v for k, v in later.member.items()
                           if v is not None and k != "uid" and _empty(earlier.member.get(k))})
    earlier.tags += [tag for tag in later.tags if tag not in earlier.tags]
    if earlier.contact is None:
        earlier.contact = later.contact
    elif later.contact is not None:
        earlier.contact.update({k: v for k, v in later.contact.items()
                                if v is not None and _empty(earlier.contact.get(k))})


def _targets(plan):
    """Rows to create, rows to merge into members, how many were merged into an earlier row, and
    how many were skipped."""
    creates: dict[int, ImportRow] = {}
    into_member: dict[int, list[ImportRow]] = defaultdict(list)
    merged_into: dict[int, int] = {}  # row number → member id it was merged into
    skipped = in_file = 0
    for row in plan.rows:
        if row.problems:
            continue
        duplicate = plan.duplicates.get(row.number)
        if duplicate is None or duplicate.decision == "create":
            if duplicate is not None:
                row.member["uid"] = None  # the uid, if any, is the other record's
            creates[row.number] = row
        elif duplicate.decision == "skip":
            skipped += 1
        elif duplicate.candidate.member_id is not None:
            into_member[duplicate.candidate.member_id].append(row)
            merged_into[row.number] = duplicate.candidate.member_id
        elif duplicate.candidate.row in creates:
            _merge_rows(creates[duplicate.candidate.row], row)
            in_file += 1
        elif duplicate.candidate.row in merged_into:
            into_member[merged_into[duplicate.candidate.row]].append(row)
        else:  # the earlier row was skipped: so is this one
            skipped += 1
    return list(creates.values()), into_member, in_file, skipped


def write_plan(store, plan, *, progress, cancelled, tick, actor):
    from .importer import ImportResult

    creates, into_member, in_file, skipped = _targets(plan)
    merging = sum(len(rows) for rows in into_member.values())
    total = len(creates) + merging
    summary = f"import of {plan.source}: {len(creates)} created, {merging} merged into {len(into_member)} member(s)"
    merged = kept = 0
    with operation(store, "member.import", actor=actor, summary=summary) as op:
        done = 0
        for member_id, rows in into_member.items():
            for row in rows:
                changed, differing = _merge_into_member(op, member_id, row)
                merged += changed
                kept += differing
            done += len(rows)
            if done % BATCH < len(rows):
                tick(progress, cancelled, MERGING, done, total)
        op.session.flush()
        connection = op.session.connection()
        batches = [creates[start:start + BATCH] for start in range(0, len(creates), BATCH)]
        tick(progress, cancelled, WRITING, done, total)
        with _larger_page_cache(connection), search_index.bulk_loading(connection):
            if connection.dialect.name == "sqlite":
                def after_batch(count: int) -> None:
                    nonlocal done
                    done += count
                    tick(progress, cancelled, WRITING, done, total)

                BulkWriter(connection, op.id).write(batches, after_batch)
            else:
                for batch in batches:
                    _create(connection, op.id, batch)
                    done += len(batch)
                    tick(progress, cancelled, WRITING, done, total)
        operation_id = op.id
        if not creates and not op.changed:  # nothing new, nothing to fill: no operation in the history
            op.session.delete(op.record)
            operation_id = None
    return ImportResult(created=len(creates), merged=merged + in_file, unchanged=merging - merged,
                        skipped_duplicates=skipped, skipped_bad=len(plan.bad_rows), operation_id=operation_id,
                        kept_values=kept)


@contextmanager
def _larger_page_cache(connection):
    """A bulk insert touches index pages all over the file (uids are random): SQLite's default
    2 MB page cache rereads them again and again; 64 MB for the import, then back."""
    if connection.dialect.name != "sqlite":
        yield
        return
    previous = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql("PRAGMA cache_size = -32768")
    try:
        yield
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(previous)}")


def _empty(value: object) -> bool:
    return value is None or value == ""


def _differing(record, values: dict[str, object], ignored=frozenset()) -> int:
    """How many of the row's values differ from what the record holds (and so are not taken)."""
    return sum(1 for k, v in values.items()
               if v is not None and k not in ignored and not _empty(getattr(record, k)) and getattr(record, k) != v)


def _merge_into_member(op, member_id: int, row: ImportRow) -> tuple[bool, int]:
    """Fill what the member lacks from the row (a partner's spelling never replaces the name on
    record); whether anything changed, and how many of the row's values differ from the record's."""
    session = op.session
    member = session.get(Member, member_id)
    differing = _differing(member, row.member, _NOT_COPIED_ON_MERGE)
    changes = {k: v for k, v in row.member.items()
               if v is not None and k not in _NOT_COPIED_ON_MERGE and _empty(getattr(member, k))}
    if row.member.get("dues_minor") is not None and member.dues_minor is None:
        changes.update(dues_minor=row.member["dues_minor"], dues_currency=row.member["dues_currency"])
    changed = bool(op.update(member, changes))
    present = set(session.execute(select(MemberTag.kind, MemberTag.tag).where(MemberTag.member_id == member_id)))
    for kind, tag in row.tags:
        if (kind, tag) not in present:
            op.create(MemberTag(member_id=member_id, kind=kind, tag=tag))
            present.add((kind, tag))
            changed = True
    if row.contact:
        contact_changed, contact_differing = _merge_contact(op, member_id, row.contact)
        changed = contact_changed or changed
        differing += contact_differing
    return changed, differing


def _merge_contact(op, member_id: int, contact: dict[str, object]) -> tuple[bool, int]:
    persons = list(op.session.scalars(select(Person).where(Person.member_id == member_id)))
    email = str(contact.get("email") or "").casefold()
    same = next((p for p in persons if (email and (p.email or "").casefold() == email) or
                 (p.family_name == contact.get("family_name") and p.given_name == contact.get("given_name"))), None)
    if same is None:
        values = dict(contact, member_id=member_id, is_primary_contact=not any(p.is_primary_contact for p in persons))
        op.create(Person(**values))
        return True, 0
    differing = _differing(same, contact, {"is_primary_contact", "name_order"})
    return bool(op.update(same, {k: v for k, v in contact.items()
                                 if v is not None and k != "is_primary_contact" and _empty(getattr(same, k))})), differing


def _insert(connection, table, rows: list[dict[str, object]], *, with_ids: bool = True) -> list[int]:
    """Insert rows with RETURNING (databases other than SQLite; see bulk_sqlite); returns their ids."""
    if not rows:
        return []
    if not with_ids:
        connection.execute(insert(table), rows)
        return []
    statement = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return [record_id for (record_id,) in connection.execute(statement, rows)]


def _audit(connection, operation_id: int, table, ids: list[int]) -> None:
    """One CREATE entry per record, without a snapshot (see bulk_sqlite)."""
    entries = [{"operation_id": operation_id, "action": AuditAction.CREATE.value, "entity": table.name,
                "entity_id": record_id, "field": None, "old_value": None, "new_value": None} for record_id in ids]
    _insert(connection, AuditEntry.__table__, entries, with_ids=False)


def _record_defaults(table, now) -> dict[str, object]:
    values = {c.key: None for c in table.columns if c.key != "id"}
    values.update(version=1, created_at=now, updated_at=now)
    return values


def _create(connection, operation_id: int, rows: list[ImportRow]) -> None:
    now = utc_now()
    members_table, tags_table, persons_table = Member.__table__, MemberTag.__table__, Person.__table__
    members = []
    for row in rows:
        values = _record_defaults(members_table, now) | {k: v for k, v in row.member.items() if k in members_table.c}
        values["uid"] = values["uid"] or new_uid()
        values["membership_status"] = values["membership_status"] or MembershipStatus.ACTIVE.value
        values.update(member_derived(values))
        members.append(values)
    member_ids = _insert(connection, members_table, members)
    _audit(connection, operation_id, members_table, member_ids)
    search_index.add(connection, [search_index.entry("member", dict(v, id=i)) for i, v in zip(member_ids, members,
                                                                                               strict=True)])

    # Tags belong to their member (deleted with it, ON DELETE CASCADE): the member's CREATE entry
    # is enough to undo them, and an entry per tag would double the audit rows of an import.
    tags = [{"member_id": member_id, "kind": kind, "tag": tag}
            for member_id, row in zip(member_ids, rows, strict=True) for kind, tag in dict.fromkeys(row.tags)]
    _insert(connection, tags_table, tags, with_ids=False)

    persons = []
    for member_id, row in zip(member_ids, rows, strict=True):
        if row.contact:
            values = _record_defaults(persons_table, now) | row.contact
            values.update(uid=new_uid(), member_id=member_id)
            values["name_order"] = str(values["name_order"])
            values.update(person_derived(values))
            persons.append(values)
    if persons:
        person_ids = _insert(connection, persons_table, persons)
        _audit(connection, operation_id, persons_table, person_ids)
        search_index.add(connection, [search_index.entry("person", dict(v, id=i))
                                      for i, v in zip(person_ids, persons, strict=True)])
