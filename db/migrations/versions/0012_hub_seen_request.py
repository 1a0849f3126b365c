"""hub seen request

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-23 22:09:13.776362
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.base


revision = '0012'
down_revision = '0011'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('hub_seen_request',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('node_id', sa.Uuid(), nullable=False),
    sa.Column('sig_hash', sa.String(length=64), nullable=False),
    sa.Column('expires_at', db.base.UTCDateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_hub_seen_request')),
    sa.UniqueConstraint('node_id', 'sig_hash', name='uq_hub_seen_request')
    )
    with op.batch_alter_table('hub_seen_request', schema=None) as batch_op:
        batch_op.create_index('ix_hub_seen_request_expires', ['expires_at'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('hub_seen_request', schema=None) as batch_op:
        batch_op.drop_index('ix_hub_seen_request_expires')

    op.drop_table('hub_seen_request')
