"""record files: the digitized files of backlog records and the verdict on their signatures;
the signed copy of an issued report (its hash and signer) in the register

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06 10:30:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.base

revision = '0019'
down_revision = '0018'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('record_file',
    sa.Column('record_id', sa.Uuid(), nullable=False),
    sa.Column('lot_id', sa.Uuid(), nullable=False),
    sa.Column('path', sa.String(length=1024), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('sha256', sa.String(length=64), nullable=False),
    sa.Column('size', sa.BigInteger(), nullable=False),
    sa.Column('pages', sa.Integer(), nullable=True),
    sa.Column('file_state', sa.String(length=12), nullable=False),
    sa.Column('checked_at', db.base.UTCDateTime(), nullable=True),
    sa.Column('verdict', sa.String(length=16), nullable=False),
    sa.Column('signer_name', sa.String(length=256), nullable=False),
    sa.Column('signer_fingerprint', sa.String(length=64), nullable=False),
    sa.Column('signed_at', db.base.UTCDateTime(), nullable=True),
    sa.Column('certificate_id', sa.Uuid(), nullable=True),
    sa.Column('officer_id', sa.Uuid(), nullable=True),
    sa.Column('signature_count', sa.Integer(), nullable=False),
    sa.Column('signatures', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('commune_code', sa.String(length=8), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['certificate_id'], ['certificate.id'],
                            name=op.f('fk_record_file_certificate_id_certificate')),
    sa.ForeignKeyConstraint(['lot_id'], ['backlog_lot.id'], name=op.f('fk_record_file_lot_id_backlog_lot')),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_record_file_officer_id_officer')),
    sa.ForeignKeyConstraint(['record_id'], ['backlog_record.id'],
                            name=op.f('fk_record_file_record_id_backlog_record')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_record_file')),
    sa.UniqueConstraint('record_id', 'path', name='uq_record_file_record_path')
    )
    with op.batch_alter_table('record_file', schema=None) as batch_op:
        batch_op.create_index('ix_record_file_lot', ['commune_code', 'deleted', 'lot_id', 'path', 'id'],
                              unique=False)
        batch_op.create_index('ix_record_file_record', ['record_id', 'verdict', 'file_state'], unique=False)
    with op.batch_alter_table('report_register', schema=None) as batch_op:
        batch_op.add_column(sa.Column('signed_sha256', sa.String(length=64), nullable=False,
                                      server_default=''))
        batch_op.add_column(sa.Column('signed_by', sa.String(length=256), nullable=False,
                                      server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('report_register', schema=None) as batch_op:
        batch_op.drop_column('signed_by')
        batch_op.drop_column('signed_sha256')
    with op.batch_alter_table('record_file', schema=None) as batch_op:
        batch_op.drop_index('ix_record_file_record')
        batch_op.drop_index('ix_record_file_lot')
    op.drop_table('record_file')
