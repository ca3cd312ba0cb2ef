"""trust: operator accounts, the hash-chained audit trail (append-only), offices' chains at the hub,
and the retention purge mark on participants

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-23

See store/account_models.py.
"""

import sqlalchemy as sa
from alembic import op

revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('account',
    sa.Column('username', sa.String(length=32), nullable=False),
    sa.Column('display_name', sa.String(), nullable=False),
    sa.Column('role', sa.String(), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.Column('must_change_password', sa.Boolean(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('created_by', sa.String(), nullable=False),
    sa.Column('password_changed_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('username')
    )
    op.create_table('audit_event',
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(), nullable=False),
    sa.Column('action', sa.String(), nullable=False),
    sa.Column('subject', sa.String(), nullable=False),
    sa.Column('detail', sa.String(), nullable=False),
    sa.Column('prev_hash', sa.String(), nullable=False),
    sa.Column('hash', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('seq')
    )
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_audit_event_at'), ['at'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_action'), ['action'], unique=False)
        batch_op.create_index(batch_op.f('ix_audit_event_subject'), ['subject'], unique=False)
    op.create_table('office_audit_event',
    sa.Column('office_code', sa.String(length=10), nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('at', sa.DateTime(), nullable=False),
    sa.Column('actor', sa.String(), nullable=False),
    sa.Column('action', sa.String(), nullable=False),
    sa.Column('subject', sa.String(), nullable=False),
    sa.Column('detail', sa.String(), nullable=False),
    sa.Column('prev_hash', sa.String(), nullable=False),
    sa.Column('hash', sa.String(), nullable=False),
    sa.Column('bundle_id', sa.String(length=32), nullable=False),
    sa.PrimaryKeyConstraint('office_code', 'seq')
    )
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.add_column(sa.Column('purged_at', sa.DateTime(), nullable=True))
    # The trail is append-only: an edit or a delete through SQL is refused (a tamperer who drops the
    # triggers is still caught by `audit verify`).
    if op.get_bind().dialect.name == 'postgresql':
        _append_only_postgresql()
        return
    for statement in ('UPDATE', 'DELETE'):
        op.execute(f"CREATE TRIGGER audit_event_no_{statement.lower()} BEFORE {statement} ON audit_event "
                   f"BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END")


def _append_only_postgresql() -> None:
    op.execute("CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS "
               "$$ BEGIN RAISE EXCEPTION 'audit trail is append-only'; END $$")
    for statement in ('UPDATE', 'DELETE'):
        op.execute(f"CREATE TRIGGER audit_event_no_{statement.lower()} BEFORE {statement} ON audit_event "
                   f"FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()")


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == 'postgresql'
    for statement in ('update', 'delete'):
        op.execute(f"DROP TRIGGER IF EXISTS audit_event_no_{statement}" + (" ON audit_event" if postgresql else ""))
    if postgresql:
        op.execute("DROP FUNCTION IF EXISTS audit_event_append_only()")
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_column('purged_at')
    op.drop_table('office_audit_event')
    with op.batch_alter_table('audit_event', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_audit_event_subject'))
        batch_op.drop_index(batch_op.f('ix_audit_event_action'))
        batch_op.drop_index(batch_op.f('ix_audit_event_at'))
    op.drop_table('audit_event')
    op.drop_table('account')
