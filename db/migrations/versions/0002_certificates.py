"""certificates

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23 14:20:33.008279
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.base


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('cert_authority',
    sa.Column('der', sa.LargeBinary(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('subject_cn', sa.String(length=256), nullable=False),
    sa.Column('subject_o', sa.String(length=256), nullable=False),
    sa.Column('not_after', db.base.UTCDateTime(), nullable=False),
    sa.Column('official', sa.Boolean(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('commune_code', sa.String(length=8), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cert_authority')),
    sa.UniqueConstraint('fingerprint', name=op.f('uq_cert_authority_fingerprint'))
    )
    op.create_table('certificate',
    sa.Column('der', sa.LargeBinary(), nullable=False),
    sa.Column('fingerprint', sa.String(length=64), nullable=False),
    sa.Column('serial', sa.String(length=64), nullable=False),
    sa.Column('subject_cn', sa.String(length=256), nullable=False),
    sa.Column('subject_o', sa.String(length=256), nullable=False),
    sa.Column('subject_l', sa.String(length=256), nullable=False),
    sa.Column('subject_uid', sa.String(length=128), nullable=False),
    sa.Column('subject_serial', sa.String(length=128), nullable=False),
    sa.Column('issuer_cn', sa.String(length=256), nullable=False),
    sa.Column('issuer_o', sa.String(length=256), nullable=False),
    sa.Column('not_before', db.base.UTCDateTime(), nullable=False),
    sa.Column('not_after', db.base.UTCDateTime(), nullable=False),
    sa.Column('key_usage', sa.String(length=256), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('kind_reason', sa.String(length=32), nullable=False),
    sa.Column('signature_verified', sa.Boolean(), nullable=False),
    sa.Column('carrier', sa.String(length=16), nullable=False),
    sa.Column('subscriber', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('officer_id', sa.Uuid(), nullable=True),
    sa.Column('match_problem', sa.String(length=16), nullable=False),
    sa.Column('replaced_by_id', sa.Uuid(), nullable=True),
    sa.Column('file_name', sa.String(length=256), nullable=False),
    sa.Column('search_key', sa.String(length=512), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('commune_code', sa.String(length=8), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_certificate_officer_id_officer')),
    sa.ForeignKeyConstraint(['replaced_by_id'], ['certificate.id'], name=op.f('fk_certificate_replaced_by_id_certificate')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_certificate')),
    sa.UniqueConstraint('fingerprint', name=op.f('uq_certificate_fingerprint'))
    )
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.create_index('ix_certificate_list', ['commune_code', 'deleted', 'not_after', 'id'], unique=False)
        batch_op.create_index('ix_certificate_officer', ['officer_id', 'status'], unique=False)

    op.create_table('support_ticket',
    sa.Column('officer_id', sa.Uuid(), nullable=True),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('opened_at', db.base.UTCDateTime(), nullable=False),
    sa.Column('resolved_at', db.base.UTCDateTime(), nullable=True),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('commune_code', sa.String(length=8), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_support_ticket_officer_id_officer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_support_ticket'))
    )
    with op.batch_alter_table('support_ticket', schema=None) as batch_op:
        batch_op.create_index('ix_support_ticket_list', ['commune_code', 'deleted', 'opened_at', 'id'], unique=False)

    op.create_table('cert_request',
    sa.Column('officer_id', sa.Uuid(), nullable=False),
    sa.Column('request_type', sa.String(length=16), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('certificate_id', sa.Uuid(), nullable=True),
    sa.Column('result_certificate_id', sa.Uuid(), nullable=True),
    sa.Column('full_name', sa.String(length=128), nullable=False),
    sa.Column('cccd', sa.String(length=12), nullable=False),
    sa.Column('position', sa.String(length=128), nullable=False),
    sa.Column('agency', sa.String(length=256), nullable=False),
    sa.Column('email', sa.String(length=128), nullable=False),
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('carrier', sa.String(length=16), nullable=False),
    sa.Column('requested_on', sa.Date(), nullable=False),
    sa.Column('submitted_on', sa.Date(), nullable=True),
    sa.Column('issued_on', sa.Date(), nullable=True),
    sa.Column('reference', sa.String(length=64), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('commune_code', sa.String(length=8), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['certificate_id'], ['certificate.id'], name=op.f('fk_cert_request_certificate_id_certificate')),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_cert_request_officer_id_officer')),
    sa.ForeignKeyConstraint(['result_certificate_id'], ['certificate.id'], name=op.f('fk_cert_request_result_certificate_id_certificate')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cert_request'))
    )
    with op.batch_alter_table('cert_request', schema=None) as batch_op:
        batch_op.create_index('ix_cert_request_list', ['commune_code', 'deleted', 'status', 'id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('cert_request', schema=None) as batch_op:
        batch_op.drop_index('ix_cert_request_list')

    op.drop_table('cert_request')
    with op.batch_alter_table('support_ticket', schema=None) as batch_op:
        batch_op.drop_index('ix_support_ticket_list')

    op.drop_table('support_ticket')
    with op.batch_alter_table('certificate', schema=None) as batch_op:
        batch_op.drop_index('ix_certificate_officer')
        batch_op.drop_index('ix_certificate_list')

    op.drop_table('certificate')
    op.drop_table('cert_authority')
