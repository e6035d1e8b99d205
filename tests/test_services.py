"""Every write is validated, audited, refused when stale, and can be undone."""

import pytest
from sqlalchemy import select

from chamberdesk.core.enums import AuditAction
from chamberdesk.core.errors import ConflictError, ReferencedError, ValidationError
from chamberdesk.core.model import AuditEntry, AuditOperation, Member, Person
from chamberdesk.core.services.operation import undo
from chamberdesk.core.services.records import archive_record, create_record, delete_record, update_record

SPICES = {"name": "Malabar Spice Traders Pvt Ltd", "name_local": "മലബാർ സ്പൈസ് ട്രേഡേഴ്സ്",
          "local_lang": "ml", "country": "IN", "city": "Kochi"}


def _member(store, member_id):
    with store.read() as session:
        return session.get(Member, member_id)


def test_create_records_an_operation_with_a_snapshot(store):
    member_id = create_record(store, Member, SPICES, actor="anita")
    with store.read() as session:
        operation = session.scalars(select(AuditOperation)).one()
        assert (operation.actor, operation.action) == ("anita", "member.create")
        entry = operation.entries[0]
        assert (entry.action, entry.entity, entry.entity_id) == (AuditAction.CREATE, "member", member_id)
        assert "മലബാർ" in entry.new_value


def test_update_records_old_and_new_per_field(store):
    member_id = create_record(store, Member, SPICES)
    changed = update_record(store, Member, member_id, {"city": "Ernakulam", "employees": 40}, expected_version=1)
    assert changed == {"city": ("Kochi", "Ernakulam"), "employees": (None, 40)}
    with store.read() as session:
        entries = session.scalars(select(AuditEntry).where(AuditEntry.action == AuditAction.UPDATE)
                                  .order_by(AuditEntry.field)).all()
    assert [(e.field, e.old_value, e.new_value) for e in entries] == [
        ("city", '"Kochi"', '"Ernakulam"'), ("employees", None, "40")]
    assert _member(store, member_id).version == 2


def test_a_stale_edit_is_refused_and_changes_nothing(store):
    member_id = create_record(store, Member, SPICES)
    update_record(store, Member, member_id, {"city": "Ernakulam"}, expected_version=1)  # colleague A
    with pytest.raises(ConflictError, match="changed by someone else"):
        update_record(store, Member, member_id, {"city": "Thrissur"}, expected_version=1)  # colleague B, stale
    assert _member(store, member_id).city == "Ernakulam"


def test_concurrent_sessions_cannot_overwrite_each_other(store):
    member_id = create_record(store, Member, SPICES)
    first, second = store.session(), store.session()
    a, b = first.get(Member, member_id), second.get(Member, member_id)
    a.city = "Ernakulam"
    first.commit()
    b.city = "Thrissur"
    from sqlalchemy.orm.exc import StaleDataError

    with pytest.raises(StaleDataError):
        second.commit()
    first.close()
    second.close()


def test_validation_names_every_bad_field_and_writes_nothing(store):
    with pytest.raises(ValidationError) as raised:
        create_record(store, Member, {"name": " ", "country": "XX", "founded_year": 1200, "employees": -3})
    assert {p.field for p in raised.value.problems} == {"name", "country", "founded_year", "employees"}
    with store.read() as session:
        assert session.scalars(select(Member)).all() == []
        assert session.scalars(select(AuditOperation)).all() == []


def test_phones_are_stored_in_e164_using_the_members_country(store):
    member_id = create_record(store, Member, SPICES)
    person_id = create_record(store, Person, {"family_name": "Menon", "given_name": "Lakshmi",
                                              "member_id": member_id, "phone": "0484 236 1234"})
    with store.read() as session:
        assert session.get(Person, person_id).phone == "+914842361234"
    with pytest.raises(ValidationError, match="phone"):
        create_record(store, Person, {"family_name": "Menon", "member_id": member_id, "phone": "12"})


def test_a_referred_record_is_archived_not_deleted(store):
    member_id = create_record(store, Member, SPICES)
    create_record(store, Person, {"family_name": "Menon", "member_id": member_id})
    with pytest.raises(ReferencedError, match="archive it"):
        delete_record(store, Member, member_id, expected_version=1)
    archive_record(store, Member, member_id, expected_version=1)
    assert _member(store, member_id).is_archived


def test_undo_reverses_an_update_and_a_create(store):
    member_id = create_record(store, Member, SPICES)
    update_record(store, Member, member_id, {"city": "Ernakulam"}, expected_version=1)
    with store.read() as session:
        create_op, update_op = session.scalars(select(AuditOperation.id).order_by(AuditOperation.id)).all()
    undo(store, update_op)
    assert _member(store, member_id).city == "Kochi"
    with pytest.raises(ConflictError, match="already undone"):
        undo(store, update_op)
    undo(store, create_op)
    assert _member(store, member_id) is None


def test_undo_restores_a_deleted_record_whole(store):
    member_id = create_record(store, Member, SPICES)
    delete_record(store, Member, member_id, expected_version=1)
    with store.read() as session:
        delete_op = session.scalar(select(AuditOperation.id).where(AuditOperation.action == "member.delete"))
    undo(store, delete_op)
    restored = _member(store, member_id)
    assert (restored.name, restored.name_local, restored.city) == (SPICES["name"], SPICES["name_local"], "Kochi")


def test_undo_refuses_when_the_field_changed_since(store):
    member_id = create_record(store, Member, SPICES)
    update_record(store, Member, member_id, {"city": "Ernakulam"}, expected_version=1)
    update_record(store, Member, member_id, {"city": "Thrissur"}, expected_version=2)
    with store.read() as session:
        first_update = session.scalars(select(AuditOperation.id).where(AuditOperation.action == "member.update")
                                       .order_by(AuditOperation.id)).first()
    with pytest.raises(ConflictError, match="changed after"):
        undo(store, first_update)
    assert _member(store, member_id).city == "Thrissur"


def test_readings_are_stored_full_width_whoever_writes_them(store):
    member_id = create_record(store, Member, {"name": "Kurose Seiki", "country": "JP", "name_reading": "ｸﾛｾｾｲｷ"})
    person_id = create_record(store, Person, {"family_name": "Kurose", "member_id": member_id,
                                              "family_name_reading": "ｸﾛｾ", "given_name_reading": "ﾅｵﾋﾛ"})
    with store.read() as session:
        assert session.get(Member, member_id).name_reading == "クロセセイキ"
        person = session.get(Person, person_id)
        assert (person.family_name_reading, person.given_name_reading) == ("クロセ", "ナオヒロ")
        version = person.version
    update_record(store, Person, person_id, {"family_name_reading": "ｸﾛｾｪ"}, expected_version=version)
    with store.read() as session:
        assert session.get(Person, person_id).family_name_reading == "クロセェ"


def test_a_full_width_email_is_stored_as_typed_in_ascii(store):
    member_id = create_record(store, Member, {"name": "Taro Shoji", "country": "JP", "email": "ｔａｒｏ＠ｅｘａｍｐｌｅ．ｊｐ"})
    with store.read() as session:
        assert session.get(Member, member_id).email == "taro@example.jp"
