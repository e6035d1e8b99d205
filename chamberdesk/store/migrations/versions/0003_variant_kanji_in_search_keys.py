"""variant kanji folded in search keys

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-21

Search keys now fold variant kanji (髙 → 高, 邊/邉 → 辺, 齋 → 斎 …: ``core.text.fold``), so
that typing the common form finds a name registered with the variant; and Latin letters without an
accent to strip (ø → o, æ → ae, ł → l …), so that orsted finds Ørsted. No table changes: the
keys and the search index of the rows already stored are computed anew after the upgrade
(``REBUILD_DERIVED``), by the code of the version doing it.
"""


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None

REBUILD_DERIVED = ('search_index',)


def upgrade() -> None:
    pass  # data only: see REBUILD_DERIVED


def downgrade() -> None:
    pass
