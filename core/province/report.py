"""Báo cáo toàn tỉnh: the province's report on every commune's digital transformation, made on a
province computer from the figures the province server sent (the Toàn tỉnh table).

Sections I–IV sum up the province and name the communes that need attention; Phụ lục I is the
whole ranked table. The header is the province body's (ND 30/2020 layout, as every report).
No Qt, no database: it works on a fetched :class:`~core.province.client.Snapshot`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from core.province.figures import STALE_DAYS, CommuneRow, Snapshot
from core.reports import wording
from core.reports.common import annex_title, numbered
from core.reports.model import Annex, BarChart, Block, Document, Header, Paragraph, Signer, Table
from core.text import collation_key
from db.errors import N_, ValidationError

FILE_STEM = "bao-cao-toan-tinh"
CHART_MAX = 40  # more communes than this: the chart shows the lowest ones only
DEFAULT_RECIPIENTS = ["UBND tỉnh (b/c);", "Sở Nội vụ;", "UBND các xã, phường;", "Lưu: VT."]
ANNEX_HEADERS = ["Hạng", "Mã xã", "Xã, phường", "Hồ sơ tồn", "Đã số hóa", "Tỷ lệ số hóa",
                 "Dự báo đạt mục tiêu", "CBCC có chứng thư số", "Người ký số có chứng thư số",
                 "Sắp hết hạn", "Bồi dưỡng", "Đồng bộ lần cuối"]
ANNEX_WIDTHS = [6, 7, 18, 8, 8, 8, 10, 9, 9, 7, 8, 10]


@dataclass
class ReportSettings:
    """Who issues the province report; kept on the province computer, editable before printing."""

    parent_body: str = ""  # "UBND TỈNH LẠNG SƠN"
    issuing_body: str = "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
    body_symbol: str = "SKHCN"  # the issuer's letters in "05/BC-SKHCN"
    place: str = ""  # "Lạng Sơn" — the place of the place-date line
    signer_lines: list[str] = field(default_factory=lambda: ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC"])
    signer_name: str = ""
    recipients: list[str] = field(default_factory=lambda: list(DEFAULT_RECIPIENTS))


def default_settings(province_name: str) -> ReportSettings:
    """"Tỉnh Lạng Sơn" → parent body "UBND TỈNH LẠNG SƠN", place "Lạng Sơn"."""
    place = province_name
    for prefix in ("Tỉnh ", "Thành phố "):
        if place.startswith(prefix):
            place = place[len(prefix):]
    parent = f"UBND {province_name.upper()}" if province_name else ""
    return ReportSettings(parent_body=parent, place=place)


def _when(moment: dt.datetime) -> str:
    local = moment.astimezone()
    return f"{local:%H:%M} ngày {local:%d/%m/%Y}"


def _certified(r: CommuneRow) -> int:
    return r.signers_certified if r.signers_certified is not None else \
        round(r.signers * r.cert_percent / 100)


def _trained(r: CommuneRow) -> int:
    return r.trained if r.trained is not None else round(r.officers * r.training_percent / 100)


def _digitized(r: CommuneRow) -> int:
    return r.digitized if r.digitized is not None else round(r.records * r.digitized_percent / 100)


def _pct(part: int, whole: int) -> str:
    return wording.pct(100.0 * part / whole if whole else 0.0)


def _inline(percent: str) -> str:
    """"30,4 %" kept on one line inside a paragraph."""
    return percent.replace(" ", "\u00a0")


def _forecast(r: CommuneRow) -> str:
    if r.target_reached:
        return "Đã đạt"
    return wording.date(r.forecast_date) if r.forecast_date else "Chưa xác định"


def _target(r: CommuneRow) -> str:
    return f"{wording.pct(r.target_percent, 0)} trước {wording.date(r.target_due)}"


def _digitization(rows: list[CommuneRow]) -> list[Block]:
    records = sum(r.records for r in rows)
    done = sum(_digitized(r) for r in rows)
    reached = sum(1 for r in rows if r.target_reached)
    late = [r for r in rows if not r.on_track]
    blocks: list[Block] = [Paragraph(
        f"Tổng số hồ sơ tồn cần số hóa của các xã, phường: {wording.num(records)} hồ sơ; đã số "
        f"hóa {wording.num(done)} hồ sơ, đạt {_inline(_pct(done, records))}. Có {wording.num(reached)}/"
        f"{wording.num(len(rows))} xã, phường đã đạt mục tiêu; {wording.num(len(late))} xã, "
        f"phường theo tốc độ bốn tuần gần đây sẽ không đạt mục tiêu đúng hạn.")]
    chart_rows = sorted(rows, key=lambda r: r.digitized_percent)[:CHART_MAX]
    title = ("Tỷ lệ hồ sơ đã số hóa của các xã, phường" if len(rows) <= CHART_MAX else
             f"Tỷ lệ hồ sơ đã số hóa của {CHART_MAX} xã, phường thấp nhất")
    targets = {r.target_percent for r in rows}
    blocks.append(BarChart(title, [r.name for r in chart_rows],
                           [r.digitized_percent for r in chart_rows],
                           targets.pop() if len(targets) == 1 else None))
    if late:
        blocks.append(Paragraph("Các xã, phường cần đôn đốc (dự báo chậm so với mục tiêu):"))
        blocks.append(Table(
            ["STT", "Xã, phường", "Tỷ lệ số hóa", "Mục tiêu", "Dự báo đạt mục tiêu"],
            [[wording.num(i), r.name, wording.pct(r.digitized_percent), _target(r), _forecast(r)]
             for i, r in enumerate(sorted(late, key=lambda r: r.digitized_percent), start=1)],
            [7, 33, 16, 24, 20], numeric=[0, 2], centred=[3, 4]))
    return blocks


def _officials_certified(r: CommuneRow) -> int | None:
    return r.officers_certified


def _certificates(rows: list[CommuneRow]) -> list[Block]:
    """Both coverage figures, named as in the commune's report (DOMAIN.md): officials working
    with a valid official-duty certificate (the plans' 100 %), and officers who must sign."""
    signers = sum(r.signers for r in rows)
    certified = sum(_certified(r) for r in rows)
    expiring = sum(r.expiring for r in rows)
    known = [r for r in rows if r.officers_certified is not None]
    officials = sum(r.officers for r in known)
    holders = sum(r.officers_certified or 0 for r in known)
    text = ""
    if known:
        text = (f"Cán bộ, công chức có chứng thư số chuyên dùng còn hiệu lực: "
                f"{wording.num(holders)}/{wording.num(officials)} người, đạt "
                f"{_inline(_pct(holders, officials))} (chỉ tiêu 100 %). ")
    text += (f"Người phải ký số (lãnh đạo, công chức Bộ phận Một cửa): {wording.num(signers)} "
             f"người, trong đó {wording.num(certified)} người có chứng thư số chuyên dùng còn "
             f"hiệu lực, đạt {_inline(_pct(certified, signers))}. Chứng thư số sắp hết hạn trong "
             f"30 ngày tới: {wording.num(expiring)}.")
    blocks: list[Block] = [Paragraph(text)]
    short = [r for r in rows if _certified(r) < r.signers or r.expiring]
    if short:
        blocks.append(Paragraph("Các xã, phường chưa đủ chứng thư số hoặc có chứng thư số sắp "
                                "hết hạn:"))
        blocks.append(Table(
            ["STT", "Xã, phường", "CBCC có chứng thư số", "Người phải ký số", "Có chứng thư số",
             "Tỷ lệ", "Sắp hết hạn"],
            [[wording.num(i), r.name, _officials_text(r), wording.num(r.signers),
              wording.num(_certified(r)), wording.pct(r.cert_percent), wording.num(r.expiring)]
             for i, r in enumerate(sorted(short, key=lambda r: (r.cert_percent, -r.expiring)),
                                   start=1)],
            [7, 29, 16, 12, 13, 11, 12], numeric=[0, 3, 4, 5, 6], centred=[2]))
    return blocks


def _officials_text(r: CommuneRow) -> str:
    """"32/37 (86,5 %)"; "—" when the hub did not send the count."""
    if r.officers_certified is None:
        return "—"
    return (f"{wording.num(r.officers_certified)}/{wording.num(r.officers)} "
            f"({wording.pct(r.officers_cert_percent or 0.0)})")


def _training(rows: list[CommuneRow]) -> list[Block]:
    officers = sum(r.officers for r in rows)
    trained = sum(_trained(r) for r in rows)
    below = sorted((r for r in rows if r.training_percent < 100), key=lambda r: r.training_percent)
    text = (f"Tổng số cán bộ: {wording.num(officers)} người; đã hoàn thành bồi dưỡng các nội dung "
            f"bắt buộc: {wording.num(trained)} người, đạt {_inline(_pct(trained, officers))}.")
    if below:
        lowest = ", ".join(f"{r.name} ({_inline(wording.pct(r.training_percent))})"
                           for r in below[:5])
        text += f" Tỷ lệ thấp nhất: {lowest}."
    else:
        text += " Tất cả xã, phường đã bồi dưỡng đủ cán bộ."
    return [Paragraph(text)]


def _sync(rows: list[CommuneRow], now: dt.datetime) -> list[Block]:
    stale = [r for r in rows if r.stale_days(now) is not None]
    if not stale:
        return [Paragraph(f"Tất cả xã, phường đã gửi số liệu trong {STALE_DAYS} ngày qua.")]
    names = "; ".join(f"{r.name} ({_last_sent(r)})"
                      for r in sorted(stale, key=lambda r: collation_key(r.name)))
    return [Paragraph(f"Có {wording.num(len(stale))} xã, phường quá {STALE_DAYS} ngày chưa gửi "
                      f"số liệu, số liệu của các xã, phường này có thể đã cũ: {names}. Đề nghị "
                      f"các xã, phường đồng bộ số liệu với máy chủ tỉnh.")]


def _last_sent(r: CommuneRow) -> str:
    if r.last_sync is None:
        return "chưa gửi lần nào"
    return "lần cuối " + wording.date(r.last_sync.astimezone().date())


def annex_table(rows: list[CommuneRow]) -> Table:
    body = [[wording.num(r.rank), r.code, r.name, wording.num(r.records),
             wording.num(_digitized(r)), wording.pct(r.digitized_percent), _forecast(r),
             _officials_pct(r), wording.pct(r.cert_percent), wording.num(r.expiring),
             wording.pct(r.training_percent),
             wording.date(r.last_sync.astimezone().date()) if r.last_sync else "Chưa gửi"]
            for r in sorted(rows, key=lambda r: r.rank)]
    records, done = sum(r.records for r in rows), sum(_digitized(r) for r in rows)
    signers, officers = sum(r.signers for r in rows), sum(r.officers for r in rows)
    known = [r for r in rows if r.officers_certified is not None]
    officials = _pct(sum(r.officers_certified or 0 for r in known),
                     sum(r.officers for r in known)) if known else "—"
    total = ["", "", "Toàn tỉnh", wording.num(records), wording.num(done), _pct(done, records), "",
             officials, _pct(sum(_certified(r) for r in rows), signers),
             wording.num(sum(r.expiring for r in rows)),
             _pct(sum(_trained(r) for r in rows), officers), ""]
    return Table(ANNEX_HEADERS, body, ANNEX_WIDTHS, [0, 3, 4, 5, 7, 8, 9, 10], total,
                 centred=[1, 6, 11])


def _officials_pct(r: CommuneRow) -> str:
    return "—" if r.officers_cert_percent is None else wording.pct(r.officers_cert_percent)


def _day(text: str | None) -> str:
    return wording.date(dt.date.fromisoformat(text[:10])) if text else "chưa ghi nhận"


def moves(snapshot: Snapshot, names: dict[str, str]) -> list[list[str]]:
    """One row per move between two communes: name, left A (date), joined B (date), counted in."""
    rows = []
    for person in snapshot.transfers:
        stints = person["stints"]
        counted = next((names.get(st["commune"], st["commune"]) for st in stints
                        if st["counted"]), "Không tính")
        for before, after in zip(stints, stints[1:]):
            rows.append([person["full_name"],
                         f"{names.get(before['commune'], before['commune'])} "
                         f"({_day(before['left_on'])})",
                         f"{names.get(after['commune'], after['commune'])} "
                         f"({_day(after['joined_on'])})", counted])
    return rows


def _transfers(snapshot: Snapshot, names: dict[str, str], annex: str) -> list[Block]:
    people = len(snapshot.transfers)
    if not people:
        return [Paragraph("Không có cán bộ chuyển công tác giữa các xã, phường.")]
    return [Paragraph(
        f"Có {wording.num(people)} cán bộ chuyển công tác giữa các xã, phường; mỗi người được "
        f"tính một lần, tại xã, phường nơi công tác vào cuối kỳ báo cáo; chứng thư số và kết quả "
        f"bồi dưỡng đã có tại xã, phường cũ vẫn được tính cho người đó (chi tiết tại {annex}).")]


def transfers_annex(snapshot: Snapshot, names: dict[str, str], symbol: str) -> Annex:
    rows = [[wording.num(i), *row] for i, row in enumerate(moves(snapshot, names), start=1)]
    table = Table(["STT", "Họ và tên", "Rời xã, phường (ngày)", "Về xã, phường (ngày)",
                   "Được tính tại"], rows, [8, 24, 26, 26, 16], numeric=[0])
    return Annex(annex_title(1), "DANH SÁCH CÁN BỘ CHUYỂN CÔNG TÁC GIỮA CÁC XÃ, PHƯỜNG",
                 [table], landscape=False,
                 attached=f"(Kèm theo Báo cáo số …/BC-{symbol} ngày …/…/…)")


def check(settings: ReportSettings) -> None:
    """A province report names its signer: refused without one (the default names no one)."""
    if not settings.signer_name.strip():
        raise ValidationError(N_("Enter the name of the person who signs the province report "
                                 "(the signer's full name under the signature)."),
                              field="signer_name")


def build(snapshot: Snapshot, settings: ReportSettings, on: dt.date) -> Document:
    check(settings)
    rows = snapshot.rows
    names = {r.code: r.name for r in rows}
    header = Header(settings.parent_body, settings.issuing_body,
                    wording.number_line(None, "BC", settings.body_symbol or "SKHCN"),
                    wording.place_date(settings.place, on))
    as_of = snapshot.as_of
    people = (f"; cán bộ, chứng thư số và bồi dưỡng tính đến hết ngày {wording.date(as_of)}"
              if as_of else "")
    intro = Paragraph(
        f"Căn cứ số liệu {wording.num(len(rows))} xã, phường gửi lên máy chủ tỉnh (tổng hợp lúc "
        f"{_when(snapshot.fetched_at)}{people}), kết quả chuyển đổi số của các xã, phường trên "
        f"địa bàn như sau (bảng xếp hạng chi tiết tại Phụ lục I):")
    blocks = [intro] + numbered([
        ("KẾT QUẢ SỐ HÓA HỒ SƠ", _digitization(rows)),
        ("CHỮ KÝ SỐ CHUYÊN DÙNG", _certificates(rows)),
        ("ĐÀO TẠO, BỒI DƯỠNG", _training(rows)),
        ("CÁN BỘ CHUYỂN CÔNG TÁC", _transfers(snapshot, names, annex_title(1))),
        ("ĐỒNG BỘ SỐ LIỆU", _sync(rows, snapshot.fetched_at)),
    ])
    symbol = settings.body_symbol or "SKHCN"
    # numbered by hand when issued: the annex line leaves the number and date to fill in
    annex = Annex(annex_title(0), "BẢNG XẾP HẠNG CHUYỂN ĐỔI SỐ CỦA CÁC XÃ, PHƯỜNG",
                  [annex_table(rows)], attached=f"(Kèm theo Báo cáo số …/BC-{symbol} ngày …/…/…)")
    summary = f"Tiến độ chuyển đổi số của các xã, phường đến ngày {wording.date(on)}"
    annexes = [annex]
    if snapshot.transfers:
        annexes.append(transfers_annex(snapshot, names, symbol))
    return Document(header, wording.TITLE, summary, blocks,
                    [r for r in settings.recipients if r.strip()],
                    Signer([s for s in settings.signer_lines if s.strip()], settings.signer_name),
                    annexes)


def file_name(on: dt.date) -> str:
    return f"{FILE_STEM}-{on:%Y-%m-%d}.pdf"
