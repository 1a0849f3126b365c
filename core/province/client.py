"""Province mode: this computer is enrolled as a province viewer and reads the hub's summary.

The last summary fetched is kept in the ``setting`` table with its time, so the Toàn tỉnh page
still shows figures ("số liệu lúc …") when the province server cannot be reached. No Qt.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

# the figures are plain data of their own module; the page, the report and the demo reach them here too
from core.province.figures import STAGES, STALE_DAYS, CommuneRow, Snapshot, snapshot_of  # noqa: F401
from core.settings import get_setting, set_setting
from core.store import Store
from db.base import utcnow
from db.errors import N_, UserError

MODE = "province.viewer"
CACHE = "province.summary"
DETAIL_CACHE = "province.commune."

Translate = Callable[[str], str]


def is_province_mode(store: Store) -> bool:
    with store.session() as s:
        return bool(get_setting(s, MODE, False))


def set_province_mode(store: Store, on: bool, actor: str = "admin") -> None:
    with store.write(actor) as s:
        set_setting(s, MODE, bool(on))


def _client(store: Store, passphrase: str | None, retries: int):
    """A signed client of the hub with this computer's connection settings (proxy, CA)."""
    from core.sync import service as sync_svc
    from core.sync.online import make_client

    hub = sync_svc.hub_peer(store)
    if hub is None or not hub.url:
        raise UserError(N_("This computer is not connected to the province server yet. Press "
                           "\"Connect to the province server…\" and type the server address and "
                           "the province viewer code."))
    return make_client(store, hub.url, passphrase, retries=retries)


def _get(store: Store, path: str, passphrase: str | None, retries: int, method: str = "GET",
         data: Any = None) -> dict:
    return _call(store, passphrase, retries, lambda client: (
        client.get_json(path) if method == "GET" else client.send_json(method, path, data)))


def _call(store: Store, passphrase: str | None, retries: int, fn: Callable[[Any], Any]) -> Any:
    """``fn(client)`` with a signed client of the hub; its refusals said for a province clerk."""
    from core.sync.http_client import HubRefused

    client = _client(store, passphrase, retries)
    try:
        return fn(client)
    except HubRefused as err:
        if err.code == "not_province":
            raise UserError(N_("The province server does not know this computer as a province "
                               "viewer. Ask the province for a province viewer code.")) from err
        if err.code == "unknown_commune":
            raise UserError(N_("The province server has no data of this commune yet.")) from err
        raise
    finally:
        client.close()


def keep(store: Store, key: str, data: dict, at: dt.datetime) -> None:
    """Keep a fetched answer with its time (shown when the server cannot be reached)."""
    with store.write("admin") as s:
        set_setting(s, key, {"fetched_at": at.isoformat(), "data": data})


def _cached(store: Store, key: str) -> tuple[dict, dt.datetime] | None:
    with store.session() as s:
        entry = get_setting(s, key)
    if not entry:
        return None
    return entry["data"], dt.datetime.fromisoformat(entry["fetched_at"])


def fetch_summary(store: Store, passphrase: str | None = None, retries: int = 1,
                  as_of: dt.date | None = None) -> Snapshot:
    """Ask the hub for the summary and keep it; offline: the cached one with the error set.
    ``as_of``: the people counted where they worked at the end of that day (a past period's
    report); such an answer is not cached and is refused offline."""
    if as_of is not None:
        data = _get(store, f"/api/v1/province/summary?as_of={as_of.isoformat()}", passphrase,
                    retries)
        return snapshot_of(data, utcnow(), False)
    try:
        data = _get(store, "/api/v1/province/summary", passphrase, retries)
    except UserError as err:
        cached = cached_summary(store)
        if cached is None:
            raise
        cached.error = err
        return cached
    now = utcnow()
    keep(store, CACHE, data, now)
    return snapshot_of(data, now, False)


def cached_summary(store: Store) -> Snapshot | None:
    cached = _cached(store, CACHE)
    return snapshot_of(cached[0], cached[1], True) if cached else None


@dataclass
class CommuneDetail:
    row: CommuneRow
    fields: list[dict]
    officers: list[dict]
    fetched_at: dt.datetime
    from_cache: bool = False
    error: UserError | None = None
    transfers: list[dict] = field(default_factory=list)  # this commune's people who moved


def fetch_commune(store: Store, code: str, passphrase: str | None = None,
                  retries: int = 1) -> CommuneDetail:
    """One commune's drill-down from the hub (cached too, for when the network is down)."""
    key = DETAIL_CACHE + code
    try:
        data, at, cached, error = _get(store, f"/api/v1/province/communes/{code}", passphrase,
                                       retries), utcnow(), False, None
        keep(store, key, data, at)
    except UserError as err:
        kept = _cached(store, key)
        if kept is None:
            raise
        (data, at), cached, error = kept, True, err
    return CommuneDetail(CommuneRow.from_json(data["commune"]), data["fields"], data["officers"],
                         at, cached, error, list(data.get("transfers") or []))


def export_xlsx(rows: list[CommuneRow], path: Path, fetched_at: dt.datetime,
                tr: Translate) -> int:
    """The Toàn tỉnh table as shown (ranked), one row per commune."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    wb = Workbook()
    ws = wb.active
    ws.title = tr("Whole province")[:31]
    ws.append([tr("Figures as of {time}").format(
        time=fetched_at.astimezone().strftime("%d/%m/%Y %H:%M"))])
    headers = [tr(h) for h in HEADERS]
    ws.append(headers)
    for cell in ws[2]:
        cell.font = Font(bold=True)
    for r in rows:
        ws.append([r.rank, r.code, r.name, r.records, round(r.digitized_percent, 1),
                   r.forecast_date, round(r.cert_percent, 1), r.expiring,
                   round(r.training_percent, 1),
                   r.last_sync.astimezone().replace(tzinfo=None) if r.last_sync else None])
    for column, width in zip("ABCDEFGHIJ", (6, 9, 28, 12, 11, 14, 13, 11, 13, 18)):
        ws.column_dimensions[column].width = width
    for row in ws.iter_rows(min_row=3):
        row[5].number_format = "DD/MM/YYYY"
        row[9].number_format = "DD/MM/YYYY HH:MM"
    ws.freeze_panes = "A3"
    try:
        wb.save(path)
    except OSError as err:
        raise UserError(N_("Cannot save {file}: {reason}."), file=path.name,
                        reason=err.strerror or str(err)) from err
    return len(rows)


HEADERS = (N_("Rank"), N_("Commune code"), N_("Commune / ward"), N_("Backlog records"),
           N_("Digitized %"), N_("Forecast date"), N_("Signers with certificate %"),
           N_("Expiring soon"), N_("Training %"), N_("Last sync"))


REPORT = "province.report"


def report_settings(store: Store):
    """Who issues the province report (saved ones, else the province's defaults)."""
    from core.province.report import ReportSettings, default_settings

    with store.session() as s:
        saved = get_setting(s, REPORT)
    if saved:
        return ReportSettings(**{k: v for k, v in saved.items()
                                 if k in ReportSettings.__dataclass_fields__})
    place = store.place()
    return default_settings(place.province_name if place else "")


def save_report_settings(store: Store, settings, actor: str = "admin"):
    """Keep the issuer and signer of the province report, texts in NFC; checked first."""
    from dataclasses import asdict, replace

    from core.text import nfc
    from db.errors import ValidationError

    clean = replace(settings, parent_body=nfc(settings.parent_body).strip(),
                    issuing_body=nfc(settings.issuing_body).strip(),
                    body_symbol=nfc(settings.body_symbol).strip(),
                    place=nfc(settings.place).strip(), signer_name=nfc(settings.signer_name).strip(),
                    signer_lines=[nfc(x).strip() for x in settings.signer_lines if x.strip()],
                    recipients=[nfc(x).strip() for x in settings.recipients if x.strip()])
    if not clean.issuing_body:
        raise ValidationError(N_("Enter the issuing body."), field="issuing_body")
    if not clean.place:
        raise ValidationError(N_("Enter the place name for the date line."), field="place")
    with store.write(actor) as s:
        set_setting(s, REPORT, asdict(clean))
    return clean


# the province's catalogue: targets and required courses it publishes to every commune ----------
@dataclass
class Published:
    targets: list[dict]  # {"id", "percent", "due_on": date}
    courses: list[dict]  # {"id", "title", "topic", "hours"}


def fetch_catalogue(store: Store, passphrase: str | None = None) -> Published:
    data = _get(store, "/api/v1/province/catalogue", passphrase, 1)
    targets = [{**t, "due_on": dt.date.fromisoformat(t["due_on"])} for t in data["targets"]]
    return Published(targets, data["courses"])


def publish_target(store: Store, percent: float, due_on: dt.date,
                   passphrase: str | None = None) -> dict:
    """Every commune receives the target on its next sync (retried safely: the id is chosen
    here, so the province server makes the row once)."""
    from core.accounts.permissions import require
    from db.errors import ValidationError
    from db.ids import uuid7

    require(store.role, "publish_catalogue")
    if not 0 < percent <= 100:
        raise ValidationError(N_("The target must be a percentage between 0 and 100."),
                              field="percent")
    return _get(store, "/api/v1/province/targets", passphrase, 3, "POST",
                {"id": str(uuid7()), "percent": percent, "due_on": due_on.isoformat()})


def publish_course(store: Store, title: str, topic: str, hours: float = 0.0,
                   passphrase: str | None = None) -> dict:
    from core.accounts.permissions import require
    from core.text import nfc
    from db.errors import ValidationError
    from db.ids import uuid7

    require(store.role, "publish_catalogue")
    title = nfc(title).strip()
    if not title:
        raise ValidationError(N_("Enter the title of the course and its topic."), field="title")
    return _get(store, "/api/v1/province/courses", passphrase, 3, "POST",
                {"id": str(uuid7()), "title": title, "topic": topic, "hours": hours})


def withdraw(store: Store, kind: str, row_id: str, passphrase: str | None = None) -> bool:
    """``kind`` "targets" or "courses"; every commune drops the row on its next sync."""
    from core.accounts.permissions import require

    require(store.role, "publish_catalogue")
    return bool(_get(store, f"/api/v1/province/{kind}/{row_id}", passphrase, 3,
                     "DELETE")["withdrawn"])


# a commune's USB file brought to the province ----------------------------------------------
@dataclass
class UsbReturn:
    source: Path  # the commune's file, on its stick
    commune: str
    applied: int
    skipped: int
    conflicts: int
    quarantined: int
    reply: Path  # the return file written beside it


def take_usb_bundle(store: Store, path: Path, passphrase: str | None = None) -> UsbReturn:
    """Send a commune's USB file to the province server, which applies it (all or nothing) and
    answers with that commune's return file; it is written beside the commune's file on the
    stick (temporary name, flushed, renamed) and read back before this returns."""
    import orjson

    from core.sync import service as sync_svc
    from core.sync.usb import check_folder, verify_written

    try:
        data = path.read_bytes()
    except OSError as err:
        raise UserError(N_("Cannot read {file}: {reason}."), file=path.name,
                        reason=err.strerror or str(err)) from err
    check_folder(path.parent)
    response = _call(store, passphrase, 2,
                     lambda client: client.send_bytes("/api/v1/province/usb-bundle", data))
    tally = orjson.loads(response.headers.get("X-Xaso-Result", "{}"))
    name = response.headers.get("Content-Disposition", "").split("filename=")[-1].strip('"')
    target = path.parent / (Path(name).name or "xaso-tra-ve.xaso")
    part = target.with_name(target.name + ".part")
    try:
        with part.open("wb") as fh:
            fh.write(response.content)
            fh.flush()
            os.fsync(fh.fileno())
        part.replace(target)
    except OSError as err:
        part.unlink(missing_ok=True)
        raise UserError(N_("Cannot write to {folder}: it is read-only or full."),
                        folder=str(path.parent)) from err
    verify_written(target, sync_svc.hub_peer(store).sign_key)
    if tally.get("gap"):
        raise UserError(N_("The province server did not apply {file}: it lacks changes this "
                           "commune sent earlier (it was restored from an earlier copy). The "
                           "return file {reply} was written beside it: import it on the "
                           "commune's computer, and the next file it makes sends again what is "
                           "missing."), file=path.name, reply=target.name)
    return UsbReturn(path, str(tally.get("commune", "")), int(tally.get("applied", 0)),
                     int(tally.get("skipped", 0)), int(tally.get("conflicts", 0)),
                     int(tally.get("quarantined", 0)), target)
