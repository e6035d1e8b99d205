"""Schema versions: which revision a database is at, and upgrading it to ours."""

from __future__ import annotations

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, inspect, text

from ..core.progress import Progress
from .errors import DatabaseTooNewError, MigrationError, NotAChamberDeskDatabaseError

SCRIPT_LOCATION = "chamberdesk.store:migrations"


def _is_model_object(obj, name, type_, reflected, compare_to) -> bool:
    """Leave the search indexes (FTS5 virtual tables and their shadow tables) out of comparisons:
    they are made by revision 0002 with SQL the model cannot express."""
    return not (type_ == "table" and name.startswith(SEARCH_TABLE_PREFIXES))


SEARCH_TABLE_PREFIXES = ("directory_trigram", "directory_ngram")


def comparison_options() -> dict[str, object]:
    """Options for comparing the model with a database (autogenerate, schema tests)."""
    return {"compare_type": True, "include_object": _is_model_object}


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def current_revision(connection: Connection) -> str | None:
    return MigrationContext.configure(connection).get_current_revision()


def known_revisions() -> set[str]:
    return {rev.revision for rev in script_directory().walk_revisions()}


def assess(engine: Engine) -> str | None:
    """The database's revision, after refusing one that is newer than ours or not ours at all."""
    with engine.connect() as connection:
        revision = current_revision(connection)
        tables = set(inspect(connection).get_table_names())
    if revision is None and tables - {"alembic_version"}:
        raise NotAChamberDeskDatabaseError(
            f"The database {engine.url.render_as_string(hide_password=True)} holds tables but is not a "
            "ChamberDesk database; choose another file.")
    if revision is not None and revision not in known_revisions():
        raise DatabaseTooNewError(
            f"This database was written by a newer version of ChamberDesk (schema {revision}). "
            "Install that version to open it; this one will not touch it.")
    return revision


def upgrade(engine: Engine, revision: str = "head", *, progress: Progress | None = None) -> None:
    """Upgrade in one transaction; on SQLite with foreign keys off while tables are rebuilt.
    ``progress`` hears of the long part, recomputing derived data (``core.progress`` stages).

    SQLite ignores PRAGMA foreign_keys inside a transaction, and a table rebuild (batch mode)
    with them on would cascade-delete child rows. So: switch off, migrate, check, switch on.
    """
    is_sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if is_sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.commit()
        try:
            with connection.begin():
                config = alembic_config()
                config.attributes["connection"] = connection
                derived = _derived_data_to_rebuild(current_revision(connection), revision)
                command.upgrade(config, revision)
                _rebuild(connection, derived, progress)
                if is_sqlite:
                    problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
                    if problems:
                        raise MigrationError(
                            f"The upgrade would leave {len(problems)} broken references "
                            f"(first in table {problems[0][0]}); the database was not changed.")
        finally:
            if is_sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")


def _derived_data_to_rebuild(current: str | None, target: str) -> set[str]:
    """What the pending revisions declare in REBUILD_DERIVED (computed data such as search indexes);
    nothing for a new database, which holds no data to derive from."""
    if current is None:
        return set()
    pending = script_directory().iterate_revisions(target, current)
    return {name for rev in pending for name in getattr(rev.module, "REBUILD_DERIVED", ())}


def _rebuild(connection: Connection, derived: set[str], progress: Progress | None) -> None:
    """Fill derived data once, after the last revision, with this version's own definitions."""
    if "search_index" in derived:
        from ..core.search import index

        index.rebuild(connection, progress)
