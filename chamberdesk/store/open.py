"""Opening a database: resolve, refuse what is not ours, back up, upgrade — before any window exists."""

from __future__ import annotations

import logging
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from ..core.progress import Progress
from .backup import backup_database, timestamped_backup_path
from .engine import make_engine
from .errors import DatabaseMissingError, NotAChamberDeskDatabaseError, ReadOnlyDatabaseError
from .location import data_dir_for, resolve_database_url, sqlite_file
from .schema_version import HEAD_REVISION, stored_revision

log = logging.getLogger(__name__)


@dataclass
class Store:
    engine: Engine
    url: URL
    data_dir: Path
    upgraded_from: str | None = None
    backup_path: Path | None = None
    read_only: bool = False
    _sessions: sessionmaker[Session] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def file(self) -> Path | None:
        return sqlite_file(self.url)

    @property
    def display_name(self) -> str:
        return str(self.file) if self.file else self.url.render_as_string(hide_password=True)

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    def session(self) -> Session:
        return self._sessions()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def open_store(target: str | Path | None = None, *, upgrade: bool = True, create: bool = True,
               progress: Progress | None = None) -> Store:
    """Open and bring to our schema, backing up an existing database first (an upgrade reports
    its long part to ``progress``).

    A missing file is created unless ``create`` is False (a mistyped path must not silently give
    an empty database). A file that can be read but not written is opened read-only, as it is.
    """
    url = resolve_database_url(target)
    path = sqlite_file(url)
    if path is not None:
        _check_file(path, create=create)
    read_only = path is not None and path.exists() and not _writable(path)
    engine = make_engine(url, read_only=read_only)
    store = Store(engine=engine, url=url, data_dir=data_dir_for(url), read_only=read_only)
    try:
        if stored_revision(engine) == HEAD_REVISION:
            return store
        if read_only:
            raise ReadOnlyDatabaseError(
                f"{path} is read-only and needs an upgrade to this version's schema; copy it somewhere "
                "writable first.")
        from . import migrate  # only a new, older, newer or foreign database needs Alembic

        revision = migrate.assess(engine)
        head = migrate.head_revision()
        if revision != head and upgrade:
            if revision is not None:
                stem = store.file.stem if store.file else "server"
                store.backup_path = backup_database(
                    engine, timestamped_backup_path(store.data_dir, stem, f"before-upgrade-{revision}"))
                log.info("backed up %s to %s before upgrading", store.display_name, store.backup_path)
            migrate.upgrade(engine, progress=progress)
            store.upgraded_from = revision
    except DBAPIError as exc:
        engine.dispose()
        if "not a database" in str(exc.orig) or "file is encrypted" in str(exc.orig):
            raise NotAChamberDeskDatabaseError(f"{store.display_name} is not a ChamberDesk database "
                                               "(not an SQLite file at all).") from None
        raise
    except Exception:
        engine.dispose()
        raise
    return store


def _check_file(path: Path, *, create: bool) -> None:
    if path.is_dir():
        raise NotAChamberDeskDatabaseError(f"{path} is a folder, not a database file.")
    if not path.exists() and not create:
        raise DatabaseMissingError(
            f"There is no database at {path}. Check the path; 'chamberdesk --db {path} demo' creates a "
            "database there with the demo data, and the window creates an empty one.")


def _writable(path: Path) -> bool:
    # SQLite in WAL mode also writes -wal and -shm files beside the database.
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
