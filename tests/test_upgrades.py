"""Every released schema has a fixture database holding data; each upgrades to ours without loss.

Adding a revision: first run scripts/make-schema-fixture on the previous schema (the file is
committed), then add the revision. This test then proves the upgrade from every older schema.
"""

import shutil
import sqlite3
from pathlib import Path

import pytest

from chamberdesk.store import migrate, open_store
from chamberdesk.store.check import check_store

FIXTURES = Path(__file__).parent / "fixtures" / "schemas"
FIXTURE_FILES = sorted(FIXTURES.glob("*.sqlite"))


def _row_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as connection:
        tables = [t for (t,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        return {t: connection.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}


def test_every_revision_in_the_package_has_a_fixture_except_the_newest():
    # The newest schema gets its fixture when it is released, before the next revision is added.
    revisions = {r.revision for r in migrate.script_directory().walk_revisions()}
    fixtures = {p.stem for p in FIXTURE_FILES}
    assert revisions - fixtures <= {migrate.head_revision()}
    assert fixtures <= revisions


@pytest.mark.parametrize("fixture", FIXTURE_FILES, ids=[p.stem for p in FIXTURE_FILES])
def test_a_fixture_upgrades_to_the_current_schema_without_losing_rows(fixture, tmp_path):
    database = tmp_path / "office.sqlite"
    shutil.copyfile(fixture, database)
    before = _row_counts(database)
    assert before["member"] >= 200, "a fixture must hold real data"

    store = open_store(database)
    with store.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
    if fixture.stem != migrate.head_revision():
        assert store.upgraded_from == fixture.stem
        assert store.backup_path is not None and _row_counts(store.backup_path) == before
    report = check_store(store)
    store.dispose()

    assert report.ok, report.errors
    after = _row_counts(database)
    # The search index's own tables (FTS5 segments) are derived data, rebuilt by an upgrade.
    derived = {t for t in before if t.startswith("directory_")}
    assert {t: n for t, n in after.items() if t in before and t not in derived} == \
           {t: n for t, n in before.items() if t not in derived}
    # Derived data (the search index since 0002) is filled for the rows that were already there.
    from chamberdesk.core.listing import SOURCES

    reopened = open_store(database)
    with reopened.read() as session:
        assert SOURCES["persons"].ids(session, "黒瀬"), "a two-character Japanese search finds the upgraded rows"
    reopened.dispose()


def test_upgrading_from_0002_folds_variant_kanji_in_the_keys_already_stored(tmp_path):
    # A 0002 database holds keys folded without the variant kanji table: 髙橋 stays 髙橋 in them.
    database = tmp_path / "office.sqlite"
    shutil.copyfile(FIXTURES / "0002.sqlite", database)
    with sqlite3.connect(database) as connection:
        person_id, old_key = connection.execute(
            "SELECT id, search_key FROM person WHERE family_name_local IS NOT NULL ORDER BY id LIMIT 1").fetchone()
        connection.execute("UPDATE person SET family_name_local = '髙橋', search_key = ? WHERE id = ?",
                           (old_key + "\x1f髙橋", person_id))
    store = open_store(database)
    assert store.upgraded_from == "0002"
    from chamberdesk.core.listing import SOURCES

    with store.read() as session:
        assert person_id in SOURCES["persons"].ids(session, "高橋")
        assert person_id in SOURCES["persons"].ids(session, "髙橋")
    store.dispose()


def test_a_new_database_has_nothing_to_recompute(tmp_path):
    from chamberdesk.store import open_store

    heard = []
    store = open_store(tmp_path / "new.sqlite", progress=lambda *report: heard.append(report))
    store.dispose()
    assert heard == []  # no "Compacting the search index…" flashing by for an empty directory
