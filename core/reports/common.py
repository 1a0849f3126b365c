"""The parts every report shares: the header block, the signer, numbered sections."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from core.reports import register as service
from core.reports import wording
from core.reports.model import Annex, Block, Document, Header, Heading, Signer


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
    return Document(header, title, summary, blocks, list(s.recipients), Signer(lines, name),
                    annexes or [], landscape, draft=stamp.number is None)


def numbered(sections: list[tuple[str, list[Block]]]) -> list[Block]:
    """Sections that are present, numbered I, II, III … in order."""
    out: list[Block] = []
    for i, (title, blocks) in enumerate(sections):
        out.append(Heading(f"{wording.ROMAN[i]}. {title}"))
        out += blocks
    return out


def annex_title(index: int) -> str:
    return f"Phụ lục {wording.ROMAN[index]}"
