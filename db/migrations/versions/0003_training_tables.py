"""training tables

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 14:20:46.866405
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

import db.base


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table('course',
    sa.Column('title', sa.String(length=256), nullable=False),
    sa.Column('sort_key', sa.String(length=1024), nullable=False),
    sa.Column('provider', sa.String(length=32), nullable=False),
    sa.Column('topic', sa.String(length=32), nullable=False),
    sa.Column('mode', sa.String(length=16), nullable=False),
    sa.Column('hours', sa.Float(), nullable=False),
    sa.Column('required', sa.Boolean(), nullable=False),
    sa.Column('start_date', sa.Date(), nullable=True),
    sa.Column('end_date', sa.Date(), nullable=True),
    sa.Column('materials', sa.Text(), nullable=False),
    sa.Column('pass_mark', sa.Float(), nullable=True),
    sa.Column('origin', sa.String(length=16), nullable=False),
    sa.Column('note', sa.Text(), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('commune_code', sa.String(length=8), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_course'))
    )
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.create_index('ix_course_list', ['commune_code', 'deleted', 'sort_key', 'id'], unique=False)

    op.create_table('course_result',
    sa.Column('course_id', sa.Uuid(), nullable=False),
    sa.Column('officer_id', sa.Uuid(), nullable=False),
    sa.Column('completed', sa.Boolean(), nullable=False),
    sa.Column('completed_on', sa.Date(), nullable=True),
    sa.Column('score', sa.Float(), nullable=True),
    sa.Column('certificate_no', sa.String(length=64), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('commune_code', sa.String(length=8), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_course_result_course_id_course')),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_course_result_officer_id_officer')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_course_result')),
    sa.UniqueConstraint('course_id', 'officer_id', name=op.f('uq_course_result_course_id_officer_id'))
    )
    with op.batch_alter_table('course_result', schema=None) as batch_op:
        batch_op.create_index('ix_course_result_done', ['course_id', 'deleted', 'completed', 'completed_on'], unique=False)
        batch_op.create_index('ix_course_result_officer', ['officer_id', 'deleted'], unique=False)

    op.create_table('training_session',
    sa.Column('course_id', sa.Uuid(), nullable=False),
    sa.Column('held_on', sa.Date(), nullable=False),
    sa.Column('place', sa.String(length=256), nullable=False),
    sa.Column('trainer', sa.String(length=128), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('commune_code', sa.String(length=8), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['course_id'], ['course.id'], name=op.f('fk_training_session_course_id_course')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_training_session'))
    )
    with op.batch_alter_table('training_session', schema=None) as batch_op:
        batch_op.create_index('ix_training_session_course', ['course_id', 'deleted', 'held_on'], unique=False)

    op.create_table('attendance',
    sa.Column('session_id', sa.Uuid(), nullable=False),
    sa.Column('officer_id', sa.Uuid(), nullable=False),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('id', sa.Uuid(), nullable=False),
    sa.Column('commune_code', sa.String(length=8), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('updated_at', db.base.UTCDateTime(), nullable=False),
    sa.Column('updated_by', sa.String(length=64), nullable=False),
    sa.Column('deleted', sa.Boolean(), nullable=False),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], name=op.f('fk_attendance_officer_id_officer')),
    sa.ForeignKeyConstraint(['session_id'], ['training_session.id'], name=op.f('fk_attendance_session_id_training_session')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_attendance')),
    sa.UniqueConstraint('session_id', 'officer_id', name=op.f('uq_attendance_session_id_officer_id'))
    )
    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.create_index('ix_attendance_officer', ['officer_id', 'deleted'], unique=False)




def downgrade() -> None:

    with op.batch_alter_table('attendance', schema=None) as batch_op:
        batch_op.drop_index('ix_attendance_officer')

    op.drop_table('attendance')
    with op.batch_alter_table('training_session', schema=None) as batch_op:
        batch_op.drop_index('ix_training_session_course')

    op.drop_table('training_session')
    with op.batch_alter_table('course_result', schema=None) as batch_op:
        batch_op.drop_index('ix_course_result_officer')
        batch_op.drop_index('ix_course_result_done')

    op.drop_table('course_result')
    with op.batch_alter_table('course', schema=None) as batch_op:
        batch_op.drop_index('ix_course_list')

    op.drop_table('course')

