"""backlog tables

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-23 15:54:14.025532
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.base


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('backlog_counter',
    sa.Column('lot_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('lot_id', 'status', name=op.f('pk_backlog_counter'))
    )
    op.create_table('backlog_daily',
    sa.Column('day', sa.Date(), nullable=False),
    sa.Column('officer_id', sa.String(length=36), nullable=False),
    sa.Column('lot_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('count', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('day', 'officer_id', 'lot_id', 'status', name=op.f('pk_backlog_daily'))
    )
    op.create_table('backlog_lot',
    sa.Column('field', sa.String(length=32), nullable=False),
    sa.Column('record_kind', sa.String(length=256), nullable=False),
    sa.Column('year_from', sa.Integer(), nullable=True),
    sa.Column('year_to', sa.Integer(), nullable=True),
    sa.Column('total_records', sa.Integer(), nullable=False),
    sa.Column('digitized_before', sa.Integer(), nullable=False),
    sa.Column('storage', sa.String(length=256), nullable=False),
    sa.Column('priority', sa.Integer(), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('commune_code', sa.String(length=8), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_backlog_lot'))
    )
    with op.batch_alter_table('backlog_lot', schema=None) as batch_op:
        batch_op.create_index('ix_backlog_lot_list', ['commune_code', 'deleted', 'field', 'id'], unique=False)

    op.create_table('digitization_target',
    sa.Column('percent', sa.Float(), nullable=False),
    sa.Column('due_on', sa.Date(), nullable=False),
    sa.Column('note', sa.String(length=256), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('commune_code', sa.String(length=8), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_digitization_target'))
    )
    op.create_table('backlog_batch',
    sa.Column('action', sa.String(length=16), nullable=False),
    sa.Column('officer_id', sa.Uuid(), nullable=True),
    sa.Column('done_on', sa.Date(), nullable=False),
    sa.Column('record_count', sa.Integer(), nullable=False),
    sa.Column('description', sa.String(length=256), nullable=False),
    sa.Column('undo_of', sa.Uuid(), nullable=True),
    sa.Column('undone_by', sa.Uuid(), nullable=True),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('commune_code', sa.String(length=8), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_backlog_batch_officer_id_officer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_backlog_batch'))
    )
    op.create_table('backlog_record',
    sa.Column('lot_id', sa.Uuid(), nullable=False),
    sa.Column('record_no', sa.Integer(), nullable=False),
    sa.Column('title', sa.String(length=256), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('officer_id', sa.Uuid(), nullable=True),
    sa.Column('step_at', db.base.UTCDateTime(), nullable=True),
    sa.Column('scanned_by', sa.Uuid(), nullable=True),
    sa.Column('scanned_at', db.base.UTCDateTime(), nullable=True),
    sa.Column('verified_by', sa.Uuid(), nullable=True),
    sa.Column('verified_at', db.base.UTCDateTime(), nullable=True),
    sa.Column('signed_by', sa.Uuid(), nullable=True),
    sa.Column('signed_at', db.base.UTCDateTime(), nullable=True),
    sa.Column('certificate_id', sa.Uuid(), nullable=True),
    sa.Column('stored_by', sa.Uuid(), nullable=True),
    sa.Column('stored_at', db.base.UTCDateTime(), nullable=True),
    sa.Column('rejected_reason', sa.Text(), nullable=False),
    sa.Column('batch_id', sa.Uuid(), nullable=True),
    sa.Column('prev_status', sa.String(length=16), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('commune_code', sa.String(length=8), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['certificate_id'], ['certificate.id'], name=op.f('fk_backlog_record_certificate_id_certificate')),
    sa.ForeignKeyConstraint(['lot_id'], ['backlog_lot.id'], name=op.f('fk_backlog_record_lot_id_backlog_lot')),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_backlog_record_officer_id_officer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_backlog_record')),
    sa.UniqueConstraint('lot_id', 'record_no', name=op.f('uq_backlog_record_lot_id_record_no'))
    )
    with op.batch_alter_table('backlog_record', schema=None) as batch_op:
        batch_op.create_index('ix_backlog_record_batch', ['batch_id'], unique=False)
        batch_op.create_index('ix_backlog_record_list', ['lot_id', 'status', 'record_no', 'id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('backlog_record', schema=None) as batch_op:
        batch_op.drop_index('ix_backlog_record_list')
        batch_op.drop_index('ix_backlog_record_batch')

    op.drop_table('backlog_record')
    op.drop_table('backlog_batch')
    op.drop_table('digitization_target')
    with op.batch_alter_table('backlog_lot', schema=None) as batch_op:
        batch_op.drop_index('ix_backlog_lot_list')

    op.drop_table('backlog_lot')
    op.drop_table('backlog_daily')
    op.drop_table('backlog_counter')
