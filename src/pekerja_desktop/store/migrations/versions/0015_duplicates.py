"""duplicates: the hub's verdicts on likely duplicate pairs (same / different)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07

See store/duplicate_models.py.
"""

import sqlalchemy as sa
from alembic import op

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('duplicate_verdict',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid_a', sa.String(length=32), nullable=False),
    sa.Column('uuid_b', sa.String(length=32), nullable=False),
    sa.Column('registration_a', sa.String(), nullable=False),
    sa.Column('registration_b', sa.String(), nullable=False),
    sa.Column('verdict', sa.String(length=10), nullable=False),
    sa.Column('score', sa.Float(), nullable=False),
    sa.Column('reasons', sa.String(), nullable=False),
    sa.Column('kept', sa.String(), nullable=False),
    sa.Column('ended', sa.String(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('decided_by', sa.String(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uuid_a', 'uuid_b')
    )


def downgrade() -> None:
    op.drop_table('duplicate_verdict')
