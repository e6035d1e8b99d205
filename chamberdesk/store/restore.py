"""Restoring a backup over the open database, after checking it and backing up what is there."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sqlalchemy import create_engine, delete, insert, select

from ..core.model import Base
from . import migrate
from .backup import backup_database, restore_sqlite, timestamped_backup_path
from .errors import DatabaseMissingError, DatabaseTooNewError, NotAChamberDeskDatabaseError, StoreError


def inspect_backup(path: Path) -> str:
    """The backup's schema revision, after making sure it is a whole ChamberDesk database we can read."""
    if not path.is_file():
        raise DatabaseMissingError(f"{path}: there is no backup file there; nothing was restored.")
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            if connection.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
                raise StoreError(f"{path}: the backup is damaged (integrity check failed); nothing was restored.")
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as exc:
        raise NotAChamberDeskDatabaseError(f"{path}: not a ChamberDesk backup ({exc}).") from None
    if revision is None:
        raise NotAChamberDeskDatabaseError(f"{path}: not a ChamberDesk backup (no schema version).")
    if revision[0] not in migrate.known_revisions():
        raise DatabaseTooNewError(f"{path} was written by a newer version of ChamberDesk (schema {revision[0]}); "
                                  "nothing was restored.")
    return revision[0]


def restore_backup(store, backup_file: Path) -> Path:
    """Replace the database's content with the backup's; returns the safety copy of what was there."""
    backup_file = backup_file.expanduser().resolve()
    inspect_backup(backup_file)
    stem = store.file.stem if store.file else "server"
    safety = backup_database(store.engine, timestamped_backup_path(store.data_dir, stem, "before-restore"))
    store.engine.dispose()  # no pooled connection may hold the old pages
    if store.file is not None:
        restore_sqlite(backup_file, store.file)
    else:
        _restore_rows(store.engine, backup_file)
    migrate.upgrade(store.engine)
    return safety


def _restore_rows(engine, backup_file: Path) -> None:
    source = create_engine(f"sqlite:///{backup_file}")
    try:
        with source.connect() as src, engine.begin() as dst:
            for table in reversed(Base.metadata.sorted_tables):
                dst.execute(delete(table))
            for table in Base.metadata.sorted_tables:
                rows = [dict(r._mapping) for r in src.execute(select(table))]
                if rows:
                    dst.execute(insert(table), rows)
            revision = src.exec_driver_sql("SELECT version_num FROM alembic_version").scalar_one()
            dst.exec_driver_sql("UPDATE alembic_version SET version_num = %(v)s", {"v": revision})
            if engine.dialect.name == "postgresql":
                _move_id_sequences_past_restored_rows(dst)
    finally:
        source.dispose()


def _move_id_sequences_past_restored_rows(connection) -> None:
    """Rows were inserted with their ids; without this the next new record would reuse id 1."""
    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.primary_key:
            connection.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM \"{table.name}\"), 0) + 1, false)")
