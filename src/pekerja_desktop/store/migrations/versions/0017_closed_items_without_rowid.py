"""hub: a closed bill's items stored once, in key order (SQLite `WITHOUT ROWID`)

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-07

`closed_bill_item` was a rowid table beside the index of its primary key, so closing a month wrote each of its
items twice and read them back through the index and the table. On SQLite the table is rebuilt `WITHOUT ROWID`:
its rows live in the primary key's order, once (at 500,000 participants, closing a month writes and reads half
the pages). The rows are copied as they are; the append-only triggers of migration 0012 are made again on the new
table. PostgreSQL has no rowid: nothing changes there.
"""

import sqlalchemy as sa
from alembic import op

revision = '0017'
down_revision = '0016'
branch_labels = None
depends_on = None

TABLE = 'closed_bill_item'
COLUMNS = 'month, registration_number, for_month, kpj, funding_source, regency_code, jkk, jkm'


def _columns() -> list[sa.schema.SchemaItem]:
    return [sa.Column('month', sa.Date(), nullable=False),
            sa.Column('registration_number', sa.String(), nullable=False),
            sa.Column('for_month', sa.Date(), nullable=False),
            sa.Column('kpj', sa.String(), nullable=False),
            sa.Column('funding_source', sa.String(), nullable=False),
            sa.Column('regency_code', sa.String(), nullable=False),
            sa.Column('jkk', sa.Integer(), nullable=False),
            sa.Column('jkm', sa.Integer(), nullable=False),
            sa.PrimaryKeyConstraint('month', 'registration_number', 'for_month')]


def _rebuild(*, with_rowid: bool) -> None:
    """The table made again (with or without rowid), its rows copied in key order, its triggers made again."""
    if op.get_bind().dialect.name != 'sqlite':
        return
    op.create_table(f'{TABLE}_rebuilt', *_columns(), sqlite_with_rowid=with_rowid)
    op.execute(f"INSERT INTO {TABLE}_rebuilt ({COLUMNS}) SELECT {COLUMNS} FROM {TABLE} "
               "ORDER BY month, registration_number, for_month")
    op.drop_table(TABLE)  # its triggers go with it
    op.rename_table(f'{TABLE}_rebuilt', TABLE)
    for statement in ('UPDATE', 'DELETE'):
        op.execute(f"CREATE TRIGGER {TABLE}_no_{statement.lower()} BEFORE {statement} ON {TABLE} "
                   f"BEGIN SELECT RAISE(ABORT, 'a closed bill cannot be changed'); END")


def upgrade() -> None:
    _rebuild(with_rowid=False)


def downgrade() -> None:
    _rebuild(with_rowid=True)
