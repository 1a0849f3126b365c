"""Section "Hạ tầng công nghệ thông tin" of the monthly report, from the Hạ tầng figures.

Every figure comes from :mod:`core.infrastructure.report` and :mod:`core.infrastructure.check`
(what the Hạ tầng screen shows): devices per type, computers whose operating system is out of
support, faulty devices, the one-stop centre checklist's gaps and the digital technology teams
with the help they gave in the period. The tables' total rows add up the lines above them.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from core.infrastructure import check as infra_check
from core.infrastructure import report as infra_report
from core.infrastructure import teams as infra_teams
from core.infrastructure.equipment import KINDS
from core.reports import wording
from core.reports.model import Block, Paragraph, Table
from core.reports.names import field, value
from core.reports.period import Cutoff, Period

TITLE = "HẠ TẦNG CÔNG NGHỆ THÔNG TIN, TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG"
EQUIPMENT_HEADERS = ["STT", field("equipment", "kind"), "Tổng số", "Đang sử dụng",
                     "Hệ điều hành hết hỗ trợ", "Hỏng, chờ sửa chữa"]
GAP_HEADERS = ["STT", "Nội dung yêu cầu", "Cần có", "Đáp ứng", "Hệ điều hành hết hỗ trợ",
               "Hỏng, chờ sửa chữa", "Còn thiếu"]
TEAM_HEADERS = ["STT", "Tên tổ", field("digital_team", "area"), "Số thành viên", "Số buổi hỗ trợ trong kỳ",
                "Số lượt người được hỗ trợ"]
NO_EQUIPMENT = "Chưa có thiết bị nào trong sổ theo dõi trang thiết bị."
NO_TEAMS = "Xã chưa thành lập Tổ công nghệ số cộng đồng."


def _n(value: int) -> str:
    return wording.num(value)


def equipment_table(kinds: list[infra_report.KindFigures]) -> Table:
    rows = [[_n(i), value(KINDS, k.kind), _n(k.total), _n(k.in_use),
             _n(k.out_of_support), _n(k.faulty)] for i, k in enumerate(kinds, start=1)]
    total = ["", wording.TOTAL] + [_n(sum(getattr(k, a) for k in kinds))
                                   for a in ("total", "in_use", "out_of_support", "faulty")]
    return Table(EQUIPMENT_HEADERS, rows, [8, 38, 12, 14, 15, 13], [0, 2, 3, 4, 5], total)


def gap_table(check: infra_check.Check) -> Table:
    gaps = check.gaps
    rows = [[_n(i), g.requirement.title, _n(g.needed), _n(g.usable), _n(g.out_of_support),
             _n(g.faulty), _n(g.missing)] for i, g in enumerate(gaps, start=1)]
    total = ["", wording.TOTAL] + [_n(sum(getattr(g, a) for g in gaps)) for a in (
        "needed", "usable", "out_of_support", "faulty", "missing")]
    return Table(GAP_HEADERS, rows, [7, 41, 9, 10, 13, 11, 9], [0, 2, 3, 4, 5, 6], total)


def team_table(teams: list[infra_teams.TeamRow]) -> Table:
    rows = [[_n(i), t.name, t.area, _n(t.members), _n(t.sessions), _n(t.people_helped)]
            for i, t in enumerate(teams, start=1)]
    total = ["", wording.TOTAL, ""] + [_n(sum(getattr(t, a) for t in teams))
                                       for a in ("members", "sessions", "people_helped")]
    return Table(TEAM_HEADERS, rows, [7, 30, 21, 12, 15, 15], [0, 3, 4, 5], total)


def equipment_text(f: infra_report.InfraFigures, kinds: list[infra_report.KindFigures]) -> str:
    total = sum(k.total for k in kinds)
    return (f"Trang thiết bị công nghệ thông tin đang theo dõi: {_n(total)} thiết bị, trong đó "
            f"đang sử dụng {_n(f.equipment_in_use)}; hỏng hoặc chờ sửa chữa "
            f"{_n(f.equipment_faulty)}; máy tính đang dùng hệ điều hành đã hết hỗ trợ (không "
            f"còn được cập nhật bản vá bảo mật): {_n(f.out_of_support)} máy.")


def gap_text(f: infra_report.InfraFigures, check: infra_check.Check) -> str:
    lines = len(check.gaps)
    if not f.gap_lines:
        return (f"Đối chiếu với danh mục trang thiết bị tối thiểu của Bộ phận Một cửa "
                f"({_n(lines)} nội dung): đã đáp ứng đầy đủ.")
    money = (f"; dự toán kinh phí bổ sung: {_n(f.estimate_total)} đồng"
             if f.estimate_total else "")
    return (f"Đối chiếu với danh mục trang thiết bị tối thiểu của Bộ phận Một cửa: "
            f"{_n(lines - f.gap_lines)}/{_n(lines)} nội dung đáp ứng; còn thiếu "
            f"{_n(f.gap_items)} thiết bị ở {_n(f.gap_lines)} nội dung{money}.")


def team_text(f: infra_report.InfraFigures, period: Period) -> str:
    if not f.community_teams and not f.rapid_response_teams:
        return NO_TEAMS
    return (f"Toàn xã có {_n(f.community_teams)} Tổ công nghệ số cộng đồng và "
            f"{_n(f.rapid_response_teams)} Tổ ứng cứu công nghệ và nghiệp vụ với "
            f"{_n(f.team_members)} thành viên. Trong {period.wording} các tổ đã tổ chức "
            f"{_n(f.help_sessions)} buổi hỗ trợ, hướng dẫn {_n(f.people_helped)} lượt người dân "
            "sử dụng dịch vụ công trực tuyến và các ứng dụng số.")


def infrastructure_blocks(session: Session, cut: Cutoff) -> list[Block]:
    """Blocks of the section: equipment by type, the checklist's gaps, the teams — the
    register at the cut-off day, the teams' help from the period's start to it."""
    period = cut.period
    f = infra_report.monthly_figures(session, period.start, cut.day)
    kinds = infra_report.by_kind(session, cut.day)
    check = infra_check.check(session, cut.day)
    teams = infra_teams.teams(session, period.start, cut.day)
    out: list[Block] = [Paragraph(equipment_text(f, kinds) if kinds else NO_EQUIPMENT)]
    if kinds:
        out.append(equipment_table(kinds))
    out += [Paragraph(gap_text(f, check)), gap_table(check), Paragraph(team_text(f, period))]
    if teams:
        out.append(team_table(teams))
    return out
