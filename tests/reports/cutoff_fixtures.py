"""A commune with activity before and after the end of last month (the report period P): scans,
certificates expiring and renewed, requests and support closed, training completed in the next
month, an officer taken on and one leaving after P. Dates are relative to today, so "after P"
is always the current month up to today."""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass

from sqlalchemy import update

from core.backlog import lots as lot_svc
from core.backlog import records as recs
from core.certificates import requests as req_svc
from core.officers import registry as officers
from core.reports import period
from core.training import courses as training
from db.models import Certificate, ChangeLog, Officer

TODAY = dt.date.today()
P = period.month(*((TODAY.year, TODAY.month - 1) if TODAY.month > 1 else (TODAY.year - 1, 12)))
P0 = period.month(*((P.start.year, P.start.month - 1) if P.start.month > 1
                    else (P.start.year - 1, 12)))
AFTER = TODAY  # a day after the end of P
VN = period.VIETNAM


def at(day: dt.date, hour: int = 9) -> dt.datetime:
    """A moment of ``day`` in Vietnam time, as UTC."""
    return dt.datetime.combine(day, dt.time(hour), VN).astimezone(dt.UTC)


def in_p(day: int) -> dt.date:
    return P.start.replace(day=day)


def in_p0(day: int) -> dt.date:
    return P0.start.replace(day=day)


@dataclass
class World:
    officers: dict[str, object]
    lot: object
    courses: dict[str, object]
    tickets: dict[str, object]
    requests: dict[str, object]


PEOPLE = [  # key, name, CCCD, position, department, signer
    ("an", "Nguyễn Văn An", "020190001234", "Công chức Văn phòng", "Văn phòng", True),
    ("binh", "Trần Thị Bình", "020185004321", "Công chức Tư pháp", "Tư pháp - Hộ tịch", False),
    ("cuong", "Hoàng Đức Cường", "020190005555", "Công chức Địa chính", "Địa chính", False),
    ("dung", "Lê Thị Dung", "020188007777", "Công chức Văn hóa", "Văn hóa - Xã hội", False),
    ("em", "Phạm Văn Em", "020170009999", "Chủ tịch UBND", "Lãnh đạo UBND", True),
]


def _cert(s, officer_id, kind: str, not_before: dt.datetime, not_after: dt.datetime,
          name: str) -> Certificate:
    cert = Certificate(der=name.encode(), fingerprint=hashlib.sha256(name.encode()).hexdigest(),
                       serial=name, subject_cn=name, issuer_cn="CA", not_before=not_before,
                       not_after=not_after, kind=kind, status="active", officer_id=officer_id)
    s.add(cert)
    s.flush()
    return cert


def _step(s, lot_id, first, last, action, officer, on, **kw) -> None:
    recs.change_status(s, recs.Selection(lot_id=lot_id, first_no=first, last_no=last), action,
                       officer, on, **kw)


def build_world(store) -> World:
    """Everything up to the end of P, plus the first activity after it."""
    with store.write("t") as s:
        ids = {k: officers.create(s, officers.OfficerInput(
            full_name=n, cccd=c, position=pos, department=d, is_signer=sig)).id
            for k, n, c, pos, d, sig in PEOPLE}
    with store.write("t") as s:  # the list was entered well before P0
        s.execute(update(ChangeLog).where(ChangeLog.table_name == "officer")
                  .values(at=at(P0.start - dt.timedelta(days=40))))
    with store.write("t") as s:
        lot_id = lot_svc.create_lot(s, lot_svc.LotInput(
            field="ho_tich", record_kind="Sổ đăng ký khai sinh", year_from=2012, year_to=2020,
            total_records=100)).id
        recs.generate_records(s, lot_id, 1, 100)
        _step(s, lot_id, 1, 20, "scanned", ids["an"], in_p0(10))
        _step(s, lot_id, 21, 50, "scanned", ids["an"], in_p(12))
        _step(s, lot_id, 1, 10, "verified", ids["binh"], in_p(20))
        # after P: more scans, checks, and three October records sent back
        _step(s, lot_id, 51, 60, "scanned", ids["an"], AFTER)
        _step(s, lot_id, 11, 15, "verified", ids["binh"], AFTER)
        _step(s, lot_id, 16, 18, "rejected", ids["binh"], AFTER, reason="Ảnh mờ")
    with store.write("t") as s:
        renewed = _cert(s, ids["an"], "official_duty", at(dt.date(2025, 1, 2)),
                        at(P.end + dt.timedelta(days=10)), "an-2025")
        _cert(s, ids["binh"], "official_duty", at(dt.date(2025, 1, 2)), at(in_p(15)), "binh")
        _cert(s, ids["cuong"], "official_duty", at(dt.date(2025, 3, 1)), at(dt.date(2029, 3, 1)),
              "cuong")
        _cert(s, ids["dung"], "public_ca", at(dt.date(2025, 3, 1)), at(dt.date(2028, 3, 1)),
              "dung")
        # renewed after P: the old one is replaced by a certificate that starts then
        new = _cert(s, ids["an"], "official_duty", at(AFTER, 8), at(dt.date(2029, 1, 1)), "an-new")
        renewed.status, renewed.replaced_by_id = "replaced", new.id
    with store.write("t") as s:
        r = {"r1": req_svc.create_request(s, ids["em"], "new", requested_on=in_p0(20)).id,
             "r2": req_svc.create_request(s, ids["an"], "renew", requested_on=in_p(25)).id,
             "r3": req_svc.create_request(s, ids["binh"], "new", requested_on=in_p(5)).id,
             "r4": req_svc.create_request(s, ids["cuong"], "new", requested_on=in_p(3)).id}
        req_svc.set_request_status(s, r["r1"], "issued", in_p(10))
        req_svc.set_request_status(s, r["r3"], "submitted", in_p(6))
        req_svc.set_request_status(s, r["r2"], "issued", AFTER)
        req_svc.set_request_status(s, r["r4"], "cancelled", AFTER)
    with store.write("t") as s:
        t = {k: req_svc.open_ticket(s, ids[who], kind, "Sự cố", opened_at=when).id
             for k, who, kind, when in (
                 ("t1", "an", "pin_locked", at(in_p(10), 9)),
                 ("t2", "binh", "token_not_recognised", at(in_p(12), 9)),
                 ("t3", "cuong", "signing_tool", at(P.end, 20)),
                 ("t4", "dung", "other", at(in_p0(5), 9)),
                 ("t5", "em", "expired", at(in_p(20), 9)))}
        req_svc.resolve_ticket(s, t["t1"], "Đã mở khóa", at(in_p(10), 15))
        req_svc.resolve_ticket(s, t["t2"], "Cài lại trình điều khiển", at(in_p(14), 9))
        req_svc.resolve_ticket(s, t["t3"], "Cập nhật phần mềm", at(P.end, 20)
                               + dt.timedelta(hours=14))
        req_svc.resolve_ticket(s, t["t4"], "Đã xử lý", at(in_p0(5), 11))
    with store.write("t") as s:
        c = {k: training.create_course(s, training.CourseInput(
            title=title, topic=topic, required=req, provider="bdhvs")).id
            for k, title, topic, req in (("digital", "Kỹ năng số cơ bản", "digital", True),
                                         ("operation", "Vận hành hệ thống một cửa", "operation",
                                          True),
                                         ("extra", "An toàn thông tin", "digital", False))}
        for course, who, day in (("digital", "an", in_p0(15)), ("digital", "binh", in_p(10)),
                                 ("operation", "binh", in_p(12)), ("extra", "cuong", in_p(20)),
                                 ("digital", "cuong", AFTER)):
            training.save_result(s, c[course], ids[who], training.ResultInput(True, day))
    with store.write("t") as s:  # after P: one officer leaves, one is taken on
        s.get(Officer, ids["dung"]).active = False
        ids["moi"] = officers.create(s, officers.OfficerInput(
            full_name="Vũ Thị Mới", cccd="020199001111", department="Văn phòng")).id
    return World(ids, lot_id, c, t, r)


def more_after(store, world: World) -> None:
    """More activity after P, added between two issues of P's report."""
    ids = world.officers
    with store.write("t") as s:
        _step(s, world.lot, 61, 70, "scanned", ids["an"], AFTER)
        _step(s, world.lot, 21, 30, "verified", ids["binh"], AFTER)
        req_svc.resolve_ticket(s, world.tickets["t5"], "Đã gia hạn", at(AFTER, 10))
        req_svc.open_ticket(s, ids["an"], "other", "Sự cố mới", opened_at=at(AFTER, 8))
        req_svc.create_request(s, ids["moi"], "new", requested_on=AFTER)
        training.save_result(s, world.courses["operation"], ids["an"],
                             training.ResultInput(True, AFTER))
        s.get(Officer, ids["cuong"]).active = False
