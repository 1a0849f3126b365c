"""The province's figures of every commune as the hub sends them (one row per commune), and the
set of them fetched at one time. Plain data: the client fetches it, the page and the report read it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from db.errors import UserError

STALE_DAYS = 7
STAGES = ("scanned", "verified", "signed", "stored")


def _date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def _moment(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _count(d: dict[str, Any], key: str) -> int | None:
    return int(d[key]) if d.get(key) is not None else None


@dataclass
class CommuneRow:
    code: str
    name: str
    rank: int
    records: int
    digitized_percent: float
    stages: dict[str, int]
    target_percent: float
    target_due: dt.date
    target_reached: bool
    forecast_date: dt.date | None
    on_track: bool
    signers: int
    cert_percent: float
    expiring: int
    officers: int
    training_percent: float
    last_sync: dt.datetime | None
    digitized: int | None = None  # the counts behind the percentages (None: an older cache)
    signers_certified: int | None = None
    trained: int | None = None
    officers_certified: int | None = None  # working officials with a valid official-duty one
    signed_backed: int | None = None  # signed records backed by a verified signed file

    @property
    def signed_unbacked(self) -> int | None:
        """Records marked signed by hand without a verified file (None: a hub too old)."""
        if self.signed_backed is None:
            return None
        return max(0, self.stages.get("signed", 0) - self.signed_backed)

    @property
    def officers_cert_percent(self) -> float | None:
        """The plans' figure (None: a hub too old to send it)."""
        if self.officers_certified is None:
            return None
        return 100.0 * self.officers_certified / self.officers if self.officers else 0.0

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> CommuneRow:
        return cls(d["code"], d["name"], int(d["rank"]), int(d["records"]),
                   float(d["digitized_percent"]), dict(d.get("stages") or {}),
                   float(d["target_percent"]), _date(d["target_due"]), bool(d["target_reached"]),
                   _date(d.get("forecast_date")), bool(d["on_track"]), int(d["signers"]),
                   float(d["cert_percent"]), int(d["expiring"]), int(d["officers"]),
                   float(d["training_percent"]), _moment(d.get("last_sync")),
                   _count(d, "digitized"), _count(d, "signers_certified"), _count(d, "trained"),
                   _count(d, "officers_certified"), _count(d, "signed_backed"))

    def stale_days(self, now: dt.datetime) -> int | None:
        """Days since the last sync when more than STALE_DAYS (or -1: never synced), else None."""
        if self.last_sync is None:
            return -1
        days = (now - self.last_sync).days
        return days if days > STALE_DAYS else None

@dataclass
class Snapshot:
    rows: list[CommuneRow]
    fetched_at: dt.datetime
    from_cache: bool = False
    error: UserError | None = None  # why the cached figures are shown
    raw: dict = field(default_factory=dict, repr=False)

    @property
    def as_of(self) -> dt.date | None:
        """The period's end the people were counted at (None: when fetched)."""
        text = self.raw.get("as_of")
        return dt.date.fromisoformat(text[:10]) if text else None

    @property
    def transfers(self) -> list[dict]:
        return list(self.raw.get("transfers") or [])

    @property
    def conflicts(self) -> list[dict]:
        return list(self.raw.get("conflicts") or [])


def snapshot_of(data: dict, fetched_at: dt.datetime, from_cache: bool) -> Snapshot:
    rows = [CommuneRow.from_json(d) for d in data.get("communes", [])]
    return Snapshot(sorted(rows, key=lambda r: r.rank), fetched_at, from_cache, raw=data)


def transfer_lines(moves: list[dict], names: dict[str, str], tr) -> list[str]:
    """"Nguyễn Văn An (0201…): joined Xã A on 02/01/2026, left Xã A on 10/11/2026, joined Xã B
    on 12/11/2026 — counted in Xã B", one line per person (``names``: commune code -> name)."""
    from core.communes import find_commune
    from core.text import format_date

    names = dict(names)
    for code in {st["commune"] for m in moves for st in m["stints"]} - set(names):
        found = find_commune(code)  # a commune the caller did not name: the official list's
        names[code] = found[0].name if found else code

    def day(text):
        return format_date(dt.date.fromisoformat(text)) if text else "…"

    out = []
    for move in moves:
        steps = []
        for stint in move["stints"]:
            name = names.get(stint["commune"], stint["commune"])
            steps.append(tr("joined {commune} on {date}").format(commune=name,
                                                                  date=day(stint["joined_on"])))
            if stint["left_on"]:
                steps.append(tr("left {commune} on {date}").format(commune=name,
                                                                   date=day(stint["left_on"])))
        counted = next((names.get(st["commune"], st["commune"]) for st in move["stints"]
                        if st["counted"]), None)
        tail = (tr("counted in {commune}").format(commune=counted) if counted
                else tr("not counted"))
        out.append(f"{move['full_name']} ({move['cccd']}): " + ", ".join(steps) + f" — {tail}")
    return out
