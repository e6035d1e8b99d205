"""A large import computes its search and sort keys in a worker process: the same keys as in place."""

import pytest
from sqlalchemy import select

from chamberdesk.core.errors import ServiceError
from chamberdesk.core.exchange import bulk_sqlite, derivation
from chamberdesk.core.exchange.importer import apply_import, plan_import
from chamberdesk.core.listing import SOURCES
from chamberdesk.core.model import Member, Person
from chamberdesk.core.search import index as search_index
from chamberdesk.core.search.documents import member_derived, person_derived

HEADER = "name,name_local,local_lang,name_reading,country,city,contact_family_name,contact_given_name," \
         "contact_family_name_local,contact_given_name_local"
KINDS = [
    "Kurose Seiki {n},黒瀬精機{n}株式会社,ja,くろせせいき,JP,Osaka,Kurose,Naohiro,黒瀬,直宏",
    "Sree Krishna Traders {n},ശ്രീ കൃഷ്ണ ട്രേഡേഴ്സ് {n},ml,,IN,Kochi,Nair,Anil,നായർ,അനിൽ",
    "Siam Silk {n},สยามไหม {n},th,,TH,Bangkok,Srisuk,Somchai,ศรีสุข,สมชาย",
]


def _file(tmp_path, rows: int, first: int = 0):
    lines = [HEADER] + [KINDS[n % len(KINDS)].format(n=n) for n in range(first, first + rows)]
    path = tmp_path / f"large-{first}.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _stored(store):
    with store.read() as session:
        members = [(m.name, m.search_key, m.sort_name, m.sort_local, member_derived(_values(m)))
                   for m in session.scalars(select(Member).order_by(Member.id))]
        persons = [(p.family_name, p.search_key, p.sort_name, p.sort_local, person_derived(_values(p)))
                   for p in session.scalars(select(Person).order_by(Person.id))]
    return members, persons


def _values(record) -> dict[str, object]:
    return {c.key: getattr(record, c.key) for c in record.__table__.columns}


def test_keys_computed_by_the_worker_process_are_the_keys_in_place(store, tmp_path, monkeypatch):
    monkeypatch.setattr(derivation, "IN_PROCESS_BELOW", 0)  # a worker process even for a small file
    monkeypatch.setattr(derivation, "AHEAD", 2)
    from chamberdesk.core.exchange import writer
    monkeypatch.setattr(writer, "BATCH", 7)  # many batches: first in place, the others ahead
    path = _file(tmp_path, 60)
    result = apply_import(store, plan_import(store, path))
    assert result.created == 60
    members, persons = _stored(store)
    assert len(members) == 60 and len(persons) == 60
    for _name, search_key, sort_name, sort_local, derived in members + persons:
        assert (search_key, bytes(sort_name), bytes(sort_local)) == (
            derived["search_key"], bytes(derived["sort_name"]), bytes(derived["sort_local"]))
    # The index was fed from the worker's n-grams: one- and two-character queries find them.
    assert len(SOURCES["members"].ids(store.session(), "黒瀬")) == 20
    assert len(SOURCES["members"].ids(store.session(), "ไหม")) == 20
    assert len(SOURCES["persons"].ids(store.session(), "നായർ")) == 20
    siam_with_4 = [n + 1 for n in range(60) if n % 3 == 2 and "4" in str(n)]  # ids follow the rows
    assert SOURCES["members"].ids(store.session(), "silk 4") == siam_with_4


def test_a_cancelled_import_stops_the_worker_and_writes_nothing(store, tmp_path, monkeypatch):
    monkeypatch.setattr(derivation, "IN_PROCESS_BELOW", 0)
    from chamberdesk.core.exchange import writer
    from chamberdesk.core.exchange.importer import ImportCancelled

    monkeypatch.setattr(writer, "BATCH", 5)
    plan = plan_import(store, _file(tmp_path, 40))
    writes = []
    try:
        apply_import(store, plan, progress=lambda stage, done, total: writes.append(done),
                     cancelled=lambda: len(writes) >= 3)
    except ImportCancelled:
        pass
    else:
        raise AssertionError("the import was not cancelled")
    assert _stored(store) == ([], [])


def test_a_large_file_is_checked_by_a_worker_process_with_the_same_plan(store, tmp_path, monkeypatch):
    from chamberdesk.core.exchange import checking

    path = _file(tmp_path, 30)
    with path.open("a", encoding="utf-8") as more:
        more.write("Kurose Seiki 0,,,,JP,Osaka,,,,\n")  # the first row again: a duplicate within the file
        more.write("No Country Ltd,,,,,Kochi,,,,\n")  # a bad row
    apply_import(store, plan_import(store, _file(tmp_path / "..", 3)))  # rows 0-2 already members
    in_place = plan_import(store, path)
    monkeypatch.setattr(checking, "IN_PROCESS_BELOW", 0)
    monkeypatch.setattr(checking, "CHUNK", 4)
    ticks = []
    by_worker = plan_import(store, path, progress=lambda stage, done, total: ticks.append((stage, done)))
    assert [(r.number, r.member, r.contact, r.problems) for r in by_worker.rows] == \
           [(r.number, r.member, r.contact, r.problems) for r in in_place.rows]
    assert {n: (d.candidate.member_id, d.candidate.row, d.candidate.reason) for n, d in by_worker.duplicates.items()} \
        == {n: (d.candidate.member_id, d.candidate.row, d.candidate.reason) for n, d in in_place.duplicates.items()}
    assert set(by_worker.duplicates) == {2, 3, 4, 32}  # three members already there, one row twice
    assert [p.field for p in by_worker.all_problems] == ["country"]
    assert ("Checking rows", 8) in ticks  # progress as the chunks come


def test_a_worker_reports_an_unreadable_file_and_a_cancellation_stops_it(store, tmp_path, monkeypatch):
    from chamberdesk.core.errors import ServiceError
    from chamberdesk.core.exchange import checking
    from chamberdesk.core.exchange.importer import ImportCancelled

    monkeypatch.setattr(checking, "IN_PROCESS_BELOW", 0)
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a workbook")
    try:
        plan_import(store, broken)
    except ServiceError as exc:
        assert "broken.xlsx" in str(exc)
    else:
        raise AssertionError("an unreadable file was accepted")
    monkeypatch.setattr(checking, "CHUNK", 2)
    try:
        plan_import(store, _file(tmp_path, 30), cancelled=lambda: True)
    except ImportCancelled:
        pass
    else:
        raise AssertionError("the dry run was not cancelled")


def test_rebuilding_the_index_with_a_worker_process_gives_the_same_keys_and_hits(store, tmp_path, monkeypatch):
    from chamberdesk.core.search.index import rebuild

    apply_import(store, plan_import(store, _file(tmp_path, 30)))
    before = _stored(store)
    hits = {typed: SOURCES["members"].ids(store.session(), typed) for typed in ("黒瀬", "ไหม", "kochi", "naohiro")}
    monkeypatch.setattr(derivation, "IN_PROCESS_BELOW", 0)
    with store.engine.begin() as connection:
        connection.exec_driver_sql("UPDATE member SET search_key = '', sort_name = x'', sort_local = x''")
        rebuild(connection)
    assert _stored(store) == before
    assert {typed: SOURCES["members"].ids(store.session(), typed) for typed in hits} == hits
    assert all(hits.values())


def _automerge(store) -> dict[str, int | None]:
    with store.engine.connect() as connection:
        return {table: connection.exec_driver_sql(f"SELECT v FROM {table}_config WHERE k = 'automerge'").scalar()
                for table in (search_index.TRIGRAM_TABLE, search_index.NGRAM_TABLE)}


def test_an_import_merges_the_index_lazily_while_writing_and_leaves_the_setting_as_it_was(store, tmp_path,
                                                                                          monkeypatch):
    seen = []
    original = search_index._set_automerge

    def spying(connection, value, *tables):
        seen.append(value)
        original(connection, value, *tables)

    monkeypatch.setattr(search_index, "_set_automerge", spying)
    apply_import(store, plan_import(store, _file(tmp_path, 12)))
    assert seen[0] == search_index.BULK_AUTOMERGE
    assert set(_automerge(store).values()) == {search_index.DEFAULT_AUTOMERGE}
    assert len(SOURCES["members"].ids(store.session(), "黒瀬")) == 4

    # A failed import rolls the setting back with everything else.
    def failing(*args, **kwargs):
        raise ServiceError("disk full")

    monkeypatch.setattr(bulk_sqlite, "_insert", failing)
    with pytest.raises(ServiceError, match="disk full"):
        apply_import(store, plan_import(store, _file(tmp_path, 12, first=100)))
    assert set(_automerge(store).values()) == {search_index.DEFAULT_AUTOMERGE}
