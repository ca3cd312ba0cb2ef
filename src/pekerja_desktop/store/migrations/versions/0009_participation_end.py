"""participant: why a participation ended (end_reason, end_note), beside coverage_end (its last covered day)

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-07

A participation ends for a reason the programme reports to BPJS and to the Pemda (died, moved, wage-earner,
age-limit, withdrew, duplicate, not-eligible — domain.md, "The programme's year"); the note says more in words.
"""

import sqlalchemy as sa
from alembic import op

revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.add_column(sa.Column('end_reason', sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column('end_note', sa.String(), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_column('end_note')
        batch_op.drop_column('end_reason')
