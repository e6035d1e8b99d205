"""abbreviated legal forms spelled out in search keys

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-21

A name written with an abbreviated Japanese legal form ((株)山田, ㈱山田, 山田(有)) is now found by
the form written out (株式会社, 有限会社), and a search typed with either finds both
(``core.text.search_key`` and ``search_words``); Malayalam chillu letters written the old way
(ര് + ZWJ) fold to the atomic letter (ർ), and zero-width characters to nothing
(``core.text.fold``). No table changes: the keys and the search index
of the rows already stored are computed anew after the upgrade (``REBUILD_DERIVED``), by the code
of the version doing it.
"""


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None

REBUILD_DERIVED = ('search_index',)


def upgrade() -> None:
    pass  # data only: see REBUILD_DERIVED


def downgrade() -> None:
    pass
