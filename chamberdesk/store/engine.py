"""Engines with the connection settings ChamberDesk relies on."""

from __future__ import annotations

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL

from ..secrets import database_password_key, secret_store
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


def make_engine(url: URL) -> Engine:
    if url.get_backend_name() == "sqlite":
        path = sqlite_file(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _configure_sqlite_connection)
        return engine
    return create_engine(_with_keyring_password(url), pool_pre_ping=True)
