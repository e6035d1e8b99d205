"""The shared office database: the same schema, services and commands on a real PostgreSQL.

CI installs PostgreSQL (scripts/install-system-deps) and sets CHAMBERDESK_REQUIRE_POSTGRES=1, so
there a missing server is a failure, not a skip.
"""

import json
from datetime import date

import pytest
from sqlalchemy import text

from chamberdesk.cli import main
from chamberdesk.core.enums import Direction
from chamberdesk.core.errors import ConflictError
from chamberdesk.core.model import Delegation, Member, Organisation
from chamberdesk.core.services.records import create_record, update_record
from chamberdesk.store import open_store

from .postgres_server import pg, require_postgres, server  # noqa: F401 (fixtures)

require_postgres()


def test_the_migrations_build_the_schema_on_postgresql(pg):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from chamberdesk.core.model import Base

    with pg.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection, opts={"compare_type": True}),
                                       Base.metadata)
    assert differences == []


def test_audited_writes_and_conflicts_work_on_postgresql(pg):
    member_id = create_record(pg, Member, {"name": "Siam Herbal Co., Ltd.", "name_local": "บริษัท สยามเฮอร์บัล จำกัด",
                                           "local_lang": "th", "country": "TH", "phone": "02 123 4567"})
    update_record(pg, Member, member_id, {"city": "Chiang Mai"}, expected_version=1)
    with pytest.raises(ConflictError):
        update_record(pg, Member, member_id, {"city": "Bangkok"}, expected_version=1)
    with pg.read() as session:
        member = session.get(Member, member_id)
        assert (member.city, member.phone, member.version) == ("Chiang Mai", "+6621234567", 2)


def test_only_one_organisation_can_be_ours_on_postgresql(pg):
    from chamberdesk.core.errors import ServiceError

    create_record(pg, Organisation, {"name": "INJACK", "country": "IN", "is_ours": True})
    with pytest.raises(ServiceError, match="unique"):
        create_record(pg, Organisation, {"name": "ICOSA", "country": "JP", "is_ours": True})


def test_the_command_line_lists_backs_up_and_restores_a_server_database(pg, server, tmp_path, capfdbinary):
    create_record(pg, Delegation, {"title": "Indonesian MSME Business Mission to Japan", "title_local": "インドネシア訪日団",
                                   "direction": Direction.INBOUND, "origin_country": "ID", "host_country": "JP",
                                   "starts_on": date(2026, 11, 18), "ends_on": date(2026, 11, 24)})
    assert main(["--db", server.url, "list", "delegations", "--json"]) == 0
    [delegation] = json.loads(capfdbinary.readouterr().out)
    assert delegation["title_local"] == "インドネシア訪日団"

    backup = tmp_path / "office.sqlite"
    assert main(["--db", server.url, "backup", "-o", str(backup)]) == 0
    # Restore onto a fresh, empty server database (a new office server, say).
    with pg.engine.begin() as connection:
        connection.execute(text("DROP SCHEMA public CASCADE; CREATE SCHEMA public"))
    open_store(server.url).dispose()
    assert main(["--db", server.url, "restore", str(backup)]) == 0
    with pg.read() as session:
        assert session.get(Delegation, delegation["id"]).title == "Indonesian MSME Business Mission to Japan"
    assert main(["--db", server.url, "check"]) == 0
    # New records after a restore get fresh ids (the id sequences moved past the restored rows).
    assert create_record(pg, Organisation, {"name": "SMRJ", "country": "JP"}) > 0
