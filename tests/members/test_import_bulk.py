"""A large import computes its search and sort keys in a worker process: the same keys as in place."""

from sqlalchemy import select

from chamberdesk.core.exchange import derivation
from chamberdesk.core.exchange.importer import apply_import, plan_import
from chamberdesk.core.listing import SOURCES
from chamberdesk.core.model import Member, Person
from chamberdesk.core.search.documents import member_derived, person_derived

HEADER = "name,name_local,local_lang,name_reading,country,city,contact_family_name,contact_given_name," \
         "contact_family_name_local,contact_given_name_local"
KINDS = [
    "Kurose Seiki {n},黒瀬精機{n}株式会社,ja,くろせせいき,JP,Osaka,Kurose,Naohiro,黒瀬,直宏",
    "Sree Krishna Traders {n},ശ്രീ കൃഷ്ണ ട്രേഡേഴ്സ് {n},ml,,IN,Kochi,Nair,Anil,നായർ,അനിൽ",
    "Siam Silk {n},สยามไหม {n},th,,TH,Bangkok,Srisuk,Somchai,ศรีสุข,สมชาย",
]


def _file(tmp_path, rows: int):
    lines = [HEADER] + [KINDS[n % len(KINDS)].format(n=n) for n in range(rows)]
    path = tmp_path / "large.csv"
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
