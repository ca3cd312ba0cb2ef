"""hub: participants written into a BPJS upload file (and refusals returned by BPJS)

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23

See store/hub_models.py.
"""

import sqlalchemy as sa
from alembic import op

revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('bpjs_submission',
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('submitted_at', sa.DateTime(), nullable=False),
    sa.Column('submitted_by', sa.String(), nullable=False),
    sa.Column('file_name', sa.String(), nullable=False),
    sa.Column('refused_at', sa.DateTime(), nullable=True),
    sa.Column('refused_reason', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('uuid')
    )
    with op.batch_alter_table('bpjs_submission', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bpjs_submission_submitted_at'), ['submitted_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('bpjs_submission', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bpjs_submission_submitted_at'))
    op.drop_table('bpjs_submission')
