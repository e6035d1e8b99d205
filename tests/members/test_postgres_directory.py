"""The directory on the shared office database: search without FTS5, import with RETURNING, merge and undo."""

import os
import tempfile
from pathlib import Path

import pytest
from sqlalchemy import text

from chamberdesk.core.exchange.importer import apply_import, plan_import
from chamberdesk.core.listing import SOURCES
from chamberdesk.core.services.merge import merge_members
from chamberdesk.core.services.operation import undo
from chamberdesk.store import open_store

from ..postgres_server import PostgresServer, postgres_bin
from .directory_records import add_directory

if postgres_bin() is None:
    if os.environ.get("CHAMBERDESK_REQUIRE_POSTGRES"):
        raise RuntimeError("PostgreSQL is required for these tests but not installed")
    pytest.skip("PostgreSQL is not installed on this machine", allow_module_level=True)


@pytest.fixture(scope="module")
def server():
    with tempfile.TemporaryDirectory(prefix="chamberdesk-pg-directory-") as folder:
        instance = PostgresServer(Path(folder), port=54331)
        instance.start()
        yield instance
        instance.stop()


@pytest.fixture
def pg(server):
    store = open_store(server.url)
    yield store
    with store.engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    store.dispose()


def test_search_import_merge_and_undo_on_postgresql(pg, tmp_path):
    members, _persons = add_directory(pg)
    with pg.read() as session:
        assert set(SOURCES["members"].ids(session, "黒瀬")) == {members["kurose"], members["ganesh"]}
        assert SOURCES["members"].ids(session, "สม") == [members["siam"]]
    path = tmp_path / "new.csv"
    path.write_text("name,country,email,tags,contact_family_name\nKochi Coir Works,IN,k@coir.in,coir;export,Nair\n"
                    "Hayashi Foods,JP,,,\n", encoding="utf-8")
    plan = plan_import(pg, path)
    assert list(plan.duplicates) == [3]
    result = apply_import(pg, plan)
    with pg.read() as session:
        (created,) = SOURCES["members"].ids(session, "coir works")
        assert SOURCES["members"].ids(session, "nair") == [created]
    operation = merge_members(pg, members["kurose"], created)
    undo(pg, operation)
    undo(pg, result.operation_id)
    with pg.read() as session:
        assert SOURCES["members"].ids(session, "coir") == []
