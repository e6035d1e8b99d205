"""Opening a database: resolve, refuse what is not ours, back up, upgrade — before any window exists."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.engine import URL
from sqlalchemy.orm import Session, sessionmaker

from .backup import backup_database, timestamped_backup_path
from .engine import make_engine
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


def open_store(target: str | Path | None = None, *, upgrade: bool = True) -> Store:
    """Open (creating if needed) and bring to our schema, backing up an existing database first."""
    url = resolve_database_url(target)
    engine = make_engine(url)
    store = Store(engine=engine, url=url, data_dir=data_dir_for(url))
    try:
        if stored_revision(engine) == HEAD_REVISION:
            return store
        from . import migrate  # only a new, older, newer or foreign database needs Alembic

        revision = migrate.assess(engine)
        head = migrate.head_revision()
        if revision != head and upgrade:
            if revision is not None:
                stem = store.file.stem if store.file else "server"
                store.backup_path = backup_database(
                    engine, timestamped_backup_path(store.data_dir, stem, f"before-upgrade-{revision}"))
                log.info("backed up %s to %s before upgrading", store.display_name, store.backup_path)
            migrate.upgrade(engine)
            store.upgraded_from = revision
    except Exception:
        engine.dispose()
        raise
    return store
