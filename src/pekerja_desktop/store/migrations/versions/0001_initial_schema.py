"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('contribution_rate',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('programme', sa.String(), nullable=False),
    sa.Column('valid_from', sa.Date(), nullable=False),
    sa.Column('valid_to', sa.Date(), nullable=True),
    sa.Column('percent_bp', sa.Integer(), nullable=False),
    sa.Column('fixed_amount', sa.Integer(), nullable=False),
    sa.Column('min_amount', sa.Integer(), nullable=False),
    sa.Column('note', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('contribution_rate', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_contribution_rate_programme'), ['programme'], unique=False)

    op.create_table('funding_source',
    sa.Column('code', sa.String(), nullable=False),
    sa.Column('name_id', sa.String(), nullable=False),
    sa.Column('name_en', sa.String(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('heir_relationship',
    sa.Column('code', sa.String(), nullable=False),
    sa.Column('name_id', sa.String(), nullable=False),
    sa.Column('name_en', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('intake_batch',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_sha256', sa.String(), nullable=False),
    sa.Column('file_name', sa.String(), nullable=False),
    sa.Column('imported_at', sa.DateTime(), nullable=False),
    sa.Column('imported_by', sa.String(), nullable=False),
    sa.Column('rows_total', sa.Integer(), nullable=False),
    sa.Column('rows_imported', sa.Integer(), nullable=False),
    sa.Column('rows_rejected', sa.Integer(), nullable=False),
    sa.Column('rows_already_present', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('file_sha256', 'imported_at')
    )
    with op.batch_alter_table('intake_batch', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_intake_batch_file_sha256'), ['file_sha256'], unique=False)

    op.create_table('occupation',
    sa.Column('code', sa.String(), nullable=False),
    sa.Column('name_id', sa.String(), nullable=False),
    sa.Column('name_en', sa.String(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('sort_order', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('office',
    sa.Column('code', sa.String(length=10), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('region_code', sa.String(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('public_key', sa.String(), nullable=False),
    sa.Column('is_self', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('participant',
    sa.Column('nik', sa.String(length=16), nullable=False),
    sa.Column('full_name', sa.String(), nullable=False),
    sa.Column('birth_place', sa.String(), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('sex', sa.String(length=1), nullable=True),
    sa.Column('mother_name', sa.String(), nullable=True),
    sa.Column('address', sa.String(), nullable=False),
    sa.Column('rt_rw', sa.String(), nullable=False),
    sa.Column('village_code', sa.String(), nullable=False),
    sa.Column('phone', sa.String(), nullable=True),
    sa.Column('occupation', sa.String(), nullable=False),
    sa.Column('income', sa.Integer(), nullable=False),
    sa.Column('programmes', sa.String(), nullable=False),
    sa.Column('funding_source', sa.String(), nullable=False),
    sa.Column('coverage_start', sa.Date(), nullable=True),
    sa.Column('coverage_end', sa.Date(), nullable=True),
    sa.Column('consent_given', sa.Boolean(), nullable=False),
    sa.Column('consent_at', sa.DateTime(), nullable=True),
    sa.Column('consent_by', sa.String(), nullable=True),
    sa.Column('confirmed_warnings', sa.String(), nullable=False),
    sa.Column('status', sa.String(), nullable=False),
    sa.Column('kpj', sa.String(length=11), nullable=True),
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('registration_number', sa.String(), nullable=False),
    sa.Column('office_code', sa.String(), nullable=False),
    sa.Column('name_folded', sa.String(), nullable=False),
    sa.Column('source', sa.String(), nullable=False),
    sa.Column('created_by', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('updated_by', sa.String(), nullable=False),
    sa.Column('updated_at', sa.DateTime(), nullable=False),
    sa.Column('finished_at', sa.DateTime(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('registration_number'),
    sa.UniqueConstraint('uuid')
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_participant_created_at'), ['created_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_finished_at'), ['finished_at'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_full_name'), ['full_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_nik'), ['nik'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_occupation'), ['occupation'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_office_code'), ['office_code'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_participant_village_code'), ['village_code'], unique=False)

    op.create_table('region',
    sa.Column('code', sa.String(), nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('level', sa.String(), nullable=False),
    sa.Column('parent_code', sa.String(), nullable=True),
    sa.PrimaryKeyConstraint('code')
    )
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_region_parent_code'), ['parent_code'], unique=False)

    op.create_table('registration_counter',
    sa.Column('office_code', sa.String(), nullable=False),
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('last_serial', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('office_code', 'year')
    )
    op.create_table('setting',
    sa.Column('key', sa.String(), nullable=False),
    sa.Column('value', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('key')
    )
    op.create_table('change_history',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('by', sa.String(), nullable=False),
    sa.Column('field', sa.String(), nullable=False),
    sa.Column('old_value', sa.String(), nullable=True),
    sa.Column('new_value', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('change_history', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_change_history_participant_id'), ['participant_id'], unique=False)

    op.create_table('heir',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(), nullable=False),
    sa.Column('relationship', sa.String(), nullable=False),
    sa.Column('birth_date', sa.Date(), nullable=True),
    sa.Column('phone', sa.String(), nullable=True),
    sa.Column('nik', sa.String(), nullable=True),
    sa.ForeignKeyConstraint(['participant_id'], ['participant.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('heir', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_heir_participant_id'), ['participant_id'], unique=False)

    _create_name_search()


FTS_SQL = (
    "CREATE VIRTUAL TABLE participant_fts USING fts5("
    "name_folded, content='participant', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER participant_fts_insert AFTER INSERT ON participant BEGIN "
    "INSERT INTO participant_fts(rowid, name_folded) VALUES (new.id, new.name_folded); END",
    "CREATE TRIGGER participant_fts_delete AFTER DELETE ON participant BEGIN "
    "INSERT INTO participant_fts(participant_fts, rowid, name_folded) VALUES ('delete', old.id, old.name_folded); END",
    "CREATE TRIGGER participant_fts_update AFTER UPDATE OF name_folded ON participant BEGIN "
    "INSERT INTO participant_fts(participant_fts, rowid, name_folded) VALUES ('delete', old.id, old.name_folded); "
    "INSERT INTO participant_fts(rowid, name_folded) VALUES (new.id, new.name_folded); END",
)


# PostgreSQL: the same substring search through a trigram GIN index (pg_trgm is a trusted extension:
# the database's owner may create it).
PG_TRGM_SQL = (
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX ix_participant_name_trgm ON participant USING gin (name_folded gin_trgm_ops)",
)


def _create_name_search() -> None:
    """Substring name search: an FTS5 trigram index kept in step by triggers on SQLite, a pg_trgm
    index on PostgreSQL."""
    dialect = op.get_bind().dialect.name
    for statement in FTS_SQL if dialect == "sqlite" else PG_TRGM_SQL if dialect == "postgresql" else ():
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP TABLE IF EXISTS participant_fts")
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_participant_name_trgm")
    with op.batch_alter_table('heir', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_heir_participant_id'))

    op.drop_table('heir')
    with op.batch_alter_table('change_history', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_change_history_participant_id'))

    op.drop_table('change_history')
    op.drop_table('setting')
    op.drop_table('registration_counter')
    with op.batch_alter_table('region', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_region_parent_code'))

    op.drop_table('region')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_village_code'))
        batch_op.drop_index(batch_op.f('ix_participant_status'))
        batch_op.drop_index(batch_op.f('ix_participant_office_code'))
        batch_op.drop_index(batch_op.f('ix_participant_occupation'))
        batch_op.drop_index(batch_op.f('ix_participant_nik'))
        batch_op.drop_index(batch_op.f('ix_participant_finished_at'))
        batch_op.drop_index(batch_op.f('ix_participant_full_name'))
        batch_op.drop_index(batch_op.f('ix_participant_created_at'))

    op.drop_table('participant')
    op.drop_table('office')
    op.drop_table('occupation')
    with op.batch_alter_table('intake_batch', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_intake_batch_file_sha256'))

    op.drop_table('intake_batch')
    op.drop_table('heir_relationship')
    op.drop_table('funding_source')
    with op.batch_alter_table('contribution_rate', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_contribution_rate_programme'))

    op.drop_table('contribution_rate')
