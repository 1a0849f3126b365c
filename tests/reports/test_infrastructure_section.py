"""Section "Hạ tầng công nghệ thông tin" of the monthly report: totals equal a recount of the
database, in the document, in the PDF text (pypdf) and in the XLSX export."""

from __future__ import annotations

import datetime as dt

from openpyxl import load_workbook
from sqlalchemy import func, select

from core.infrastructure import check as infra_check
from core.reports import monthly, pdf, period, xlsx
from core.reports.common import Stamp
from core.reports.model import Heading, Paragraph
from core.reports.sections import infrastructure as section
from db.models import DigitalTeam, Equipment, TeamActivity, TeamMember
from tests.reports.conftest import pdf_pages

ISSUED = dt.date(2030, 1, 5)
OLD_OS = ("win7", "win81", "win10")  # out of support by the end of 2025


def _this_month() -> period.Period:
    today = dt.date.today()
    return period.month(today.year, today.month)


def _recount(s, p: period.Period) -> dict[str, int]:
    live = (Equipment.deleted.is_(False), Equipment.state != "retired")
    count = lambda *where: s.execute(select(func.count()).select_from(Equipment)  # noqa: E731
                                     .where(*live, *where)).scalar_one()
    team_live = (DigitalTeam.deleted.is_(False),)
    activity = (TeamActivity.deleted.is_(False), TeamActivity.held_on >= p.start,
                TeamActivity.held_on <= p.end, *team_live)
    return {
        "total": count(),
        "in_use": count(Equipment.state == "in_use"),
        "old": count(Equipment.state == "in_use", Equipment.os.in_(OLD_OS)),
        "faulty": count(Equipment.state.in_(("faulty", "awaiting_repair"))),
        "members": s.execute(select(func.count()).select_from(TeamMember).join(
            DigitalTeam, DigitalTeam.id == TeamMember.team_id)
            .where(TeamMember.deleted.is_(False), *team_live)).scalar_one(),
        "sessions": s.execute(select(func.count()).select_from(TeamActivity).join(
            DigitalTeam, DigitalTeam.id == TeamActivity.team_id).where(*activity)).scalar_one(),
        "helped": s.execute(select(func.coalesce(func.sum(TeamActivity.people_helped), 0))
                            .join(DigitalTeam, DigitalTeam.id == TeamActivity.team_id)
                            .where(*activity)).scalar_one(),
    }


def _section_tables(doc):
    start = next(i for i, b in enumerate(doc.blocks)
                 if isinstance(b, Heading) and section.TITLE in b.text)
    out = []
    for block in doc.blocks[start + 1:]:
        if isinstance(block, Heading):
            break
        out.append(block)
    return out


def test_section_comes_before_the_difficulties_and_totals_equal_the_recount(demo_store):
    p = _this_month()
    with demo_store.session() as s:
        doc = monthly.build(s, p, Stamp(None, ISSUED))
        want = _recount(s, p)
        check = infra_check.check(s, p.end)
    headings = [b.text for b in doc.blocks if isinstance(b, Heading)]
    assert headings[-2:] == [f"{headings[-2].split('.')[0]}. {section.TITLE}",
                             f"{headings[-1].split('.')[0]}. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT"]
    blocks = _section_tables(doc)
    equipment, gaps, teams = [b for b in blocks if not isinstance(b, Paragraph)]
    assert want["total"] > 0 and want["sessions"] > 0 and want["old"] > 0
    assert equipment.total[2:] == [str(want["total"]), str(want["in_use"]), str(want["old"]),
                                   str(want["faulty"])]
    assert sum(int(r[2]) for r in equipment.rows) == want["total"]
    assert gaps.total[-1] == str(check.missing_items) and int(gaps.total[-1]) > 0
    assert sum(int(r[-1]) for r in gaps.rows) == check.missing_items
    assert teams.total[3:] == [str(want["members"]), str(want["sessions"]),
                               f"{want['helped']:,}".replace(",", ".")]
    text = " ".join(" ".join(pdf_pages(pdf.render(doc))).split())
    assert section.TITLE in text
    assert f"Tổng cộng {want['total']} {want['in_use']} {want['old']} {want['faulty']}" in text
    assert f"{want['sessions']} buổi hỗ trợ" in text
    assert f"Tổng cộng {want['members']} {want['sessions']} {teams.total[-1]}" in text


def test_section_tables_go_to_the_xlsx_with_real_numbers(demo_store, tmp_path):
    with demo_store.session() as s:
        doc = monthly.build(s, _this_month(), Stamp(None, ISSUED))
        want = _recount(s, _this_month())
    wb = load_workbook(xlsx.export(doc, tmp_path / "bao-cao.xlsx"))
    sheet = next(wb[n] for n in wb.sheetnames if wb[n]["B4"].value == "Loại thiết bị")
    last = sheet.max_row
    assert sheet.cell(last, 2).value == "Tổng cộng"
    assert sheet.cell(last, 3).value == want["total"]
    assert sheet.cell(last, 3).value == sum(sheet.cell(r, 3).value for r in range(5, last))


def test_empty_register_says_so_and_prints_no_equipment_table(ready_store):
    with ready_store.session() as s:
        doc = monthly.build(s, period.parse("2026-11"), Stamp(None, ISSUED))
    blocks = _section_tables(doc)
    texts = [b.text for b in blocks if isinstance(b, Paragraph)]
    assert texts[0] == section.NO_EQUIPMENT and texts[-1] == section.NO_TEAMS
    # the checklist is still shown: everything on it is missing
    (gaps,) = [b for b in blocks if not isinstance(b, Paragraph)]
    assert int(gaps.total[-1]) > 0 and gaps.total[3] == "0"
