"""report register and notes

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-23 15:53:43.248440
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.base


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('report_note',
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('period', sa.String(length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('commune_code', sa.String(length=8), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_note')),
    sa.UniqueConstraint('commune_code', 'kind', 'period', name=op.f('uq_report_note_commune_code_kind_period'))
    )
    op.create_table('report_register',
    sa.Column('year', sa.Integer(), nullable=False),
    sa.Column('doc_type', sa.String(length=16), nullable=False),
    sa.Column('number', sa.Integer(), nullable=False),
    sa.Column('symbol', sa.String(length=64), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('period', sa.String(length=32), nullable=False),
    sa.Column('title', sa.String(length=512), nullable=False),
    sa.Column('issued_on', sa.Date(), nullable=False),
    sa.Column('signer_name', sa.String(length=128), nullable=False),
    sa.Column('signer_title', sa.String(length=128), nullable=False),
    sa.Column('file_sha256', sa.String(length=64), nullable=False),
    sa.Column('snapshot', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('commune_code', sa.String(length=8), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_report_register')),
    sa.UniqueConstraint('commune_code', 'year', 'doc_type', 'number', name=op.f('uq_report_register_commune_code_year_doc_type_number'))
    )
    with op.batch_alter_table('report_register', schema=None) as batch_op:
        batch_op.create_index('ix_report_register_list', ['commune_code', 'deleted', 'year', 'number'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('report_register', schema=None) as batch_op:
        batch_op.drop_index('ix_report_register_list')

    op.drop_table('report_register')
    op.drop_table('report_note')
