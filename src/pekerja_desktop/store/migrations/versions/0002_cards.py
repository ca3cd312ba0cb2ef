"""membership cards: card state, reprint requests, print log

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30

See store/card_models.py for the design ("needs a card" is derived from card_state, not stored).
"""

import sqlalchemy as sa
from alembic import op

revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('card_print_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('printed_at', sa.DateTime(), nullable=False),
    sa.Column('printed_by', sa.String(), nullable=False),
    sa.Column('layout', sa.String(), nullable=False),
    sa.Column('card_count', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('card_print_batch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_card_print_batch_printed_at'), ['printed_at'], unique=False)

    op.create_table('card_print_item',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_id', sa.Integer(), nullable=False),
    sa.Column('participant_uuid', sa.String(length=32), nullable=False),
    sa.Column('registration_number', sa.String(), nullable=False),
    sa.Column('card_version', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['batch_id'], ['card_print_batch.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('card_print_item', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_card_print_item_batch_id'), ['batch_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_card_print_item_participant_uuid'), ['participant_uuid'], unique=False)
        batch_op.create_index(batch_op.f('ix_card_print_item_registration_number'), ['registration_number'],
                              unique=False)

    op.create_table('card_reprint_request',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(), nullable=False),
    sa.Column('requested_by', sa.String(), nullable=False),
    sa.Column('requested_at', sa.DateTime(), nullable=False),
    sa.Column('fulfilled_batch_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('card_reprint_request', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_card_reprint_request_fulfilled_batch_id'), ['fulfilled_batch_id'],
                              unique=False)
        batch_op.create_index(batch_op.f('ix_card_reprint_request_participant_id'), ['participant_id'], unique=False)

    op.create_table('card_state',
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('card_version', sa.Integer(), nullable=False),
    sa.Column('printed_fingerprint', sa.String(), nullable=False),
    sa.Column('printed_kpj', sa.String(), nullable=True),
    sa.Column('printed_at', sa.DateTime(), nullable=True),
    sa.Column('batch_id', sa.Integer(), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('participant_id')
    )


def downgrade() -> None:
    op.drop_table('card_state')
    with op.batch_alter_table('card_reprint_request', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_card_reprint_request_participant_id'))
        batch_op.drop_index(batch_op.f('ix_card_reprint_request_fulfilled_batch_id'))
    op.drop_table('card_reprint_request')
    with op.batch_alter_table('card_print_item', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_card_print_item_registration_number'))
        batch_op.drop_index(batch_op.f('ix_card_print_item_participant_uuid'))
        batch_op.drop_index(batch_op.f('ix_card_print_item_batch_id'))
    op.drop_table('card_print_item')
    with op.batch_alter_table('card_print_batch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_card_print_batch_printed_at'))
    op.drop_table('card_print_batch')
