"""Saving the completion list (danh sách học viên hoàn thành) of a course to Excel, in the background."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import QWidget

from desktop.i18n import tr, user_message
from desktop.services import training_coverage as cov
from desktop.services.text import fold
from desktop.ui.context import AppContext


def suggested_name(title: str) -> str:
    slug = "-".join(fold(title).split())[:60] or "khoa-hoc"
    return f"danh-sach-hoan-thanh-{slug}.xlsx"


def export_completion(ctx: AppContext, parent: QWidget, course_id: uuid.UUID | None, title: str) -> None:
    path = ctx.prompts.save_file(parent, tr("Save the completion list"), suggested_name(title),
                                 tr("Excel files (*.xlsx)"))
    if path is None:
        return
    if path.suffix.lower() != ".xlsx":
        path = path.with_suffix(".xlsx")
    commune = ctx.store.commune()
    heading = tr("LIST OF TRAINEES WHO COMPLETED THE COURSE")
    subtitle = tr("Course: {title}").format(title=title)
    if commune is not None:
        subtitle += f" — {commune.name}, {commune.province_name}"
    store = ctx.store

    def work(_progress):
        with store.session() as s:
            rows = cov.completion_list(s, course_id)
        cov.export_completion_xlsx(rows, path, heading, subtitle, translate=tr)
        return len(rows)

    def done(count: int) -> None:
        ctx.prompts.info(parent, tr("Completion list"),
                         tr("Saved {count} trainees who completed to {file}.").format(
                             count=count, file=str(path)))

    # a few hundred rows at most: no progress dialog, but never on the GUI thread
    ctx.runner.run(work, done,
                   lambda err: ctx.prompts.error(parent, tr("Completion list"), user_message(err)))
