"""Consistent copies of a live database, and restoring one.

A plain file copy of a WAL database can miss committed pages still in the -wal file, so
SQLite is copied with its online backup API. A server database is copied table by table into
an SQLite file of the same schema, which any ChamberDesk can open or restore.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, create_engine, insert, select

from ..core.model import Base
from .errors import StoreError
from .location import sqlite_file


def backups_dir(data_dir: Path) -> Path:
    return data_dir / "backups"


def backup_file_name(stem: str, reason: str) -> str:
    return f"{stem}-{datetime.now().strftime('%Y%m%d-%H%M%S-%f')}-{reason}.sqlite"


def timestamped_backup_path(data_dir: Path, stem: str, reason: str) -> Path:
    return backups_dir(data_dir) / backup_file_name(stem, reason)


def _sqlite_online_copy(source: Path, destination: Path) -> None:
    partial = destination.with_suffix(destination.suffix + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(str(source))
    try:
        dst = sqlite3.connect(str(partial))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")  # a backup is one self-contained file
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(destination)  # atomic: a backup file is either whole or absent


def _copy_rows(engine: Engine, destination: Path) -> None:
    partial = destination.with_suffix(destination.suffix + ".partial")
    partial.unlink(missing_ok=True)
    target = create_engine(f"sqlite:///{partial}")
    try:
        Base.metadata.create_all(target)
        with engine.connect() as source, target.begin() as out:
            out.exec_driver_sql("CREATE TABLE IF NOT EXISTS alembic_version "
                                "(version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
            for row in source.exec_driver_sql("SELECT version_num FROM alembic_version"):
                out.exec_driver_sql("INSERT INTO alembic_version VALUES (?)", (row[0],))
            for table in Base.metadata.sorted_tables:
                rows = [dict(r._mapping) for r in source.execute(select(table))]
                if rows:
                    out.execute(insert(table), rows)
    finally:
        target.dispose()
    partial.replace(destination)


def backup_database(engine: Engine, destination: Path) -> Path:
    destination = destination.expanduser().resolve()
    destination.parent.mkdir(parents=True, exist_ok=True)
    path = sqlite_file(engine.url)
    if path is not None:
        if path == destination:
            raise StoreError("A backup cannot overwrite the database it copies.")
        _sqlite_online_copy(path, destination)
    else:
        _copy_rows(engine, destination)
    return destination


def restore_sqlite(backup_file: Path, database_file: Path) -> None:
    """Replace the live database's content with the backup's, through the backup API (WAL-safe)."""
    src = sqlite3.connect(f"file:{backup_file}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(database_file))
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
