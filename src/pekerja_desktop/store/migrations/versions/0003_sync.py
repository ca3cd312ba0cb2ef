"""sync through files: bundles, peers, record verdicts, conflicts, duplicates, received print log

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07

See store/sync_models.py for the design and docs/bundle-format.md for the bundle format.
"""

import sqlalchemy as sa
from alembic import op

revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_bundle',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('direction', sa.String(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('bundle_id', sa.String(length=32), nullable=False),
    sa.Column('sender_code', sa.String(), nullable=False),
    sa.Column('receiver_code', sa.String(), nullable=False),
    sa.Column('epoch', sa.String(), nullable=False),
    sa.Column('sequence', sa.Integer(), nullable=False),
    sa.Column('bundle_hash', sa.String(), nullable=False),
    sa.Column('previous_hash', sa.String(), nullable=True),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('recorded_at', sa.DateTime(), nullable=False),
    sa.Column('record_count', sa.Integer(), nullable=False),
    sa.Column('mode', sa.String(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('file_name', sa.String(), nullable=False),
    sa.Column('acknowledged_at', sa.DateTime(), nullable=True),
    sa.Column('state_serial', sa.Integer(), nullable=False),
    sa.Column('summary', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('direction', 'sender_code', 'bundle_hash')
    )
    with op.batch_alter_table('sync_bundle', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_bundle_bundle_id'), ['bundle_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_bundle_direction'), ['direction'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_bundle_sequence'), ['sequence'], unique=False)

    op.create_table('sync_conflict',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('office_code', sa.String(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('existing_hash', sa.String(), nullable=False),
    sa.Column('incoming_hash', sa.String(), nullable=False),
    sa.Column('bundle_hash', sa.String(), nullable=False),
    sa.Column('detected_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uuid', 'version', 'incoming_hash')
    )
    with op.batch_alter_table('sync_conflict', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_conflict_uuid'), ['uuid'], unique=False)

    op.create_table('sync_duplicate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('nik', sa.String(length=16), nullable=False),
    sa.Column('uuid_a', sa.String(length=32), nullable=False),
    sa.Column('uuid_b', sa.String(length=32), nullable=False),
    sa.Column('registration_a', sa.String(), nullable=False),
    sa.Column('registration_b', sa.String(), nullable=False),
    sa.Column('office_a', sa.String(), nullable=False),
    sa.Column('office_b', sa.String(), nullable=False),
    sa.Column('detected_at', sa.DateTime(), nullable=False),
    sa.Column('resolved_at', sa.DateTime(), nullable=True),
    sa.Column('resolution', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('uuid_a', 'uuid_b')
    )
    with op.batch_alter_table('sync_duplicate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_duplicate_nik'), ['nik'], unique=False)

    op.create_table('sync_hub_record',
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('office_code', sa.String(), nullable=False),
    sa.Column('registration_number', sa.String(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('content_hash', sa.String(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('reason', sa.String(), nullable=False),
    sa.Column('detail', sa.String(), nullable=False),
    sa.Column('duplicate_of', sa.String(), nullable=True),
    sa.Column('invalid_reason', sa.String(), nullable=False),
    sa.Column('invalid_detail', sa.String(), nullable=False),
    sa.Column('review_reason', sa.String(), nullable=False),
    sa.Column('conflict', sa.Boolean(), nullable=False),
    sa.Column('state_serial', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('uuid')
    )
    with op.batch_alter_table('sync_hub_record', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_hub_record_office_code'), ['office_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_hub_record_state_serial'), ['state_serial'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_hub_record_status'), ['status'], unique=False)

    op.create_table('sync_item',
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('sent_version', sa.Integer(), nullable=False),
    sa.Column('sent_sequence', sa.Integer(), nullable=False),
    sa.Column('acked_version', sa.Integer(), nullable=False),
    sa.Column('hub_version', sa.Integer(), nullable=False),
    sa.Column('ack_status', sa.String(), nullable=False),
    sa.Column('ack_reason', sa.String(), nullable=False),
    sa.Column('ack_detail', sa.String(), nullable=False),
    sa.Column('duplicate_of', sa.String(), nullable=True),
    sa.Column('ack_sequence', sa.Integer(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('kind', 'uuid')
    )
    op.create_table('sync_peer',
    sa.Column('office_code', sa.String(length=10), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('age_recipient', sa.String(), nullable=False),
    sa.Column('registered_at', sa.DateTime(), nullable=False),
    sa.Column('registered_by', sa.String(), nullable=False),
    sa.Column('sequence_out', sa.Integer(), nullable=False),
    sa.Column('hash_out', sa.String(), nullable=True),
    sa.Column('sequence_in', sa.Integer(), nullable=False),
    sa.Column('epoch_in', sa.String(), nullable=True),
    sa.Column('confirmed_sequence', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('office_code')
    )
    op.create_table('sync_print_log',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('batch_uuid', sa.String(length=32), nullable=False),
    sa.Column('office_code', sa.String(), nullable=False),
    sa.Column('printed_at', sa.DateTime(), nullable=False),
    sa.Column('printed_by', sa.String(), nullable=False),
    sa.Column('layout', sa.String(), nullable=False),
    sa.Column('participant_uuid', sa.String(length=32), nullable=False),
    sa.Column('registration_number', sa.String(), nullable=False),
    sa.Column('card_version', sa.Integer(), nullable=False),
    sa.Column('reason', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('sync_print_log', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sync_print_log_batch_uuid'), ['batch_uuid'], unique=False)
        batch_op.create_index(batch_op.f('ix_sync_print_log_participant_uuid'), ['participant_uuid'], unique=False)

    op.create_table('sync_state',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('value', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )


def downgrade() -> None:
    op.drop_table('sync_state')
    op.drop_table('sync_print_log')
    op.drop_table('sync_peer')
    op.drop_table('sync_item')
    op.drop_table('sync_hub_record')
    op.drop_table('sync_duplicate')
    op.drop_table('sync_conflict')
    op.drop_table('sync_bundle')
