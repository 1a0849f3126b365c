"""sync status indexes: the pending count, and the quarantine by reason, without a scan

Revision ID: 0018
Revises: 0016
Create Date: 2026-12-06 10:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0018'
down_revision = '0016'
branch_labels = None
depends_on = None

# db/models/core.py CHANGE_LOG_STAYS, written out: a migration keeps the text it was made with
STAYS = "table_name IN ('account', 'backlog_batch', 'change_log') OR commune_code = '*'"


def upgrade() -> None:
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.create_index('ix_change_log_stays', ['node_id', 'epoch', 'seq'], unique=False,
                              sqlite_where=sa.text(STAYS), postgresql_where=sa.text(STAYS))
    with op.batch_alter_table('sync_quarantine', schema=None) as batch_op:
        batch_op.create_index('ix_sync_quarantine_reason', ['reason'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_quarantine', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_quarantine_reason')
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_stays', sqlite_where=sa.text(STAYS),
                            postgresql_where=sa.text(STAYS))
