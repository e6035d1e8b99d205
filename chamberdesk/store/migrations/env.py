"""Alembic environment: always run on a connection handed over by chamberdesk.store.migrate."""

from alembic import context

from chamberdesk.core.model import Base
from chamberdesk.store.migrate import comparison_options

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite alters tables by copying them
    **comparison_options(),
)
with context.begin_transaction():
    context.run_migrations()
