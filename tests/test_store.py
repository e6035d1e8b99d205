"""Opening, migrating, refusing and backing up databases — on real SQLite files."""

import sqlite3

import pytest
from sqlalchemy import inspect, text

from chamberdesk.core.model import Base
from chamberdesk.store import DatabaseTooNewError, NotAChamberDeskDatabaseError, open_store
from chamberdesk.store import migrate
from chamberdesk.store.backup import backup_database


def test_the_fast_path_head_constant_is_alembics_head():
    from chamberdesk.store.schema_version import HEAD_REVISION

    assert HEAD_REVISION == migrate.head_revision()


def test_opening_a_current_database_does_not_load_alembic(tmp_path):
    import subprocess
    import sys

    open_store(tmp_path / "current.sqlite").dispose()
    code = ("import sys; from chamberdesk.store import open_store; "
            f"open_store({str(tmp_path / 'current.sqlite')!r}); print('alembic' in sys.modules)")
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True).stdout.strip() == "False"


def test_a_new_file_is_created_at_the_current_schema(tmp_path):
    store = open_store(tmp_path / "new.sqlite")
    with store.engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.head_revision()
        tables = set(inspect(connection).get_table_names())
    assert set(Base.metadata.tables) <= tables
    assert store.backup_path is None  # nothing to back up in a new file


def test_the_migrations_build_exactly_the_model(tmp_path):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    store = open_store(tmp_path / "x.sqlite")
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection, opts=migrate.comparison_options()),
                                       Base.metadata)
    assert differences == []


def test_connections_use_wal_and_enforce_foreign_keys(store):
    with store.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_a_database_from_a_newer_version_is_refused_and_left_untouched(tmp_path):
    path = tmp_path / "future.sqlite"
    open_store(path).dispose()
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = path.read_bytes()
    with pytest.raises(DatabaseTooNewError, match="newer version"):
        open_store(path)
    assert path.read_bytes() == before


def test_a_foreign_sqlite_file_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(NotAChamberDeskDatabaseError):
        open_store(path)


def test_an_older_database_is_backed_up_before_it_is_upgraded(tmp_path):
    path = tmp_path / "old.sqlite"
    old = open_store(path, upgrade=False)
    migrate.upgrade(old.engine, "0001")
    old.dispose()
    store = open_store(path)
    assert store.upgraded_from == "0001"
    assert store.backup_path is not None and store.backup_path.is_file()
    assert store.backup_path.parent == tmp_path / "backups"
    with sqlite3.connect(store.backup_path) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0001"


def test_a_backup_of_a_live_wal_database_holds_committed_rows(store, tmp_path):
    from chamberdesk.core.model import Organisation
    from chamberdesk.core.services.records import create_record

    create_record(store, Organisation, {"name": "Indo Japan Chamber of Commerce Kerala", "country": "IN"})
    with store.engine.connect():  # a reader holds the WAL open, as the GUI does
        target = backup_database(store.engine, tmp_path / "copy.sqlite")
    with sqlite3.connect(target) as copy:
        assert copy.execute("SELECT name FROM organisation").fetchall() == [("Indo Japan Chamber of Commerce Kerala",)]
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
