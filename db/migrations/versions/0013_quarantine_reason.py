"""quarantine reason: rows the hub refused wait in sync_quarantine with the reason

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-06 08:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0013'
down_revision = '0012'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('sync_quarantine', schema=None) as batch_op:
        batch_op.add_column(sa.Column('reason', sa.String(length=32), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('reason_params', sa.Text(), nullable=False,
                                      server_default='{}'))


def downgrade() -> None:
    with op.batch_alter_table('sync_quarantine', schema=None) as batch_op:
        batch_op.drop_column('reason_params')
        batch_op.drop_column('reason')
