"""accounts audit chain

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-23 15:53:59.672028
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.base


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.add_column(sa.Column('disabled', sa.Boolean(), nullable=False,
                                      server_default=sa.false()))
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.add_column(sa.Column('chain_hash', sa.String(length=64), nullable=True))
        batch_op.create_index('ix_change_log_unchained', ['id'], unique=False,
                              sqlite_where=sa.text('chain_hash IS NULL'))


def downgrade() -> None:
    with op.batch_alter_table('change_log', schema=None) as batch_op:
        batch_op.drop_index('ix_change_log_unchained', sqlite_where=sa.text('chain_hash IS NULL'))
        batch_op.drop_column('chain_hash')
    with op.batch_alter_table('account', schema=None) as batch_op:
        batch_op.drop_column('disabled')
