"""Undoing an import, and undoing that undo: the records come back as they were when deleted."""

import json

from sqlalchemy import select

from chamberdesk.core.enums import AuditAction
from chamberdesk.core.exchange.importer import apply_import, plan_import
from chamberdesk.core.listing import SOURCES
from chamberdesk.core.model import AuditEntry, AuditOperation, Member, Person
from chamberdesk.core.services.operation import undo
from chamberdesk.core.services.records import update_record

ROWS = ["name,name_local,local_lang,country,city,email,contact_family_name,contact_given_name,contact_email",
        "Kurose Seiki,黒瀬精機株式会社,ja,JP,Osaka,info@kurose.jp,Kurose,Naohiro,n@kurose.jp",
        "Kerala Spices,,,IN,Kochi,hello@spices.in,Nair,Anil,anil@spices.in"]


def _imported(store, tmp_path):
    path = tmp_path / "members.csv"
    path.write_text("\n".join(ROWS) + "\n", encoding="utf-8")
    return apply_import(store, plan_import(store, path))


def test_an_undone_import_keeps_what_was_deleted_and_its_undo_brings_it_back(store, tmp_path):
    result = _imported(store, tmp_path)
    with store.read() as session:
        created = list(session.scalars(select(AuditEntry).where(AuditEntry.operation_id == result.operation_id)))
        kurose = session.scalar(select(Member).where(Member.name == "Kurose Seiki"))
    assert {e.action for e in created} == {AuditAction.CREATE} and len(created) == 4
    # An import's entries name what it created; the records are their own snapshots until they change.
    assert all(e.new_value is None for e in created)
    update_record(store, Member, kurose.id, {"city": "Sakai"}, expected_version=kurose.version)

    undo_id = undo(store, result.operation_id)
    with store.read() as session:
        assert session.scalars(select(Member)).all() == [] and session.scalars(select(Person)).all() == []
        deleted = {(e.entity, json.loads(e.old_value)["name" if e.entity == "member" else "family_name"]):
                   json.loads(e.old_value)
                   for e in session.scalars(select(AuditEntry).where(AuditEntry.operation_id == undo_id))}
    assert set(deleted) == {("member", "Kurose Seiki"), ("member", "Kerala Spices"), ("person", "Kurose"),
                            ("person", "Nair")}
    assert deleted[("member", "Kurose Seiki")]["city"] == "Sakai"  # as it was when deleted, not as imported

    undo(store, undo_id)
    with store.read() as session:
        back = session.scalar(select(Member).where(Member.name == "Kurose Seiki"))
        assert (back.name_local, back.city, back.email) == ("黒瀬精機株式会社", "Sakai", "info@kurose.jp")
        assert [p.given_name for p in back.persons] == ["Naohiro"]
        assert session.scalar(select(AuditOperation.summary).where(AuditOperation.id == undo_id)).startswith("undo")
    assert len(SOURCES["members"].ids(store.session(), "黒瀬")) == 1
    assert len(SOURCES["persons"].ids(store.session(), "nair")) == 1
