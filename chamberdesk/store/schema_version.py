"""The schema revision this package writes, and a database's, read without loading Alembic.

Opening a database that is already current is every start-up's common case; reading one row
with plain SQL keeps Alembic (and the parsing of every revision script) out of it.
scripts/new-revision updates HEAD_REVISION; tests/test_store.py checks it against Alembic's head.
"""

from __future__ import annotations

from sqlalchemy import Engine, text
from sqlalchemy.exc import DBAPIError

HEAD_REVISION = "0004"


def stored_revision(engine: Engine) -> str | None:
    """The database's revision, or None when it has none (a new or a foreign database)."""
    with engine.connect() as connection:
        try:
            return connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()
        except DBAPIError:  # no alembic_version table
            return None
