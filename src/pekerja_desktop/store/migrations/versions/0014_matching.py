"""matching across offices: the office's store of the hub's matching data, the hub's covered lists and flags,
what each reference bundle shared, and the heirs' NIK indexed (an heir who is a participant too is linked)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-07

See store/matching_models.py.
"""

import sqlalchemy as sa
from alembic import op

revision = '0014'
down_revision = '0013'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('match_person',
    sa.Column('registration_number', sa.String(length=32), nullable=False),
    sa.Column('office_code', sa.String(length=10), nullable=False),
    sa.Column('nik_hash', sa.String(length=32), nullable=False),
    sa.Column('name_key', sa.String(length=200), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('regency_code', sa.String(length=5), nullable=False),
    sa.PrimaryKeyConstraint('registration_number')
    )
    with op.batch_alter_table('match_person', schema=None) as batch_op:
        batch_op.create_index('ix_match_person_nik_hash', ['nik_hash'], unique=False)
        batch_op.create_index('ix_match_person_name_birth', ['name_key', 'birth_date'], unique=False)
        batch_op.create_index('ix_match_person_birth_sex_regency', ['birth_date', 'sex', 'regency_code'],
                              unique=False)

    op.create_table('match_covered',
    sa.Column('list_uuid', sa.String(length=32), nullable=False),
    sa.Column('nik_hash', sa.String(length=32), nullable=False),
    sa.Column('list_name', sa.String(length=100), nullable=False),
    sa.Column('list_kind', sa.String(length=10), nullable=False),
    sa.PrimaryKeyConstraint('list_uuid', 'nik_hash')
    )
    with op.batch_alter_table('match_covered', schema=None) as batch_op:
        batch_op.create_index('ix_match_covered_nik_hash', ['nik_hash'], unique=False)

    op.create_table('covered_list',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('kind', sa.String(length=10), nullable=False),
    sa.Column('file_name', sa.String(), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('entries', sa.Integer(), nullable=False),
    sa.Column('added_at', sa.DateTime(), nullable=False),
    sa.Column('added_by', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('name'),
    sa.UniqueConstraint('uuid')
    )

    op.create_table('covered_entry',
    sa.Column('list_id', sa.Integer(), nullable=False),
    sa.Column('nik', sa.String(length=16), nullable=False),
    sa.Column('full_name', sa.String(), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.ForeignKeyConstraint(['list_id'], ['covered_list.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('list_id', 'nik')
    )
    with op.batch_alter_table('covered_entry', schema=None) as batch_op:
        batch_op.create_index('ix_covered_entry_nik', ['nik'], unique=False)

    op.create_table('covered_flag',
    sa.Column('participant_uuid', sa.String(length=32), nullable=False),
    sa.Column('list_id', sa.Integer(), nullable=False),
    sa.Column('decision', sa.String(length=10), nullable=False),
    sa.Column('flagged_at', sa.DateTime(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=True),
    sa.Column('decided_by', sa.String(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['list_id'], ['covered_list.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('participant_uuid', 'list_id')
    )

    op.create_table('reference_share',
    sa.Column('bundle_id', sa.Integer(), nullable=False),
    sa.Column('people', sa.LargeBinary(), nullable=False),
    sa.Column('covered', sa.String(), nullable=False),
    sa.ForeignKeyConstraint(['bundle_id'], ['sync_bundle.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('bundle_id')
    )

    # households: an heir who is a participant too, found by the heir's NIK
    with op.batch_alter_table('heir', schema=None) as batch_op:
        batch_op.create_index('ix_heir_nik', ['nik'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('heir', schema=None) as batch_op:
        batch_op.drop_index('ix_heir_nik')
    op.drop_table('reference_share')
    op.drop_table('covered_flag')
    op.drop_table('covered_entry')
    op.drop_table('covered_list')
    op.drop_table('match_covered')
    op.drop_table('match_person')
