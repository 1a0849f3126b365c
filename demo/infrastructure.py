"""Demo Hạ tầng data: a small one-stop centre inventory with realistic gaps, village digital
technology teams and the rapid-response team with their help log.

Deterministic for a seed (dates count back from today); written through the services (so the
change log has it) inside the demo's own transaction. Gaps on purpose: an old Windows 7 PC and a
Windows 10 office PC, a faulty ADF scanner, one UPS for two, no backup internet line.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence

from sqlalchemy.orm import Session

from core.infrastructure import check as infra_check
from core.infrastructure import equipment as svc
from core.infrastructure import teams as infra_teams
from db.models import Officer

# asset code, kind, subtype, make/model, year, location, detail, state, os, ppm, officer post,
# note
_DEVICES = (
    (
        "MT-01",
        "desktop",
        "",
        "Dell OptiPlex 3080 SFF",
        2021,
        "one_stop",
        "Quầy 1",
        "in_use",
        "win11",
        None,
        "tiếp nhận",
        "",
    ),
    (
        "MT-02",
        "desktop",
        "",
        "HP ProDesk 400 G7",
        2022,
        "one_stop",
        "Quầy 2",
        "in_use",
        "win11",
        None,
        "tiếp nhận",
        "",
    ),
    (
        "MT-03",
        "desktop",
        "",
        "HP Compaq Pro 6300",
        2013,
        "one_stop",
        "Quầy 3",
        "in_use",
        "win7",
        None,
        "tiếp nhận",
        "Máy chậm, không cài được VNeID trên trình duyệt mới",
    ),
    (
        "MT-04",
        "desktop",
        "",
        "Dell Vostro 3670",
        2019,
        "office",
        "Văn phòng HĐND và UBND",
        "in_use",
        "win10",
        None,
        "Văn phòng - Thống kê",
        "",
    ),
    (
        "MT-05",
        "laptop",
        "",
        "Asus ExpertBook B1",
        2023,
        "office",
        "Phòng Chuyển đổi số",
        "in_use",
        "win11",
        None,
        "Chuyển đổi số",
        "",
    ),
    (
        "MQ-01",
        "scanner",
        "adf",
        "Canon DR-C225 II",
        2022,
        "one_stop",
        "Quầy 2",
        "faulty",
        "",
        25,
        "",
        "Kẹt giấy liên tục, đã báo hãng",
    ),
    ("MQ-02", "scanner", "flatbed", "Canon LiDE 300", 2020, "one_stop", "Quầy 1", "in_use", "", 8, "", ""),
    ("MI-01", "printer", "", "Brother HL-L2321D", 2020, "one_stop", "", "in_use", "", None, "", ""),
    (
        "MI-02",
        "printer",
        "",
        "Canon LBP 2900",
        2012,
        "office",
        "Văn thư",
        "awaiting_repair",
        "",
        None,
        "",
        "Hỏng trống mực",
    ),
    (
        "DT-01",
        "network",
        "main_line",
        "VNPT FiberVNN 300 Mbps",
        2023,
        "server",
        "",
        "in_use",
        "",
        None,
        "",
        "Hợp đồng đến 12/2027",
    ),
    ("TB-01", "network", "router", "TP-Link ER605", 2023, "server", "", "in_use", "", None, "", ""),
    ("TB-02", "network", "switch", "TP-Link TL-SG1016D", 2021, "server", "", "in_use", "", None, "", ""),
    (
        "UPS-01",
        "ups",
        "",
        "Santak Blazer 1000 Pro",
        2019,
        "server",
        "",
        "in_use",
        "",
        None,
        "",
        "Ắc quy yếu, lưu điện khoảng 5 phút",
    ),
    (
        "KS-01",
        "kiosk",
        "",
        "Kiosk lấy số thứ tự 21 inch",
        2024,
        "one_stop",
        "Sảnh chờ",
        "in_use",
        "win10",
        None,
        "",
        "",
    ),
    (
        "CAM-01",
        "camera",
        "",
        "Hikvision DS-2CD1023G0E",
        2023,
        "one_stop",
        "Sảnh chờ",
        "in_use",
        "",
        None,
        "",
        "",
    ),
)
_PRICES = {
    "pc_per_desk": 16_500_000,
    "adf_scanner": 28_000_000,
    "backup_line": 4_200_000,
    "ups": 3_200_000,
    "token_reader": 1_800_000,
}
_VILLAGES = (
    ("Tổ công nghệ số cộng đồng thôn Đồng Tâm", "Thôn Đồng Tâm"),
    ("Tổ công nghệ số cộng đồng khu phố Chi Lăng", "Khu phố Chi Lăng"),
)
_VOLUNTEERS = (
    "Hoàng Văn Thắng",
    "Nông Thị Thu Hà",
    "Lương Đức Anh",
    "Vi Thị Hồng",
    "Đặng Văn Khải",
    "Hà Thị Lan",
)
_HELP = (
    "Hướng dẫn người dân cài đặt, kích hoạt tài khoản định danh điện tử VNeID mức độ 2",
    "Hỗ trợ người dân nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia",
    "Hướng dẫn thanh toán lệ phí không dùng tiền mặt qua ứng dụng ngân hàng",
    "Phổ biến kỹ năng số cơ bản tại nhà văn hóa thôn (Bình dân học vụ số)",
)
_RAPID = (
    "Khắc phục lỗi token ký số không nhận tại Quầy 2",
    "Khôi phục kết nối mạng tại Bộ phận một cửa sau sự cố mất điện",
    "Hỗ trợ cán bộ cài lại phần mềm ký số sau khi cập nhật Windows",
)


def _officer(officers: Sequence[Officer], post: str, skip: int = 0) -> Officer | None:
    found = [o for o in officers if o.active and post and post in o.position]
    return found[skip % len(found)] if found else None


def add_demo_infrastructure(
    session: Session, seed: int, officers: Sequence[Officer], today: dt.date | None = None
) -> int:
    """Add the demo inventory, checklist prices and teams; returns how many devices."""
    rng = random.Random(seed * 104729 + 12)
    today = today or dt.date.today()
    desks = 0
    for code, kind, sub, model, year, place, detail, state, os, ppm, post, note in _DEVICES:
        officer = _officer(officers, post, desks) if post else None
        desks += kind == "desktop" and place == "one_stop"
        svc.create(
            session,
            svc.EquipmentInput(
                kind=kind,
                subtype=sub,
                make_model=model,
                asset_code=code,
                purchase_year=year,
                location=place,
                location_detail=detail,
                state=state,
                os=os,
                pages_per_minute=ppm,
                officer_id=officer.id if officer else None,
                note=note,
                warranty_end=dt.date(year + 3, 6, 30) if year >= 2022 else None,
            ),
        )
    infra_check.ensure_checklist(session)
    for line in infra_check.checklist(session):
        if line.code in _PRICES:
            infra_check.set_line(session, line.id, unit_price=_PRICES[line.code])
        if line.code == "pc_per_desk":  # the demo commune has three reception desks
            infra_check.set_line(session, line.id, quantity=3)
    _add_teams(session, rng, officers, today)
    return len(_DEVICES)


def _add_teams(session: Session, rng: random.Random, officers: Sequence[Officer], today: dt.date) -> None:
    working = [o for o in officers if o.active]
    rapid = infra_teams.save_team(
        session,
        infra_teams.TeamInput(
            "Tổ ứng cứu công nghệ và nghiệp vụ xã", "rapid_response", "Bộ phận một cửa", dt.date(2025, 7, 15)
        ),
    )
    for post, role in (
        ("Chuyển đổi số", "leader"),
        ("tiếp nhận", "member"),
        ("Văn phòng - Thống kê", "member"),
    ):
        officer = _officer(working, post)
        if officer is not None:
            infra_teams.save_member(
                session, rapid.id, infra_teams.MemberInput(officer_id=officer.id, role=role)
            )
    for days, text in zip((4, 17, 33), _RAPID):
        infra_teams.save_activity(
            session,
            rapid.id,
            infra_teams.ActivityInput(today - dt.timedelta(days=days), text, rng.randint(1, 4)),
        )
    for number, (name, area) in enumerate(_VILLAGES):
        team = infra_teams.save_team(
            session, infra_teams.TeamInput(name, "community", area, dt.date(2025, 8, 1))
        )
        leader = working[(number * 7 + 3) % len(working)] if working else None
        if leader is not None:
            infra_teams.save_member(
                session, team.id, infra_teams.MemberInput(officer_id=leader.id, role="leader")
            )
        for i, person in enumerate(_VOLUNTEERS[number * 3 : number * 3 + 3]):
            infra_teams.save_member(
                session,
                team.id,
                infra_teams.MemberInput(
                    person,
                    phone=f"09{rng.randint(10_000_000, 99_999_999)}",
                    role="deputy" if i == 0 else "member",
                ),
            )
        for days in sorted(rng.sample(range(2, 60), 4), reverse=True):
            infra_teams.save_activity(
                session,
                team.id,
                infra_teams.ActivityInput(
                    today - dt.timedelta(days=days), rng.choice(_HELP), rng.randint(8, 45)
                ),
            )
