"""The parts every report shares: the header block, the signer, numbered sections."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from core.reports import register as service
from core.reports import wording
from core.reports.model import Annex, Block, Document, Header, Heading, Paragraph, Signer
from core.reports.period import Cutoff

DOC_NAMES = {"BC": "Báo cáo", "TTr": "Tờ trình", "CV": "Công văn"}


@dataclass(frozen=True)
class Stamp:
    """The number and date of an issued report; a preview has no number and today's date."""

    number: int | None
    on: dt.date


def shell(session: Session, stamp: Stamp, summary: str, blocks: list[Block],
          annexes: list[Annex] | None = None, title: str = wording.TITLE,
          landscape: bool = False, doc_type: str = "BC") -> Document:
    s = service.load_settings(session)
    lines, name = service.signer_lines(session, s)
    header = Header(s.parent_body, s.issuing_body,
                    wording.number_line(stamp.number, doc_type, s.body_symbol),
                    wording.place_date(s.place, stamp.on))
    for annex in annexes or []:
        annex.attached = annex.attached or attached_line(s, stamp, doc_type)
    return Document(header, title, summary, blocks, list(s.recipients), Signer(lines, name),
                    annexes or [], landscape, draft=stamp.number is None)


def short_body(issuing_body: str) -> str:
    """"ỦY BAN NHÂN DÂN XÃ HỮU LŨNG" → "UBND xã Hữu Lũng"."""
    words = issuing_body.split()
    if issuing_body.upper().startswith("ỦY BAN NHÂN DÂN ") and len(words) > 4:
        return " ".join(["UBND", words[4].lower()] + [w.capitalize() for w in words[5:]])
    return issuing_body


def attached_line(s: service.ReportSettings, stamp: Stamp, doc_type: str = "BC") -> str:
    """"(Kèm theo Báo cáo số 05/BC-UBND ngày 05/12/2026 của UBND xã Hữu Lũng)" under an
    annex's title (ND 30/2020, Phụ lục I); a draft has no number yet and says so."""
    kind = DOC_NAMES.get(doc_type, "văn bản")
    who = short_body(s.issuing_body)
    if stamp.number is None:
        return (f"(Kèm theo {kind} số …/{doc_type}-{s.body_symbol} ngày …/…/… của {who}"
                " — bản dự thảo, chưa cấp số)")
    return (f"(Kèm theo {kind} số {wording.symbol(stamp.number, doc_type, s.body_symbol)} ngày "
            f"{wording.date(stamp.on)} của {who})")


def cut_note(cut: Cutoff) -> list[Block]:
    """"Số liệu tính đến ngày 06/12/2026." first in a report whose period has not ended."""
    return [Paragraph(cut.note)] if cut.partial else []


def numbered(sections: list[tuple[str, list[Block]]]) -> list[Block]:
    """Sections that are present, numbered I, II, III … in order."""
    out: list[Block] = []
    for i, (title, blocks) in enumerate(sections):
        out.append(Heading(f"{wording.ROMAN[i]}. {title}"))
        out += blocks
    return out


def annex_title(index: int) -> str:
    return f"Phụ lục {wording.ROMAN[index]}"
