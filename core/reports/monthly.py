"""The monthly commune report on digital transformation (DOMAIN.md: sections I–IV + annexes).

Every figure is taken at one cut-off (:func:`core.reports.period.cutoff`): the period's last
instant, or the end of the day the report is made while the period runs (the report then says
"Số liệu tính đến ngày …"). Issuing a past month again gives the same figures.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from core.reports import data
from core.reports import register as service
from core.reports.common import Stamp, cut_note, numbered, shell
from core.reports.model import Block, Document, Paragraph
from core.reports.period import Period, cutoff
from core.reports.sections import digitization, infrastructure, signing, training

KIND = "monthly"
NO_NOTE = "Không có."


def build(session: Session, period: Period, stamp: Stamp) -> Document:
    cut = cutoff(period, stamp.on)
    sections: list[tuple[str, list[Block]]] = []
    backlog = digitization.digitization_blocks(session, cut)
    if backlog is not None:
        sections.append((digitization.TITLE, backlog))
    sections.append((signing.TITLE, signing.signing_blocks(
        data.cert_figures(session, cut), data.support_figures(session, cut), cut)))
    blocks, annexes = training.training_blocks(data.training_figures(session, cut), cut, 0)
    sections.append((training.TITLE, blocks))
    sections.append((infrastructure.TITLE, infrastructure.infrastructure_blocks(session, cut)))
    note = service.get_note(session, KIND, period.key) or NO_NOTE
    sections.append(("KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT", [Paragraph(note)]))
    summary = f"Kết quả chuyển đổi số {period.wording}"
    return shell(session, stamp, summary, cut_note(cut) + numbered(sections), annexes)
