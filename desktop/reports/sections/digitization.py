"""Section "Kết quả số hóa hồ sơ" of the monthly report — pluggable.

The digitization backlog (tables ``backlog_lot`` / ``backlog_record``, DESIGN.md §3) is built
in its own branch. Until its tables are in the models this section is left out of the report
(the other sections are numbered without it). The integrator fills
:func:`digitization_blocks` once the backlog service exists; it must return real figures or
None — never placeholder numbers.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from db.base import Base
from desktop.reports.model import Block
from desktop.reports.period import Period

TITLE = "KẾT QUẢ SỐ HÓA HỒ SƠ"


def available() -> bool:
    return "backlog_lot" in Base.metadata.tables and "backlog_record" in Base.metadata.tables


def digitization_blocks(session: Session, period: Period) -> list[Block] | None:
    """Blocks of section I (by lĩnh vực: total, digitized, %, target, change in the period).

    TO BE FILLED BY THE INTEGRATOR with the backlog service's figures. Returns None (section
    omitted) while the backlog tables or their figures are not there.
    """
    if not available():
        return None
    return None
