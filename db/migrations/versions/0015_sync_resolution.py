"""sync resolution: a conflict resolved on one computer closes it on the commune's others

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-06 09:10:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.base

revision = '0015'
down_revision = '0014'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sync_resolution',
    sa.Column('table_name', sa.String(length=64), nullable=False),
    sa.Column('row_id', sa.Uuid(), nullable=False),
    sa.Column('row_version', sa.Integer(), nullable=False),
    sa.Column('resolution', sa.String(length=8), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('commune_code', sa.String(length=8), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sync_resolution'))
    )
    with op.batch_alter_table('sync_resolution', schema=None) as batch_op:
        batch_op.create_index('ix_sync_resolution_row', ['table_name', 'row_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('sync_resolution', schema=None) as batch_op:
        batch_op.drop_index('ix_sync_resolution_row')
    op.drop_table('sync_resolution')
