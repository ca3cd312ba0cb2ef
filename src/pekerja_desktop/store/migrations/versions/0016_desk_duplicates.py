"""desk duplicates: the participant's phonetic name key (indexed with the birth date) for the desk's look-up of a
likely duplicate, and the pairs judged "different persons" (at a desk or at the hub)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-07

See services/matching/desk_check.py and store/duplicate_models.py (DifferentPair). The name key of every existing
participant is computed here, in batches, with the same function the write paths use.
"""

import sqlalchemy as sa
from alembic import op

from pekerja_desktop.domain.identity.matching_keys import name_key

revision = '0016'
down_revision = '0015'
branch_labels = None
depends_on = None

BATCH = 5000


def _back_fill() -> None:
    connection = op.get_bind()
    participant = sa.table('participant', sa.column('id', sa.Integer()), sa.column('full_name', sa.String()),
                           sa.column('name_key', sa.String()))
    last = 0
    while True:
        rows = connection.execute(sa.select(participant.c.id, participant.c.full_name)
                                  .where(participant.c.id > last).order_by(participant.c.id).limit(BATCH)).all()
        if not rows:
            return
        connection.execute(participant.update().where(participant.c.id == sa.bindparam('pid'))
                           .values(name_key=sa.bindparam('key')),
                           [{'pid': pid, 'key': name_key(name)} for pid, name in rows])
        last = rows[-1][0]


def upgrade() -> None:
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.add_column(sa.Column('name_key', sa.String(length=200), nullable=False, server_default=''))
        batch_op.create_index('ix_participant_name_key_birth', ['name_key', 'birth_date'], unique=False)
    _back_fill()
    op.create_table('different_pair',
    sa.Column('registration_a', sa.String(length=32), nullable=False),
    sa.Column('registration_b', sa.String(length=32), nullable=False),
    sa.Column('origin', sa.String(length=10), nullable=False),
    sa.Column('office_code', sa.String(length=10), nullable=False),
    sa.Column('decided_by', sa.String(), nullable=False),
    sa.Column('decided_at', sa.DateTime(), nullable=False),
    sa.Column('sent', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('registration_a', 'registration_b')
    )
    # the hub's "different" verdicts given before, so that they travel too
    op.execute("INSERT INTO different_pair (registration_a, registration_b, origin, office_code, decided_by, "
               "decided_at, sent) SELECT CASE WHEN registration_a < registration_b THEN registration_a ELSE "
               "registration_b END, CASE WHEN registration_a < registration_b THEN registration_b ELSE "
               "registration_a END, 'hub', '', decided_by, decided_at, TRUE FROM duplicate_verdict "
               "WHERE verdict = 'different'")


def downgrade() -> None:
    op.drop_table('different_pair')
    with op.batch_alter_table('participant', schema=None) as batch_op:
        batch_op.drop_index('ix_participant_name_key_birth')
        batch_op.drop_column('name_key')
