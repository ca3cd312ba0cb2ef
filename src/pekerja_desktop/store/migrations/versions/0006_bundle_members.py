"""sync: which participant records each outgoing data bundle carried (for a breach notice)

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-24

See store/sync_models.py (SyncBundleMember) and services/sync/breach.py.
"""

import sqlalchemy as sa
from alembic import op

revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_bundle_member',
    sa.Column('bundle_sequence', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('bundle_sequence', 'uuid')
    )
    with op.batch_alter_table('sync_bundle_member', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_bundle_member_uuid'), ['uuid'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_bundle_member', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sync_bundle_member_uuid'))
    op.drop_table('sync_bundle_member')
