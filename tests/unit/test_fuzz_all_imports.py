"""Fuzzing every importer and the sync bundle reader (fixed seeds, small budget): any input ends
in the import or in a Vietnamese message (a ``UserError``), never a traceback; a refused input
leaves the database exactly as it was (every table's rows compared before and after).

The officer, attendance and certificate-file readers are fuzzed in test_fuzz_imports.py; here:
backlog lots, records and dossiers (XLSX and CSV), equipment, CA certificates, certificate
files through the registry, and the bundle reader with flipped and cut bytes."""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import shutil
from dataclasses import dataclass

import pytest
from hypothesis import HealthCheck, given, seed, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import select

from core.backlog import import_dossiers, import_lots, import_records
from core.backlog import lots as lot_svc
from core.certificates import registry as cert_registry
from core.infrastructure import import_equipment as equipment_xlsx
from core.sync import service as sync_svc
from core.sync.apply import import_bundle
from db.base import Base
from db.errors import UserError
from tests.conftest import TEST_COMMUNE
from tests.sync.conftest import add_officer, enrol_both, open_node, peer_id
from tests.unit.infra_fixtures import HEADERS as EQUIPMENT_HEADERS
from tests.unit.infra_fixtures import ROWS as EQUIPMENT_ROWS

FUZZ = settings(max_examples=10, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])

TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
cells = st.one_of(
    st.none(), TEXT, st.integers(-10**20, 10**20),
    st.floats(allow_nan=True, allow_infinity=True), st.booleans(),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 1, 1)),
    st.sampled_from(["inf", "1e999", "-1", "1.234.567.890.123", "31/02/2026", "2026-13-01",
                     "x", "Có", "không", "=1/0", "#REF!", "0", "NaN", "\ufeff", "1,5", "Trực tuyến",
                     "'", '"', ";", "\r", "\n", "  ", "9" * 30]),
)
rows = st.lists(st.lists(cells, max_size=14), max_size=8)

LOT_HEADER = ["STT", "Lĩnh vực", "Loại hồ sơ", "Từ năm", "Đến năm", "Tổng số", "Đã số hóa",
              "Nơi lưu trữ", "Mức ưu tiên", "Ghi chú"]
RECORD_HEADER = ["Số thứ tự", "Tên hồ sơ", "Ghi chú"]
DOSSIER_HEADER = ["STT", "MaHoSo", "MaTTHC", "LinhVuc", "NgayTiepNhan", "NgayHenTra",
                  "NgayKetThucXuLy", "KenhThucHien", "DuocSoHoa", "DuocLayTuKhoDMQG", "MaKetQua",
                  "KetQuaLuuKho"]


def fingerprint(store, skip: tuple[str, ...] = ()) -> str:
    """Every row of every table (but ``skip``), in key order: any write changes it."""
    digest = hashlib.sha256()
    with store.session() as s:
        for table in Base.metadata.sorted_tables:
            if table.name in skip:
                continue
            order = list(table.primary_key.columns) or list(table.columns)
            for row in s.execute(select(table).order_by(*order)):
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def _writable(value):
    """A cell openpyxl can store (it refuses control characters, infinities as numbers)."""
    if isinstance(value, str):
        return "".join(ch for ch in value if ch >= " " or ch in "\t\n\r") or None
    if isinstance(value, float) and value != value:
        return "nan"
    if isinstance(value, float) and value in (float("inf"), float("-inf")):
        return str(value)
    return value


def write_sheet(path, header, body, as_csv: bool):
    if as_csv:
        buf = io.StringIO()
        writer = csv.writer(buf, delimiter=";")
        writer.writerow(header)
        for row in body:
            writer.writerow(["" if v is None else v for v in row])
        path.write_text(buf.getvalue(), encoding="utf-8")
        return path
    wb = Workbook()
    ws = wb.active
    ws.append(["DANH MỤC"])
    ws.append(header)
    for row in body:
        ws.append([_writable(v) for v in row])
    wb.save(path)
    return path


def mangle(data: bytes, cuts: list[int], flips: list[tuple[int, int]]) -> bytes:
    raw = bytearray(data)
    for at, value in flips:
        if raw:
            raw[at % len(raw)] = value
    for cut in cuts:
        if len(raw) > 1:
            del raw[cut % len(raw):]
    return bytes(raw)


@dataclass
class Outcome:
    refused: bool = False
    message: str = ""
    unchanged: bool = True  # the database as it was before the import

    @property
    def clean(self) -> bool:
        """Applied, or refused with a message naming the file or a row and nothing written."""
        return not self.refused or (self.unchanged and bool(self.message))


def run_import(store, path, read, preview, apply) -> Outcome:
    """Read, preview and apply ``path``; a refusal must name the file or a row and leave the
    database as it was."""
    before = fingerprint(store)
    try:
        table = read(path)
        with store.write("admin", role="admin") as s:
            result = preview(s, table)
            apply(s, result)
    except UserError as err:
        text = err.message()
        named = path.name in text or any(ch.isdigit() for ch in text)
        return Outcome(True, text if named else "", fingerprint(store) == before)
    return Outcome()


BYTES = dict(junk=st.binary(max_size=2000), use_junk=st.booleans(),
             cuts=st.lists(st.integers(0, 10**6), max_size=2),
             flips=st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 255)), max_size=12))


@seed(20261206)
@FUZZ
@given(body=rows, as_csv=st.booleans())
def test_random_lot_lists(ready_store, tmp_path, body, as_csv):
    path = write_sheet(tmp_path / f"lo.{'csv' if as_csv else 'xlsx'}", LOT_HEADER, body, as_csv)
    outcome = run_import(ready_store, path, import_lots.read_table, import_lots.preview,
               lambda s, r: import_lots.apply(s, r, TEST_COMMUNE))
    assert outcome.clean, outcome


@seed(20261207)
@FUZZ
@given(body=rows, as_csv=st.booleans())
def test_random_record_lists(ready_store, tmp_path, body, as_csv):
    with ready_store.write("admin") as s:
        lots = s.scalars(select(Base.metadata.tables["backlog_lot"].c.id)).all()
        lot_id = lots[0] if lots else lot_svc.create_lot(
            s, lot_svc.LotInput("ho_tich", "Sổ khai sinh", 2001, 2005, 100)).id
    path = write_sheet(tmp_path / f"so.{'csv' if as_csv else 'xlsx'}", RECORD_HEADER, body, as_csv)
    outcome = run_import(ready_store, path, import_records.read_table,
               lambda s, t: import_records.preview(s, lot_id, t), import_records.apply)
    assert outcome.clean, outcome


@seed(20261208)
@FUZZ
@given(body=rows, as_csv=st.booleans())
def test_random_dossier_lists(ready_store, tmp_path, body, as_csv):
    path = write_sheet(tmp_path / f"hs.{'csv' if as_csv else 'xlsx'}", DOSSIER_HEADER, body,
                       as_csv)
    outcome = run_import(ready_store, path, import_dossiers.read_table, import_dossiers.preview,
               lambda s, r: import_dossiers.apply(s, r, TEST_COMMUNE))
    assert outcome.clean, outcome


@seed(20261209)
@FUZZ
@given(body=rows)
def test_random_equipment_lists(ready_store, tmp_path, body):
    path = write_sheet(tmp_path / "tb.xlsx", EQUIPMENT_HEADERS, EQUIPMENT_ROWS[:1] + body, False)
    outcome = run_import(ready_store, path, equipment_xlsx.read_table, equipment_xlsx.preview,
               equipment_xlsx.apply)
    assert outcome.clean, outcome


@seed(20261210)
@FUZZ
@given(**BYTES, suffix=st.sampled_from([".csv", ".xlsx"]))
def test_damaged_list_files(ready_store, tmp_path, junk, use_junk, cuts, flips, suffix):
    base = write_sheet(tmp_path / f"goc{suffix}", LOT_HEADER,
                       [[1, "Hộ tịch", "Sổ khai sinh", 2001, 2005, 120, 0, "Kho", "Cao", ""]],
                       suffix == ".csv")
    path = tmp_path / f"hong{suffix}"
    path.write_bytes(junk if use_junk else mangle(base.read_bytes(), cuts, flips))
    for read, preview, apply in (
            (import_lots.read_table, import_lots.preview,
             lambda s, r: import_lots.apply(s, r, TEST_COMMUNE)),
            (import_dossiers.read_table, import_dossiers.preview,
             lambda s, r: import_dossiers.apply(s, r, TEST_COMMUNE))):
        outcome = run_import(ready_store, path, read, preview, apply)
        assert outcome.clean, outcome
    if suffix == ".xlsx":
        outcome = run_import(ready_store, path, equipment_xlsx.read_table, equipment_xlsx.preview,
                             equipment_xlsx.apply)
        assert outcome.clean, outcome


@seed(20261211)
@FUZZ
@given(data=st.binary(max_size=3000), pem=st.booleans(),
       suffix=st.sampled_from([".cer", ".crt", ".pem", ".p7b", ".der"]))
def test_random_ca_and_certificate_files(ready_store, tmp_path, data, pem, suffix):
    if pem:
        data = b"-----BEGIN CERTIFICATE-----\n" + data + b"\n-----END CERTIFICATE-----\n"
    path = tmp_path / f"ca{suffix}"
    path.write_bytes(data)
    before = fingerprint(ready_store)
    try:
        with ready_store.write("admin", role="admin") as s:
            cert_registry.import_ca(s, path)
    except UserError as err:
        assert "ca" in err.message()
        assert fingerprint(ready_store) == before
    before = fingerprint(ready_store)
    try:
        files = cert_registry.read_files([path])
        with ready_store.write("admin", role="admin") as s:
            cert_registry.apply(s, cert_registry.preview(s, files))
    except UserError:
        assert fingerprint(ready_store) == before


@pytest.fixture(scope="module")
def bundle_source(tmp_path_factory):
    """A real bundle from node A to node B (officers in three parts), made once; each example
    restores B's data folder from a copy so every try starts from the same database."""
    root = tmp_path_factory.mktemp("bundle")
    a, b = open_node(root / "a"), open_node(root / "b")
    try:
        enrol_both(a, b)
        for i, name in enumerate(("An", "Bình", "Chi", "Dũng", "Giang", "Hà", "Khoa")):
            add_officer(a, f"Nguyễn Văn {name}", f"0201900{i:05d}")
        folder = root / "out"
        folder.mkdir()
        from core.sync.export import export_bundle

        out = export_bundle(a.engine, sync_svc.identity(a), peer_id(b), folder, chunk_changes=4)
        bundle = out.path.read_bytes()
    finally:
        a.close()
        b.engine.dispose()
        b.close()
    return root / "b", bundle


@seed(20261212)
@settings(max_examples=25, deadline=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(cuts=st.lists(st.integers(0, 10**7), max_size=1),
       flips=st.lists(st.tuples(st.integers(0, 10**7), st.integers(0, 255)), min_size=1,
                      max_size=6))
def test_damaged_bundles_are_refused_whole(bundle_source, tmp_path_factory, cuts, flips):
    home, data = bundle_source
    work = tmp_path_factory.mktemp("b")
    shutil.copytree(home, work / "b")
    node = open_node(work / "b")
    try:
        path = work / "hong.xaso"
        path.write_bytes(mangle(data, cuts, flips))
        before = fingerprint(node, skip=("sync_log",))  # the log records the refusal
        try:
            result = import_bundle(node.engine, sync_svc.identity(node), path)
        except UserError as err:
            assert err.message()
            assert fingerprint(node, skip=("sync_log",)) == before
        else:  # a flip in a byte nobody reads (zip padding): the whole bundle, then
            assert result.tally.applied == 7
    finally:
        node.close()
