"""Demo province for the Toàn tỉnh page: a hub database holding several communes of Lạng Sơn
(officers, certificates, training, backlog lots and records, last syncs), deterministic for a
seed, written with Core inserts as if their bundles had been applied (counters included)."""

from __future__ import annotations

import datetime as dt
import random
import uuid

from sqlalchemy import Engine, insert, select
from sqlalchemy.orm import Session

from core.backlog.lots import stamp_time
from core.communes import communes_of, find_province
from core.officers.registry import search_text
from core.text import name_sort_key
from db.base import Base, utcnow
from db.ids import uuid7_batch
from db.models import Commune
from demo.commune import demo_officers

PROVINCE = "20"  # Tỉnh Lạng Sơn
COMMUNES = 14
COURSES = (("Bình dân học vụ số – kỹ năng số cơ bản", "digital", 16.0),
           ("Vận hành hệ thống thông tin giải quyết TTHC", "operation", 8.0))
FIELDS = ("ho_tich", "chung_thuc", "dat_dai", "xay_dung", "bao_tro_xa_hoi", "nguoi_co_cong")


def _row(commune: str, now: dt.datetime, **values) -> dict:
    return {"id": uuid7_batch(1)[0], "commune_code": commune, "version": 1, "updated_at": now,
            "updated_by": "demo", "deleted": False, **values}


class _Commune:
    def __init__(self, conn, code: str, rng: random.Random, now: dt.datetime) -> None:
        self.conn, self.code, self.rng, self.now = conn, code, rng, now
        self.tables = Base.metadata.tables

    def add(self, table: str, rows: list[dict]) -> None:
        if rows:
            self.conn.execute(insert(self.tables[table]), rows)

    def officers(self, name: str, seed: int) -> list[dict]:
        province = find_province(PROVINCE)
        people = demo_officers(seed, self.rng.randint(24, 40), name, province.code,
                               province.short_name)
        rows = [_row(self.code, self.now, full_name=p.full_name, search_key=search_text(p),
                     sort_key=name_sort_key(p.full_name), cccd=p.cccd, birth_date=p.birth_date,
                     gender=p.gender, position=p.position, department=p.department,
                     phone=p.phone, email=p.email, is_signer=p.is_signer, active=p.active,
                     note=p.note) for p in people]
        self.add("officer", rows)
        return [r for r in rows if r["active"]]

    def certificates(self, officers: list[dict], share: float) -> None:
        rows = []
        for o in officers:
            if not o["is_signer"] or self.rng.random() > share:
                continue
            days = self.rng.choice((12, 25, 90, 200, 400, 600, 700))
            rows.append(_row(self.code, self.now, der=b"", fingerprint=uuid.uuid4().hex,
                             serial=f"{self.rng.randrange(16 ** 12):012x}",
                             subject_cn=o["full_name"], issuer_cn="Ban Cơ yếu Chính phủ",
                             not_before=self.now - dt.timedelta(days=730 - days),
                             not_after=self.now + dt.timedelta(days=days),
                             kind="official_duty", status="active", officer_id=o["id"]))
        self.add("certificate", rows)

    def training(self, officers: list[dict], share: float) -> None:
        courses = [_row(self.code, self.now, title=title, sort_key=title, topic=topic,
                        required=True, hours=hours, origin="province")
                   for title, topic, hours in COURSES]
        self.add("course", courses)
        done = self.now.date() - dt.timedelta(days=self.rng.randint(10, 200))
        self.add("course_result", [
            _row(self.code, self.now, course_id=c["id"], officer_id=o["id"], completed=True,
                 completed_on=done)
            for o in officers for c in courses if self.rng.random() < share])

    def backlog(self, progress: float, officers: list[dict]) -> None:
        today = self.now.astimezone().date()
        self.add("digitization_target", [_row(self.code, self.now, percent=60.0,
                                              due_on=dt.date(today.year, 12, 31), note="")])
        workers = [o["id"] for o in officers[-6:]]
        for n, field in enumerate(self.rng.sample(FIELDS, self.rng.randint(3, 5))):
            size = self.rng.randrange(400, 1600, 50)
            lot = _row(self.code, self.now, field=field, record_kind=f"Sổ {n + 1}",
                       year_from=1995 + n * 5, year_to=1999 + n * 5, total_records=size,
                       digitized_before=0, storage="Kho lưu trữ xã", priority=2, note="")
            self.add("backlog_lot", [lot])
            self._records(lot["id"], size, progress, workers, today)

    def _records(self, lot_id, size: int, progress: float, workers: list, today) -> None:
        done = int(size * min(1.0, max(0.0, self.rng.gauss(progress, 0.08))))
        ids, rows, counts, daily = uuid7_batch(size), [], {}, {}
        for no in range(1, size + 1):
            status = "pending"
            extra = {"scanned_by": None, "scanned_at": None, "officer_id": None, "step_at": None}
            if no <= done:
                status = ("scanned", "verified", "signed", "stored")[min(3, int(
                    4 * self.rng.random() ** 1.6))]
                day = today - dt.timedelta(days=int(self.rng.random() ** 1.3 * 150))
                officer = self.rng.choice(workers) if workers else None
                extra = {"scanned_by": officer, "scanned_at": stamp_time(day),
                         "officer_id": officer, "step_at": stamp_time(day)}
                key = (day, str(officer) if officer else "")
                daily[key] = daily.get(key, 0) + 1
            counts[status] = counts.get(status, 0) + 1
            rows.append({**_row(self.code, self.now), "id": ids[no - 1], "lot_id": lot_id,
                         "record_no": no, "title": "", "status": status, "rejected_reason": "",
                         "prev_status": "", **extra})
        self.add("backlog_record", rows)
        self.add("backlog_counter", [{"lot_id": lot_id, "status": s, "count": c}
                                     for s, c in counts.items()])
        self.add("backlog_daily", [{"day": d, "officer_id": o, "lot_id": lot_id,
                                    "status": "scanned", "count": c}
                                   for (d, o), c in daily.items()])

    def contact(self, days_ago: float | None) -> None:
        node = uuid7_batch(1)[0]
        self.add("sync_peer", [{"node_id": node, "role": "node", "name": "", "url": "",
                                "commune_code": self.code, "sign_key": "A" * 43,
                                "enrolled_at": self.now - dt.timedelta(days=60), "active": True}])
        if days_ago is not None:
            self.add("hub_node_contact", [{"node_id": node, "commune_code": self.code,
                                           "last_push_at": self.now - dt.timedelta(
                                               days=days_ago)}])


def fill_demo_hub(engine: Engine, seed: int = 2025, communes: int = COMMUNES) -> int:
    """Add the demo communes once (idempotent: nothing when the hub already holds communes)."""
    with Session(engine) as s:
        if s.scalar(select(Commune.id).limit(1)) is not None:
            return 0
    province = find_province(PROVINCE)
    chosen = random.Random(seed).sample(communes_of(PROVINCE), communes)
    now = utcnow()
    for i, info in enumerate(sorted(chosen, key=lambda c: c.code)):
        rng = random.Random(seed * 1000 + i)
        with engine.begin() as conn:
            c = _Commune(conn, info.code, rng, now)
            c.add("commune", [_row(info.code, now, code=info.code, name=info.name,
                                   province_code=province.code, province_name=province.name)])
            officers = c.officers(info.name, seed + i)
            c.certificates(officers, rng.uniform(0.55, 1.0))
            c.training(officers, rng.uniform(0.45, 0.98))
            c.backlog(rng.uniform(0.12, 0.75), officers)
            stale = {3: 11.0, 8: 19.0}.get(i)
            c.contact(None if i == 11 else stale or rng.uniform(0.05, 5.0))
    return communes
