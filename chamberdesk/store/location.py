"""Where the database lives: a file path, an SQLAlchemy URL, or the default in the user data folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from .errors import StoreError

APP_NAME = "ChamberDesk"


def user_data_dir() -> Path:
    return platformdirs.user_data_path(APP_NAME, appauthor=False)


def default_database_path() -> Path:
    return user_data_dir() / "chamberdesk.sqlite"


def resolve_database_url(target: str | Path | None) -> URL:
    """Accept ``None`` (the default file), a file path, or any SQLAlchemy URL."""
    if target is None:
        return URL.create("sqlite+pysqlite", database=str(default_database_path()))
    text = str(target)
    if "://" in text:
        try:
            return make_url(text)
        except ArgumentError:
            raise StoreError(f"'{text}' is neither a file path nor a database URL.") from None
    return URL.create("sqlite+pysqlite", database=str(Path(text).expanduser().resolve()))


def sqlite_file(url: URL) -> Path | None:
    """The database file of an SQLite URL, or None for another backend or an in-memory database."""
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return Path(url.database)


def data_dir_for(url: URL) -> Path:
    """Attachments and backups live beside an SQLite file; a shared server database uses the user folder."""
    path = sqlite_file(url)
    return path.parent if path is not None else user_data_dir()
