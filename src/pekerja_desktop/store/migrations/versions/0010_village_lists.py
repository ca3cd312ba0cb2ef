"""village lists: Dukcapil occupations and their mapping, office aliases, the KK number and KTP occupation

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07

Village lists copy the KTP/KK: their occupation column holds one of Dukcapil's 89 occupations, mapped onto the
programme's occupations by reference data the hub edits (`dukcapil_occupation`); the clerk's choices for values a
list writes its own way are kept per office (`office_alias`). A participant keeps the household's KK number, the
Dukcapil occupation its KTP states and, on a draft from a list, what is left to settle (`intake_findings`).
A database already in use gets the Dukcapil list, the three programme occupations the mapping proposes and the
coverage-start setting here; a new one gets them when it is set up (services/reference/data.py).
"""

import json

import sqlalchemy as sa
from alembic import op

from pekerja_desktop.assets import packaged_dukcapil_occupations, packaged_reference_data

revision = '0010'
down_revision = '0009'
branch_labels = None
depends_on = None

NEW_OCCUPATIONS = ('PTK', 'BHL', 'PRT')
OTHER_OCCUPATION = 'LNN'


def upgrade() -> None:
    _create_tables()
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.add_column(sa.Column('kk_number', sa.String(length=16), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('ktp_occupation', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('intake_findings', sa.String(), nullable=False, server_default=''))
        batch_op.create_index(batch_op.f('ix_participant_kk_number'), ['kk_number'], unique=False)
    if op.get_bind().execute(sa.text('SELECT count(*) FROM occupation')).scalar():  # set up: seed what it lacks
        _seed_existing()


def _create_tables() -> None:
    op.create_table('dukcapil_occupation',
    sa.Column('code', sa.Integer(), autoincrement=False, nullable=False),
    sa.Column('name', sa.String(), nullable=False),
    sa.Column('rule', sa.String(), nullable=False),
    sa.Column('programme_code', sa.String(), nullable=True),
    sa.Column('note', sa.String(), nullable=False),
    sa.PrimaryKeyConstraint('code')
    )
    op.create_table('office_alias',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=20), nullable=False),
    sa.Column('text_key', sa.String(), nullable=False),
    sa.Column('text', sa.String(), nullable=False),
    sa.Column('code', sa.String(), nullable=False),
    sa.Column('created_by', sa.String(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('kind', 'text_key')
    )


def _seed_existing() -> None:
    bind = op.get_bind()
    names = {code: (name_id, name_en) for code, name_id, name_en in packaged_reference_data()['occupations']}
    present = set(bind.execute(sa.text('SELECT code FROM occupation')).scalars())
    order = bind.execute(sa.text('SELECT max(sort_order) FROM occupation')).scalar() or 0
    for code in (c for c in NEW_OCCUPATIONS if c not in present):
        order += 1
        bind.execute(sa.text('INSERT INTO occupation (code, name_id, name_en, active, sort_order) '
                             'VALUES (:code, :name_id, :name_en, :active, :order)'),
                     {'code': code, 'name_id': names[code][0], 'name_en': names[code][1], 'active': True,
                      'order': order})
    bind.execute(sa.text('UPDATE occupation SET sort_order = :order WHERE code = :code'),
                 {'order': order + 1, 'code': OTHER_OCCUPATION})  # "Lainnya" stays last
    bind.execute(sa.text('INSERT INTO dukcapil_occupation (code, name, rule, programme_code, note) '
                         'VALUES (:code, :name, :rule, :programme_code, :note)'),
                 [row.__dict__ for row in packaged_dukcapil_occupations()])
    setting = {'key': 'coverage_start_default', 'value': json.dumps('next_month')}
    if not bind.execute(sa.text('SELECT count(*) FROM setting WHERE key = :key'), setting).scalar():
        bind.execute(sa.text('INSERT INTO setting (key, value) VALUES (:key, :value)'), setting)


def downgrade() -> None:
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_participant_kk_number'))
        batch_op.drop_column('intake_findings')
        batch_op.drop_column('ktp_occupation')
        batch_op.drop_column('kk_number')
    op.drop_table('office_alias')
    op.drop_table('dukcapil_occupation')
