"""hub: the programme's money — closed monthly bills (append-only), the facts they billed on, budget ceilings,
and the monthly change file to BPJS

Revision ID: 0012
Revises: 0009
Create Date: 2026-12-14

See store/billing_models.py and store/hub_models.py. The bill's covering index (0008) also holds the registration
number and uuid, so that closing a month reads the index alone. Two changes to data:
- every participant already written into a BPJS upload file counts as an addition BPJS has been told of (the
  upload told it), so the first monthly change file does not report the whole register again;
- a stored upload template whose SEGMEN column was the constant "SG" takes the segment from the funding source
  (the setting `bpjs_segments`), as the default template now does.
"""

import json

import sqlalchemy as sa
from alembic import op

revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None

APPEND_ONLY = ('closed_bill', 'closed_bill_item')
BILLING_INDEX = ['status', 'funding_source', 'village_code', 'income', 'programmes', 'coverage_start', 'coverage_end',
                 'kpj']  # as migration 0008 made it


def upgrade() -> None:
    # Closing a month reads each participant's registration number and uuid too: with them in the bill's
    # covering index, it reads the index alone (at 500,000 participants a table scan costs seconds).
    op.drop_index('ix_participant_billing', table_name='participant')
    op.create_index('ix_participant_billing', 'participant', [*BILLING_INDEX, 'registration_number', 'uuid'],
                    unique=False)
    _bills()
    op.create_table('bill_fact',
    sa.Column('participant_id', sa.Integer(), nullable=False),
    sa.Column('facts', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('participant_id')
    )
    op.create_table('budget_ceiling',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('funding_source', sa.String(), nullable=False),
    sa.Column('tranche', sa.String(), nullable=False),
    sa.Column('amount', sa.BigInteger(), nullable=False),
    sa.Column('set_at', sa.DateTime(), nullable=False),
    sa.Column('set_by', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('year', 'funding_source', 'tranche')
    )
    _changes()
    _append_only()
    _submissions_are_additions()
    _segment_from_funding_source()


def _bills() -> None:
    op.create_table('closed_bill',
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=False),
    sa.Column('closed_by', sa.String(), nullable=False),
    sa.Column('workers', sa.Integer(), nullable=False),
    sa.Column('regular_total', sa.BigInteger(), nullable=False),
    sa.Column('correction_total', sa.BigInteger(), nullable=False),
    sa.Column('item_count', sa.Integer(), nullable=False),
    sa.Column('digest', sa.String(), nullable=False),
    sa.Column('summary', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('month')
    )
    op.create_table('closed_bill_item',
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('registration_number', sa.String(), nullable=False),
    sa.Column('for_month', sa.Date(), nullable=False),
    sa.Column('kpj', sa.String(), nullable=False),
    sa.Column('funding_source', sa.String(), nullable=False),
    sa.Column('regency_code', sa.String(), nullable=False),
    sa.Column('jkk', sa.Integer(), nullable=False),
    sa.Column('jkm', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('month', 'registration_number', 'for_month')
    )


def _changes() -> None:
    op.create_table('bpjs_change',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('month', sa.Date(), nullable=False),
    sa.Column('kind', sa.String(), nullable=False),
    sa.Column('uuid', sa.String(length=32), nullable=False),
    sa.Column('registration_number', sa.String(), nullable=False),
    sa.Column('field', sa.String(), nullable=False),
    sa.Column('old_value', sa.String(), nullable=True),
    sa.Column('new_value', sa.String(), nullable=True),
    sa.Column('effective_date', sa.Date(), nullable=True),
    sa.Column('reason', sa.String(), nullable=False),
    sa.Column('reported_at', sa.DateTime(), nullable=False),
    sa.Column('reported_by', sa.String(), nullable=False),
    sa.Column('file_name', sa.String(), nullable=False),
    sa.Column('source', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('bpjs_change', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_bpjs_change_month'), ['month'], unique=False)
        batch_op.create_index(batch_op.f('ix_bpjs_change_uuid'), ['uuid'], unique=False)


def _append_only() -> None:
    """A closed month is final: an UPDATE or DELETE of its bill or items is refused by the database itself."""
    if op.get_bind().dialect.name == 'postgresql':
        op.execute("CREATE FUNCTION closed_bill_append_only() RETURNS trigger LANGUAGE plpgsql AS "
                   "$$ BEGIN RAISE EXCEPTION 'a closed bill cannot be changed'; END $$")
        for table in APPEND_ONLY:
            for statement in ('UPDATE', 'DELETE'):
                op.execute(f"CREATE TRIGGER {table}_no_{statement.lower()} BEFORE {statement} ON {table} "
                           f"FOR EACH ROW EXECUTE FUNCTION closed_bill_append_only()")
        return
    for table in APPEND_ONLY:
        for statement in ('UPDATE', 'DELETE'):
            op.execute(f"CREATE TRIGGER {table}_no_{statement.lower()} BEFORE {statement} ON {table} "
                       f"BEGIN SELECT RAISE(ABORT, 'a closed bill cannot be changed'); END")


def _submissions_are_additions() -> None:
    postgresql = op.get_bind().dialect.name == 'postgresql'
    month = ("CAST(date_trunc('month', s.submitted_at) AS DATE)" if postgresql
             else "date(s.submitted_at, 'start of month')")
    op.execute(
        "INSERT INTO bpjs_change (month, kind, uuid, registration_number, field, old_value, new_value, "
        "effective_date, reason, reported_at, reported_by, file_name, source) "
        f"SELECT {month}, 'addition', s.uuid, p.registration_number, '', NULL, NULL, p.coverage_start, '', "
        "s.submitted_at, s.submitted_by, s.file_name, 'upload' "
        "FROM bpjs_submission s JOIN participant p ON p.uuid = s.uuid WHERE s.refused_at IS NULL "
        "ORDER BY s.submitted_at, p.registration_number")


def _segment_from_funding_source() -> None:
    bind = op.get_bind()
    stored = bind.execute(sa.text("SELECT value FROM setting WHERE key = 'bpjs_template'")).scalar()
    if stored is None:
        return
    template = json.loads(stored)
    changed = False
    for column in template.get('columns', []) if isinstance(template, dict) else []:
        if isinstance(column, dict) and column.get('value') == 'SG' and 'SEGMEN' in str(column.get('header', '')):
            column.pop('value')
            column['field'] = 'segment'
            changed = True
    if changed:
        bind.execute(sa.text("UPDATE setting SET value = :value WHERE key = 'bpjs_template'"),
                     {"value": json.dumps(template)})


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == 'postgresql'
    for table in APPEND_ONLY:
        for statement in ('update', 'delete'):
            op.execute(f"DROP TRIGGER IF EXISTS {table}_no_{statement}" + (f" ON {table}" if postgresql else ""))
    if postgresql:
        op.execute("DROP FUNCTION IF EXISTS closed_bill_append_only()")
    with op.batch_alter_table('bpjs_change', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_bpjs_change_uuid'))
        batch_op.drop_index(batch_op.f('ix_bpjs_change_month'))
    op.drop_table('bpjs_change')
    op.drop_table('budget_ceiling')
    op.drop_table('bill_fact')
    op.drop_table('closed_bill_item')
    op.drop_table('closed_bill')
    op.drop_index('ix_participant_billing', table_name='participant')
    op.create_index('ix_participant_billing', 'participant', BILLING_INDEX, unique=False)
