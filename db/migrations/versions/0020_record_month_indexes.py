"""record month indexes: the records signed or stored in a month found by a seek, not a scan
of every record (the QĐ 766 evidence on Tổng quan, the monthly report)

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-06 14:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0020'
down_revision = '0019'
branch_labels = None
depends_on = None

COLUMNS = ("signed_at", "stored_at")


def upgrade() -> None:
    with op.batch_alter_table('backlog_record', schema=None) as batch_op:
        for column in COLUMNS:
            where = sa.text(f"{column} IS NOT NULL")
            batch_op.create_index(f'ix_backlog_record_{column}', [column], unique=False,
                                  sqlite_where=where, postgresql_where=where)


def downgrade() -> None:
    with op.batch_alter_table('backlog_record', schema=None) as batch_op:
        for column in COLUMNS:
            where = sa.text(f"{column} IS NOT NULL")
            batch_op.drop_index(f'ix_backlog_record_{column}', sqlite_where=where,
                                postgresql_where=where)
