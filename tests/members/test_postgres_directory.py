"""The directory on the shared office database: search without FTS5, import with RETURNING, merge and undo."""


import pytest
from sqlalchemy import text

from chamberdesk.core.exchange.importer import apply_import, plan_import
from chamberdesk.core.listing import SOURCES
from chamberdesk.core.services.merge import merge_members
from chamberdesk.core.services.operation import undo
from chamberdesk.store import open_store

from ..postgres_server import pg, require_postgres, server  # noqa: F401 (fixtures)
from .directory_records import add_directory

require_postgres()


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
