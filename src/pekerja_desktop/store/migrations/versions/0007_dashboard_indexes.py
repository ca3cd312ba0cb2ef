"""dashboard: composite indexes so the dashboard's counts are single index scans

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-24

See services/dashboard_counts.py: people by regency, occupation, sex and office stream through
ix_participant_dashboard in index order; age groups and days are range counts; the hub's rejected
records are found without reading sync_hub_record rows.
"""

from alembic import op

revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None

INDEXES = (
    ('participant', 'ix_participant_dashboard', ['status', 'village_code', 'occupation', 'sex', 'office_code']),
    ('participant', 'ix_participant_status_birth_date', ['status', 'birth_date']),
    ('participant', 'ix_participant_status_created_at', ['status', 'created_at']),
    ('sync_hub_record', 'ix_sync_hub_record_status_uuid', ['status', 'uuid']),
)


def upgrade() -> None:
    for table, name, columns in INDEXES:
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for table, name, _ in reversed(INDEXES):
        op.drop_index(name, table_name=table)
