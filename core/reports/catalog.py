"""The reports the app offers, by kind: label, builder, and the file name they are saved under."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy.orm import Session

from core.reports import digitization_report, lists, monthly
from core.reports.common import Stamp
from core.reports.model import Document
from core.reports.period import Period
from db.errors import N_, ValidationError


@dataclass(frozen=True)
class ReportKind:
    key: str
    label: str  # English, translated where shown
    build: Callable[[Session, Period, Stamp], Document]
    file_stem: str
    # ND 30/2020 Điều 7: a list is the annex of a Báo cáo, so every kind numbers as a report
    doc_type: str = "BC"


KINDS = {k.key: k for k in (
    ReportKind("monthly", N_("Monthly report on digital transformation"), monthly.build,
               "bao-cao-chuyen-doi-so"),
    ReportKind("officers", N_("Officer list"), lists.officers, "danh-sach-can-bo"),
    ReportKind("cert_expiry", N_("Certificates expiring"), lists.cert_expiry,
               "chung-thu-so-sap-het-han"),
    ReportKind("training", N_("Training completion list"), lists.training,
               "danh-sach-hoan-thanh-boi-duong"),
    ReportKind("digitization", N_("Digitization progress report"), digitization_report.build,
               "bao-cao-tien-do-so-hoa"),
)}


def get(kind: str) -> ReportKind:
    if kind not in KINDS:
        raise ValidationError(N_("Unknown report {kind}. Choose one of: {kinds}."), kind=kind,
                              kinds=", ".join(KINDS))
    return KINDS[kind]


def build(session: Session, kind: str, period: Period, stamp: Stamp,
          course_id: uuid.UUID | None = None) -> Document:
    """The report's document; ``course_id`` narrows the training completion list to one course."""
    if course_id is not None and kind == "training":
        return lists.training(session, period, stamp, course_id)
    return get(kind).build(session, period, stamp)


def file_name(kind: str, period: Period, suffix: str = ".pdf") -> str:
    return f"{get(kind).file_stem}-{period.key.replace('..', '_')}{suffix}"
