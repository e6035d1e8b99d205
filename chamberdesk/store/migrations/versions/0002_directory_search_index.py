"""directory search index and collation sort keys

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21

Members and persons get collation keys (``sort_name``, ``sort_local``: lists sort in the
database, Japanese by reading) and a richer ``search_key`` (readings, romaji, e-mail, city); two
FTS5 indexes over it answer search in every script (a trigram index for words of three
characters or more, a unigram/bigram index for shorter ones). Existing rows are filled here.

The tables are created here with frozen DDL, like any revision. Their content is derived data:
it is computed once after the last pending revision has run, by the code of the version doing
the upgrade (``REBUILD_DERIVED`` below; ``chamberdesk.store.migrate.upgrade``), so a later change
to how keys are derived never changes what this revision does.
"""

from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None

TABLES = ('member', 'person')
REBUILD_DERIVED = ('search_index',)


def upgrade() -> None:
    for table in TABLES:
        # Plain ADD COLUMN (no table rebuild): the empty default is replaced by rebuild() below.
        op.add_column(table, sa.Column('sort_name', sa.LargeBinary(), nullable=False, server_default=sa.text("''")))
        op.add_column(table, sa.Column('sort_local', sa.LargeBinary(), nullable=False, server_default=sa.text("''")))
        op.create_index(op.f(f'ix_{table}_sort_name'), table, ['sort_name'], unique=False)
        op.create_index(op.f(f'ix_{table}_sort_local'), table, ['sort_local'], unique=False)
    if op.get_bind().dialect.name == 'sqlite':  # FTS5 exists only in SQLite; elsewhere search scans
        op.execute("CREATE VIRTUAL TABLE directory_trigram USING fts5("
                   "doc, tokenize='trigram', content='', detail='none')")
        op.execute("CREATE VIRTUAL TABLE directory_ngram USING fts5(doc, "
                   "tokenize=\"unicode61 remove_diacritics 0 categories 'L* N* M* Co'\", content='', detail='none')")


def downgrade() -> None:
    for name in ('directory_trigram', 'directory_ngram'):
        op.execute(f'DROP TABLE IF EXISTS {name}')
    for table in TABLES:
        op.drop_index(op.f(f'ix_{table}_sort_local'), table_name=table)
        op.drop_index(op.f(f'ix_{table}_sort_name'), table_name=table)
        with op.batch_alter_table(table) as batch_op:
            batch_op.drop_column('sort_local')
            batch_op.drop_column('sort_name')
