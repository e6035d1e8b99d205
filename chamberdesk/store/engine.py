"""Engines with the connection settings ChamberDesk relies on."""

from __future__ import annotations

from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL
from sqlalchemy.exc import NoSuchModuleError

from ..secrets import database_password_key, secret_store
from .errors import StoreError
from .location import sqlite_file

SQLITE_BUSY_TIMEOUT_MS = 5000


def _configure_sqlite_connection(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the GUI read while a write is under way; FULL sync makes a committed change
    # survive power loss; busy_timeout makes a second writer wait instead of failing at once.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=FULL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def _with_keyring_password(url: URL) -> URL:
    if url.username and url.password is None:
        secret = secret_store().get(database_password_key(url.username, url.host, url.database))
        if secret:
            return url.set(password=secret)
    return url


def _configure_read_only_connection(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA query_only=ON")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.close()


def make_engine(url: URL, *, read_only: bool = False) -> Engine:
    if url.get_backend_name() == "sqlite":
        path = sqlite_file(url)
        if read_only and path is not None:
            # immutable: nothing else may be writing a file we cannot write either, and SQLite then
            # needs no -wal/-shm files beside it (a read-only folder cannot hold them).
            engine = create_engine(f"sqlite:///file:{quote(str(path))}?mode=ro&immutable=1&uri=true")
            event.listen(engine, "connect", _configure_read_only_connection)
            return engine
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _configure_sqlite_connection)
        return engine
    try:
        return create_engine(_with_keyring_password(url), pool_pre_ping=True)
    except (NoSuchModuleError, ImportError) as exc:
        raise StoreError(f"ChamberDesk cannot open a '{url.drivername}' database ({exc}). Use a file path, "
                         "or a URL such as postgresql+psycopg://user@host/dbname (with the 'postgres' extra "
                         "installed).") from None
