"""directory search index and collation sort keys

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21

Members and persons get collation keys (``sort_name``, ``sort_local``: lists sort in the
database, Japanese by reading) and a richer ``search_key`` (readings, romaji, e-mail, city); two
FTS5 indexes over it answer search in every script (a trigram index for words of three
characters or more, a unigram/bigram index for shorter ones). Existing rows are filled here.

The keys and the index are derived data: they are computed with the application's own
functions (``chamberdesk.core.search.index.rebuild``), the one place that defines them.
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

TABLES = ('member', 'person')


def upgrade() -> None:
    from chamberdesk.core.search import index

    for table in TABLES:
        # Plain ADD COLUMN (no table rebuild): the empty default is replaced by rebuild() below.
        op.add_column(table, sa.Column('sort_name', sa.LargeBinary(), nullable=False, server_default=sa.text("''")))
        op.add_column(table, sa.Column('sort_local', sa.LargeBinary(), nullable=False, server_default=sa.text("''")))
        op.create_index(op.f(f'ix_{table}_sort_name'), table, ['sort_name'], unique=False)
        op.create_index(op.f(f'ix_{table}_sort_local'), table, ['sort_local'], unique=False)
    connection = op.get_bind()
    index.create_tables(connection)
    index.rebuild(connection)


def downgrade() -> None:
    from chamberdesk.core.search import index

    for name in (index.TRIGRAM_TABLE, index.NGRAM_TABLE):
        op.execute(f'DROP TABLE IF EXISTS {name}')
    for table in TABLES:
        op.drop_index(op.f(f'ix_{table}_sort_local'), table_name=table)
        op.drop_index(op.f(f'ix_{table}_sort_name'), table_name=table)
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column('sort_local')
            batch_op.drop_column('sort_name')
