"""programme lifecycle: the hub's decisions (end, reactivate, transfer), renewal answers, benefit claims

Revision ID: 0011
Revises: 0009
Create Date: 2026-12-14

See store/lifecycle_models.py.
"""

import sqlalchemy as sa
from alembic import op

revision = '0011'
down_revision = '0010'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('hub_decision',
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('participant_uuid', sa.String(length=32), nullable=False),
    sa.Column('registration_number', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('from_office', sa.String(length=10), nullable=False),
    sa.Column('to_office', sa.String(length=10), nullable=False),
    sa.Column('coverage_end', sa.Date(), nullable=True),
    sa.Column('end_reason', sa.String(length=20), nullable=True),
    sa.Column('end_note', sa.String(), nullable=False),
    sa.Column('reason', sa.String(), nullable=False),
    sa.Column('card_version', sa.Integer(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.Column('decided_by', sa.String(), nullable=False),
    sa.Column('serial', sa.Integer(), nullable=False),
    sa.Column('applied_at', sa.DateTime(), nullable=True),
    sa.PrimaryKeyConstraint('uuid')
    )
    with op.batch_alter_table('hub_decision', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_hub_decision_participant_uuid'), ['participant_uuid'], unique=False)
        batch_op.create_index(batch_op.f('ix_hub_decision_from_office'), ['from_office'], unique=False)
        batch_op.create_index(batch_op.f('ix_hub_decision_to_office'), ['to_office'], unique=False)
        batch_op.create_index(batch_op.f('ix_hub_decision_serial'), ['serial'], unique=False)

    op.create_table('renewal_answer',
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('still_living_here', sa.Boolean(), nullable=False),
    sa.Column('still_informal', sa.Boolean(), nullable=False),
    sa.Column('under_age_limit', sa.Boolean(), nullable=False),
    sa.Column('outcome', sa.String(), nullable=False),
    sa.Column('end_reason', sa.String(length=20), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('answered_by', sa.String(), nullable=False),
    sa.Column('answered_at', sa.DateTime(), nullable=False),
    sa.Column('source', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('participant_id', 'year')
    )

    op.create_table('benefit_claim',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=3), nullable=False),
    sa.Column('submitted_on', sa.Date(), nullable=False),
    sa.Column('paid_on', sa.Date(), nullable=True),
    sa.Column('amount', sa.Integer(), nullable=True),
    sa.Column('note', sa.String(), nullable=False),
    sa.Column('recorded_by', sa.String(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('benefit_claim', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_benefit_claim_participant_id'), ['participant_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('benefit_claim', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_benefit_claim_participant_id'))
    op.drop_table('benefit_claim')
    op.drop_table('renewal_answer')
    with op.batch_alter_table('hub_decision', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_hub_decision_serial'))
        batch_op.drop_index(batch_op.f('ix_hub_decision_to_office'))
        batch_op.drop_index(batch_op.f('ix_hub_decision_from_office'))
        batch_op.drop_index(batch_op.f('ix_hub_decision_participant_uuid'))
    op.drop_table('hub_decision')
