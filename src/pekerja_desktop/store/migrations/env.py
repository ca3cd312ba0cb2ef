"""Alembic environment: always run programmatically from store.db with a connection provided."""

from alembic import context
from sqlmodel import SQLModel

from pekerja_desktop.store import (  # noqa: F401  (every table in the metadata the migrations compare with)
    account_models,
    billing_models,
    card_models,
    duplicate_models,
    hub_models,
    lifecycle_models,
    matching_models,
    models,
    sync_models,
)

target_metadata = SQLModel.metadata


def run_migrations() -> None:
    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("migrations run through pekerja_desktop.store.db.migrate()")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        transactional_ddl=True,
    )
    with context.begin_transaction():
        context.run_migrations()


run_migrations()
