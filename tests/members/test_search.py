"""Search in every script: folded (width, case, kana, accents), short Japanese words, members and persons together."""

import pytest
from sqlalchemy import text

from chamberdesk.core.directory_filters import DirectoryFilters
from chamberdesk.core.listing import SOURCES
from chamberdesk.core.model import Member, Person
from chamberdesk.core.search import SearchQuery
from chamberdesk.core.search.index import rebuild
from chamberdesk.core.services.operation import undo
from chamberdesk.core.services.records import archive_record, update_record


def _members(store, typed, **kwargs):
    with store.read() as session:
        return SOURCES["members"].ids(session, typed, **kwargs)


def _persons(store, typed):
    with store.read() as session:
        return SOURCES["persons"].ids(session, typed)


@pytest.mark.parametrize(("typed", "expected"), [
    ("黒瀬", {"kurose", "ganesh"}),  # two characters: the n-gram index; Ganesh through its contact
    ("林", {"hayashi"}),  # one character
    ("精密工業", {"kurose"}),  # four characters: trigrams, then checked
    ("ｸﾛｾ", {"kurose", "ganesh"}),  # half-width katakana → the hiragana reading
    ("クロセ", {"kurose", "ganesh"}),  # katakana → hiragana
    ("ＫＵＲＯＳＥ", {"kurose", "ganesh"}),  # full-width Latin
    ("seimitsu", {"kurose"}),  # romaji of the reading
    ("kogyo", {"kurose"}),  # romaji as typed without long vowels
    ("黒瀬直宏", {"kurose"}),  # a Japanese name typed without the space
    ("naohiro kurose", {"kurose"}),  # words in any order
    ("മലബാർ", {"spices"}),
    ("മേ", {"spices"}),  # two code points of Malayalam (consonant + vowel sign), through the contact
    ("สยาม", {"siam"}),
    ("สม", {"siam"}),  # Thai, two characters, through the contact สมชาย
    ("गणेश", {"ganesh"}),
    ("emile dupre", {"emile"}),  # accents folded
    ("ÉMILE", {"emile"}),
    ("kochi", {"spices"}),  # city
    ("malabarspice.in", {"spices"}),  # e-mail, with punctuation
    ("@kurose-seimitsu", {"kurose"}),
    ("nothing-like-this", set()),
])
def test_members_are_found_in_every_script(store, directory, typed, expected):
    members, _persons_ids = directory
    assert set(_members(store, typed)) == {members[key] for key in expected}


def test_persons_are_found_by_their_own_names_readings_and_romaji(store, directory):
    _members_ids, persons = directory
    assert set(_persons(store, "黒瀬")) == {persons["naohiro"], persons["kurose_kochi"]}
    assert _persons(store, "なおひろ") == [persons["naohiro"]]
    assert _persons(store, "somchai") == [persons["somchai"]]
    assert _persons(store, "อนูป") == []


def test_matching_in_python_agrees_with_the_index(store, directory):
    query = SearchQuery.parse("ｸﾛｾ ｱﾔ")
    with store.read() as session:
        matched = {p.id for p in session.query(Person) if query.matches(p.search_key)}
    assert set(_persons(store, "ｸﾛｾ ｱﾔ")) == matched == {directory[1]["kurose_kochi"]}


def test_the_index_follows_edits_and_undo(store, directory):
    members, _ = directory
    update_record(store, Member, members["siam"], {"name": "Lanna Herbal Co., Ltd.", "name_local": None},
                  expected_version=1)
    assert _members(store, "siam") == [] and _members(store, "lanna") == [members["siam"]]
    with store.read() as session:
        last = session.execute(text("SELECT max(id) FROM audit_operation")).scalar()
    undo(store, last)
    assert _members(store, "siam") == [members["siam"]] and _members(store, "lanna") == []
    assert _members(store, "สยาม") == [members["siam"]]


def test_rebuilding_the_index_finds_the_same_records(store, directory):
    before = {typed: _members(store, typed) for typed in ("黒瀬", "kurose", "สม", "kochi")}
    with store.engine.begin() as connection:
        rebuild(connection)
    assert {typed: _members(store, typed) for typed in before} == before


def test_filters_narrow_the_search(store, directory):
    members, _ = directory
    food = DirectoryFilters(sectors=frozenset({"Food processing"}))
    assert set(_members(store, None, filters=food)) == {members["hayashi"], members["spices"], members["emile"]}
    assert _members(store, "黒瀬", filters=DirectoryFilters(countries=frozenset({"IN"}))) == [members["ganesh"]]
    assert _members(store, None, filters=DirectoryFilters(statuses=frozenset({"prospect"}))) == [members["siam"]]
    archive_record(store, Member, members["emile"], expected_version=1)
    assert members["emile"] not in _members(store, None, filters=DirectoryFilters(include_archived=False))


def test_lists_sort_by_collation_and_japanese_by_reading(store, directory):
    members, _ = directory
    by_name = _members(store, None, sort="name")
    assert by_name.index(members["emile"]) < by_name.index(members["ganesh"])  # É sorts with E, not after Z
    by_local = _members(store, None, sort="name_local")
    # By reading: 黒瀬 (くろせ) before 林 (はやし), although 林 U+6797 comes before 黒 U+9ED2.
    assert by_local.index(members["kurose"]) < by_local.index(members["hayashi"])


def test_the_upgrade_of_a_0001_database_fills_keys_and_index(tmp_path):
    import shutil
    import sqlite3
    from pathlib import Path

    from chamberdesk.store import open_store

    fixture = Path(__file__).parents[1] / "fixtures" / "schemas" / "0001.sqlite"
    database = tmp_path / "office.sqlite"
    shutil.copyfile(fixture, database)
    with sqlite3.connect(database) as connection:
        (kurose,) = connection.execute(
            "SELECT id FROM person WHERE family_name_local = '黒瀬' AND given_name_local = '直宏'").fetchone()
        (keihin,) = connection.execute("SELECT id FROM member WHERE name_local = '株式会社京浜精工'").fetchone()
    store = open_store(database)
    try:
        with store.read() as session:
            assert kurose in SOURCES["persons"].ids(session, "黒瀬")  # two characters
            assert kurose in SOURCES["persons"].ids(session, "くろせ なおひろ")
            assert keihin in SOURCES["members"].ids(session, "京浜")
            assert keihin in SOURCES["members"].ids(session, "keihin seiko")
            by_reading = SOURCES["members"].ids(session, None, sort="name_local")
            assert len(by_reading) == session.query(Member).count()
            assert session.get(Member, keihin).sort_name != b""
    finally:
        store.dispose()
