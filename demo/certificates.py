"""Demo certificates, requests and support tickets for the demo officers (deterministic per seed).

The certificates go through the real import (preview + apply), so the demo shows what an
import of the officers' files would give: most officers on official-duty certificates, a few
expiring, one expired, some still on a public CA, a certificate from before the
reorganisation, two waiting for review and one organisation certificate.
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.certificates import parse
from core.certificates import registry as svc
from core.certificates import requests as req
from db.models import Certificate, Officer
from demo.cert_factory import CertFactory, make_name

CARRIER_WEIGHTS = (("token", 6), ("sim", 2), ("remote", 2))
TICKETS = (
    ("token_not_recognised", "Máy tính không nhận USB token sau khi cập nhật Windows", 3),
    ("pin_locked", "Nhập sai mã PIN 3 lần, token bị khóa", 20),
    ("signing_tool", "Công cụ ký số báo lỗi khi ký văn bản PDF trên hệ thống một cửa", 5),
    ("expired", "Chứng thư hết hạn, không ký được kết quả thủ tục", 30),
    ("other", "Không thấy chứng thư trong danh sách khi ký trên Hệ thống thông tin giải quyết TTHC", None),
)


def _plan(rng: random.Random, count: int) -> list[str]:
    """What each working officer gets, in a fixed mix shuffled by the seed."""
    special = [
        "expiring_7",
        "expiring_30",
        "expiring_30",
        "expired",
        "public",
        "public",
        "public_and_official",
        "old_agency",
        "none",
        "none",
    ]
    plan = special[:count] + ["official"] * max(0, count - len(special))
    rng.shuffle(plan)
    return plan


def _certificate(f: CertFactory, officer: Officer, agency: str, kind: str, rng: random.Random):
    uid = f"CCCD:{officer.cccd}"
    now = f.now
    if kind == "old_agency":
        start = dt.datetime(2024, 5, 10, tzinfo=dt.UTC)
        return [
            f.leaf(
                make_name(officer.full_name, "UBND xã Vân Nham", "Lạng Sơn", uid=uid),
                start=start,
                days_valid=5 * 365,
            )
        ]
    if kind in ("public", "public_and_official"):
        public = f.leaf(
            make_name(officer.full_name, "Cá nhân", uid=uid),
            issuer="public",
            start=now - dt.timedelta(days=rng.randint(100, 500)),
            days_valid=3 * 365,
        )
        if kind == "public":
            return [public]
        return [public, _certificate(f, officer, agency, "official", rng)[0]]
    if kind == "official":  # most were issued after the reorganisation, with the new name
        since = max(1, (now - req.REORGANISATION).days - 20)
        start = req.REORGANISATION + dt.timedelta(days=rng.randint(10, since))
        length = rng.choice((3, 5)) * 365
    else:
        left = {"expiring_7": 5, "expiring_30": rng.randint(12, 28), "expired": -9}[kind]
        length = 3 * 365
        start = now + dt.timedelta(days=left) - dt.timedelta(days=length)
    string_type = "bmp" if rng.random() < 0.3 else "utf8"
    return [
        f.leaf(
            make_name(officer.full_name, agency, "Lạng Sơn", uid=uid, string_type=string_type),
            start=start,
            days_valid=length,
        )
    ]


def add_demo_certificates(session: Session, seed: int, commune_name: str) -> int:
    """Called by fill_demo inside its transaction; returns the number of certificates."""
    rng = random.Random(seed * 7919 + 5)
    f = CertFactory(seed=seed)
    agency = f"UBND {commune_name}"
    officers = (
        session.execute(
            select(Officer)
            .where(Officer.deleted.is_(False), Officer.active.is_(True))
            .order_by(Officer.sort_key)
        )
        .scalars()
        .all()
    )
    files: list[svc.FileRead] = []
    for officer, kind in zip(officers, _plan(rng, len(officers)), strict=True):
        if kind == "none":
            continue
        for n, cert in enumerate(_certificate(f, officer, agency, kind, rng)):
            name = f"{officer.cccd}-{n}.cer"
            files.append(svc.FileRead(Path(name), [parse.describe(cert)]))
    for i, name in enumerate(("Hoàng Thị Mai", "Lý Văn Tùng")):  # officers not registered yet
        cert = f.leaf(make_name(name, agency, "Lạng Sơn"), start=f.now - dt.timedelta(days=40 + i))
        files.append(svc.FileRead(Path(f"chua-gan-{i + 1}.cer"), [parse.describe(cert)]))
    org = f.leaf(make_name(agency, agency, "Lạng Sơn", uid="MST:4900251234"))
    files.append(svc.FileRead(Path("co-quan.cer"), [parse.describe(org)]))
    result = svc.preview(session, files)
    count = svc.apply(session, result)
    _carriers(session, rng)
    _requests(session, rng, officers)
    _tickets(session, rng, officers, f.now)
    return count


def _carriers(session: Session, rng: random.Random) -> None:
    names, weights = zip(*CARRIER_WEIGHTS, strict=True)
    for cert in session.execute(select(Certificate).order_by(Certificate.fingerprint)).scalars():
        cert.carrier = rng.choices(names, weights)[0] if cert.kind == "official_duty" else "token"
    session.flush()


def _requests(session: Session, rng: random.Random, officers: list[Officer]) -> None:
    today = dt.date.today()
    needs = req.needs(session)
    for need, status in zip(needs[:4], ("submitted", "draft", "submitted", "issued"), strict=False):
        request = req.create_request(
            session,
            need.officer_id,
            req.NEED_REQUEST[need.reason],
            carrier="token",
            requested_on=today - dt.timedelta(days=rng.randint(8, 20)),
        )
        if status != "draft":
            req.set_request_status(
                session,
                request.id,
                "submitted",
                request.requested_on + dt.timedelta(days=2),
                reference=f"BCY-{rng.randint(10000, 99999)}",
            )
        if status == "issued":
            req.set_request_status(session, request.id, "issued", today - dt.timedelta(days=1))
    helped = officers[1] if len(officers) > 1 else officers[0]
    req.create_request(
        session, helped.id, "device_recovery", carrier="token", requested_on=today - dt.timedelta(days=3)
    )


def _tickets(session: Session, rng: random.Random, officers: list[Officer], now: dt.datetime) -> None:
    for i, (kind, text, hours) in enumerate(TICKETS):
        opened = now - dt.timedelta(days=25 - 5 * i, hours=rng.randint(0, 6))
        officer = officers[(i * 7) % len(officers)] if officers else None
        ticket = req.open_ticket(session, officer.id if officer else None, kind, text, opened)
        if hours is not None:
            solution = (
                "Cài lại trình điều khiển token",
                "Mở khóa PIN tại Ban Cơ yếu",
                "Cập nhật công cụ ký số",
                "Lập yêu cầu gia hạn",
            )[i % 4]
            req.resolve_ticket(session, ticket.id, solution, opened + dt.timedelta(hours=hours))
