"""Record files and their signatures: real PDFs signed in the test run with pyHanko by leaves of
a test chain like the Ban Cơ yếu one, by a public-CA leaf, by an expired leaf, one edited after
signing, one unsigned, one not a PDF; the verdicts, the records signed from their files and the
progress figures counting only verified files."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest
from sqlalchemy import select

from core.backlog import indicators as ind
from core.backlog import lots as lot_svc
from core.backlog import progress as prog
from core.backlog import records as recs
from core.certificates import registry
from core.evidence import check, files
from core.reports.sections import digitization
from db.errors import ValidationError
from db.models import BacklogRecord, RecordFile
from demo.signed_pdfs import SigningChain, edit_after_signing, plain_pdf, sign_pdf
from tests.unit.training_fixtures import add_officer

LOT = lot_svc.LotInput(field="ho_tich", record_kind="Sổ đăng ký khai sinh", year_from=1999,
                       year_to=1999, total_records=10)
AN, BINH = ("Nguyễn Văn An", "020190001234"), ("Trần Thị Bình", "020190005678")


@pytest.fixture(scope="module")
def chain():
    return SigningChain()


@pytest.fixture(scope="module")
def leaves(chain):
    return {
        "an": chain.leaf(*AN, agency="UBND xã Hữu Lũng"),
        "binh": chain.leaf(*BINH, agency="UBND xã Hữu Lũng"),
        "public": chain.leaf(*AN, issuer="public"),
        "expired": chain.leaf(*AN, start=chain.now - dt.timedelta(days=800), days_valid=365),
        "stranger": chain.leaf("Người Lạ", "020190009990"),
    }


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (20, 30), "white").save(out, "PNG")
    return out.getvalue()


@pytest.fixture
def setup(ready_store, tmp_path, chain, leaves):
    """Officers An (certificate registered) and Bình (CCCD only), the CA imported, a lot of ten
    records with 1–8 checked, and a folder of files KS-0001 … under the storage root."""
    store = ready_store
    an = add_officer(store, *AN)
    binh = add_officer(store, *BINH)
    (tmp_path / "ca.pem").write_bytes(chain.roots_pem())
    (tmp_path / "an.cer").write_bytes(leaves["an"].der())
    with store.write("t") as s:
        registry.import_ca(s, tmp_path / "ca.pem")
        result = registry.preview(s, registry.read_files([tmp_path / "an.cer"]))
        registry.apply(s, result)
        lot_id = lot_svc.create_lot(s, LOT).id
        recs.generate_records(s, lot_id, 1, 10)
        for step in ("scanned", "verified"):
            recs.change_status(s, recs.Selection(lot_id=lot_id, first_no=1, last_no=8), step, an)
    root = tmp_path / "kho"
    folder = root / "ho-tich" / "1999"
    folder.mkdir(parents=True)
    signed = sign_pdf(plain_pdf("KS 1999 1", 2), leaves["an"])
    content = {
        "KS-0001.pdf": signed,
        "KS-0002.pdf": sign_pdf(plain_pdf("KS 1999 2"), leaves["binh"]),
        "KS-0003.pdf": sign_pdf(plain_pdf("KS 1999 3"), leaves["public"]),
        "KS-0004.pdf": sign_pdf(plain_pdf("KS 1999 4"), leaves["expired"]),
        "KS-0005.pdf": edit_after_signing(sign_pdf(plain_pdf("KS 1999 5"), leaves["an"])),
        "KS-0006.pdf": plain_pdf("KS 1999 6", 3),
        "KS-0007.pdf": "Đây không phải tệp PDF".encode(),
        "KS-0008.pdf": sign_pdf(plain_pdf("KS 1999 8"), leaves["stranger"]),
        "KS-0009.png": _png(),
        "ghi-chu.txt": b"not linked",
    }
    for name, data in content.items():
        (folder / name).write_bytes(data)
    with store.write("t") as s:
        files.set_storage_root(s, root)
    return {"store": store, "lot": lot_id, "root": root, "folder": folder, "an": an, "binh": binh}


def _by_no(store) -> dict[int, RecordFile]:
    with store.session() as s:
        rows = s.execute(select(BacklogRecord.record_no, RecordFile)
                         .join(RecordFile, RecordFile.record_id == BacklogRecord.id)).all()
        for _no, f in rows:
            s.expunge(f)
    return {no: f for no, f in rows}


def _statuses(store, lot_id) -> dict[int, BacklogRecord]:
    with store.session() as s:
        rows = list(s.execute(select(BacklogRecord).where(BacklogRecord.lot_id == lot_id)).scalars())
        for r in rows:
            s.expunge(r)
    return {r.record_no: r for r in rows}


def test_link_folder_keeps_relative_paths_hashes_and_pages(setup):
    store, root = setup["store"], setup["root"]
    with store.write("t") as s:
        result = files.link_folder(s, root, setup["lot"], setup["folder"])
    assert (result.linked, result.updated, result.unchanged) == (9, 0, 0)
    linked = _by_no(store)
    assert linked[1].path == "ho-tich/1999/KS-0001.pdf"
    assert linked[1].sha256 == __import__("hashlib").sha256(
        (setup["folder"] / "KS-0001.pdf").read_bytes()).hexdigest()
    assert linked[1].size == (setup["folder"] / "KS-0001.pdf").stat().st_size
    assert (linked[1].pages, linked[6].pages, linked[9].pages) == (2, 3, 1)
    assert linked[7].pages is None and linked[9].kind == "image"
    # linking again changes nothing; the id is the same on every computer of the commune
    with store.write("t") as s:
        again = files.link_folder(s, root, setup["lot"], setup["folder"])
    assert (again.linked, again.unchanged) == (0, 9)
    assert linked[1].id == files.file_id("06385", linked[1].record_id, linked[1].path)


def test_verdicts_sign_records_from_their_files_and_only_verified_files_count(setup):
    store, lot_id = setup["store"], setup["lot"]
    with store.write("t") as s:
        files.link_folder(s, setup["root"], lot_id, setup["folder"], pattern="KS-{no}.*")
    seen = []
    summary = check.run_check(store, actor="t", progress=lambda done, total: seen.append((done, total)))
    assert seen[-1] == (9, 9) and summary.checked == 9
    verdicts = {no: f.verdict for no, f in _by_no(store).items()}
    assert verdicts == {1: "valid", 2: "valid", 3: "public_ca", 4: "expired", 5: "broken",
                        6: "unsigned", 7: "not_pdf", 8: "unknown_signer", 9: "image"}
    linked = _by_no(store)
    assert linked[1].signer_name == AN[0] and linked[1].officer_id == setup["an"]
    assert linked[1].certificate_id is not None  # matched by the registered fingerprint
    assert linked[2].officer_id == setup["binh"] and linked[2].certificate_id is None  # by CCCD
    assert json.loads(linked[5].signatures)[0]["verdict"] == "broken"
    # record 1 took its signed status, signer, certificate and date from the file; Bình has
    # no registered certificate yet, so record 2 waits at "checked" although its file is valid
    records = _statuses(store, lot_id)
    assert [records[no].status for no in range(1, 9)] == ["signed"] + ["verified"] * 7
    assert records[1].signed_by == setup["an"] and records[1].certificate_id == linked[1].certificate_id
    assert records[1].signed_at.astimezone().date() == linked[1].signed_at.astimezone().date()
    assert summary.records_signed == 1
    # record 3 marked signed by hand: counted signed, but apart as "no evidence"
    with store.write("t") as s:
        recs.change_status(s, recs.Selection(lot_id=lot_id, first_no=3, last_no=3), "signed",
                           setup["an"])
        figures = prog.progress(s).lots[lot_id]
    assert (figures.reached("signed"), figures.backed_reached("signed"), figures.unbacked("signed")) \
        == (2, 1, 1)
    # the 766 indicators of the month and the monthly report say the same
    with store.session() as s:
        month = ind.month_indicators(s, dt.date.today().replace(day=1))
    e = month.evidence
    assert (e.signed, e.signed_backed, e.signed_unbacked, e.stored) == (2, 1, 1, 0)
    assert "of which 1 backed by a verified signed file and 1 marked by hand" in ind.evidence_line(
        e, lambda t: t, str)
    assert digitization.evidence_text(figures) == (
        " Trong 2 hồ sơ đã ký số: 1 hồ sơ có tệp đã ký số được kiểm tra hợp lệ (chữ ký số chuyên "
        "dùng công vụ của cán bộ), 1 hồ sơ đánh dấu thủ công, chưa có bằng chứng.")


def test_missing_and_changed_files_are_found_and_stop_counting(setup):
    store, lot_id, folder = setup["store"], setup["lot"], setup["folder"]
    with store.write("t") as s:
        files.link_folder(s, setup["root"], lot_id, folder)
    check.run_check(store, actor="t")
    (folder / "KS-0001.pdf").write_bytes(plain_pdf("thay thế"))
    (folder / "KS-0002.pdf").unlink()
    summary = check.run_check(store, actor="t")
    linked = _by_no(store)
    assert (linked[1].file_state, linked[2].file_state, linked[3].file_state) == ("changed", "missing", "ok")
    assert summary.states == {"ok": 7, "changed": 1, "missing": 1}
    # a path leading out of the storage folder (a forged row) is never read
    outside = check.Target(linked[3].id, linked[3].record_id, "../../../etc/hostname", linked[3].sha256)
    assert check.examine(setup["root"], outside, None, None).state == "missing"
    with store.session() as s:
        figures = prog.progress(s).lots[lot_id]
    assert (figures.reached("signed"), figures.backed_reached("signed")) == (1, 0)


def test_no_imported_root_means_no_evidence(ready_store, tmp_path, leaves):
    store = ready_store
    an = add_officer(store, *AN)
    (tmp_path / "an.cer").write_bytes(leaves["an"].der())
    root = tmp_path / "kho"
    root.mkdir()
    (root / "1.pdf").write_bytes(sign_pdf(plain_pdf("1"), leaves["an"]))
    with store.write("t") as s:
        registry.apply(s, registry.preview(s, registry.read_files([tmp_path / "an.cer"])))
        lot_id = lot_svc.create_lot(s, LOT).id
        recs.generate_records(s, lot_id, 1, 1)
        files.set_storage_root(s, root)
        files.link_folder(s, root, lot_id, root)
    check.run_check(store, actor="t")
    assert _by_no(store)[1].verdict == "untrusted"
    assert an is not None


def test_bad_links_change_nothing(setup):
    store, root, folder = setup["store"], setup["root"], setup["folder"]
    (folder / "KS-0042.pdf").write_bytes(plain_pdf("42"))
    with store.write("t") as s, pytest.raises(ValidationError) as err:
        files.link_folder(s, root, setup["lot"], folder)
    assert "KS-0042.pdf (số 42)" in err.value.message() and "Nothing was linked" in err.value.message()
    assert _by_no(store) == {}
    outside = root.parent / "ngoai.pdf"
    outside.write_bytes(plain_pdf("x"))
    with store.session() as s:
        record_id = s.execute(select(BacklogRecord.id).where(BacklogRecord.record_no == 1)).scalar()
        with pytest.raises(ValidationError) as err:
            files.link_record(s, root, record_id, [outside])
    assert "is not inside the storage folder" in err.value.message()
    with pytest.raises(ValidationError):
        files.compile_pattern("KS-*.pdf")
    with store.write("t") as s, pytest.raises(ValidationError):
        files.set_storage_root(s, root / "không-có")


def test_selection_and_single_record_links(setup):
    store, root, folder = setup["store"], setup["root"], setup["folder"]
    with store.write("t") as s:
        ids = dict(s.execute(select(BacklogRecord.record_no, BacklogRecord.id)).tuples().all())
        chosen = files.link_folder(s, root, setup["lot"], folder, only={ids[1], ids[2]})
        one = files.link_record(s, root, ids[10], [folder / "KS-0006.pdf"])
    assert (chosen.linked, len(chosen.unmatched)) == (2, 7)
    assert one.linked == 1
    assert sorted(_by_no(store)) == [1, 2, 10]
    assert _by_no(store)[10].path == "ho-tich/1999/KS-0006.pdf"
    with store.write("t") as s:
        assert files.unlink(s, [_by_no(store)[10].id]) == 1
        again = files.link_record(s, root, ids[10], [folder / "KS-0006.pdf"])
    assert again.updated == 1 and not _by_no(store)[10].deleted
