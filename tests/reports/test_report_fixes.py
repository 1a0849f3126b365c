"""The fixes of issue 20, each read back from the file it produces: the annex year column, the
days left, the empty list (not issued, a valid XLSX), the lists and the estimate as ND 30
documents with their "(Kèm theo …)" line, the signer's certificate warning."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from core.reports import catalog, digitization_report, estimate, pdf, period, signer, xlsx
from core.reports import register as service
from core.reports.common import Stamp
from db.errors import ValidationError
from db.models import Certificate, ReportRegister
from tests.reports.conftest import pdf_pages
from tests.reports.cutoff_fixtures import AFTER, P, at, build_world


def _words(data: bytes) -> str:
    return " ".join(" ".join(pdf_pages(data)).split())


@pytest.fixture
def world(ready_store):
    return ready_store, build_world(ready_store)


def _issue(store, kind: str, p: period.Period, on: dt.date = AFTER):
    with store.write("admin") as s:
        return service.issue(s, kind, p.key, on,
                             lambda n, d: catalog.build(s, kind, p, Stamp(n, d)), pdf.render,
                             catalog.get(kind).doc_type)


def test_the_lot_annex_prints_the_years_whole(world):
    store, _w = world
    with store.session() as s:
        doc = digitization_report.build(s, P, Stamp(None, AFTER))
    assert doc.annexes[0].blocks[0].rows[0][3] == "2012–2020"
    pages = pdf_pages(pdf.render(doc))
    assert "2012–2020" in pages[-1]  # one line: not "2012–202" over "0"


def test_days_left_count_from_the_reference_date(world):
    store, _w = world
    with store.session() as s:
        doc = catalog.build(s, "cert_expiry", P, Stamp(None, AFTER))
    rows = {r[3]: r for r in doc.annexes[0].blocks[0].rows}
    # An's certificate ends ten days after 30/11 (09:00 that day): 10 days left, not 9
    assert rows["an-2025"][6] == "10"
    assert rows["an-2025"][5] == (P.end + dt.timedelta(days=10)).strftime("%d/%m/%Y")
    # Bình's ended on the 15th: 15 days before the end of a 30-day month
    assert rows["binh"][6] == str(15 - P.end.day)
    text = _words(pdf.render(doc))
    assert f"kể từ ngày {P.end:%d/%m/%Y}: 2 chứng thư" in text


def test_an_empty_list_is_shown_but_not_issued_and_exports_a_valid_workbook(world, tmp_path):
    store, _w = world
    empty = period.month(2020, 1)
    with store.session() as s:
        doc = catalog.build(s, "training", empty, Stamp(None, AFTER))
    text = _words(pdf.render(doc))
    assert doc.empty_list and "0 lượt." in text
    assert doc.annexes == [] and "PHỤ LỤC" not in text  # no empty annex page
    with pytest.raises(ValidationError) as err:
        _issue(store, "training", empty)
    assert "cannot be issued" in str(err.value.template)
    with store.session() as s:  # no number was taken
        assert s.execute(select(ReportRegister)).first() is None
    path = xlsx.export(doc, tmp_path / "trong.xlsx")
    ws = load_workbook(path)[load_workbook(path).sheetnames[0]]
    assert [c.value for c in ws[4]][:3] == ["STT", "Họ và tên", "Ngày sinh"]
    assert ws.max_row == 4 and not list(tmp_path.glob("*.partial"))


def test_a_workbook_is_written_whole_or_not_at_all(world, tmp_path):
    store, _w = world
    with store.session() as s:
        doc = catalog.build(s, "officers", P, Stamp(None, AFTER))
    doc.blocks, doc.annexes = [], []  # nothing tabular: still a valid workbook
    path = xlsx.export(doc, tmp_path / "khong-bang.xlsx")
    assert load_workbook(path).sheetnames == ["Báo cáo"]


def test_a_list_is_issued_as_the_annex_of_a_numbered_report(world):
    store, _w = world
    issued, data = _issue(store, "officers", P)
    assert issued.symbol == "01/BC-UBND"
    text = _words(data)
    assert "BÁO CÁO" in text and "DANH SÁCH" not in text.split("PHỤ LỤC I")[0].split("Số:")[0]
    assert "Số: 01/BC-UBND" in text
    assert (f"(Kèm theo Báo cáo số 01/BC-UBND ngày {AFTER:%d/%m/%Y} của UBND xã Hữu Lũng)"
            in text)
    # working at the end of November: the five of the first list (Dung left later, Mới came
    # later); the annex lists them and its total says so
    assert f"DANH SÁCH CÁN BỘ, CÔNG CHỨC ĐANG CÔNG TÁC ĐẾN NGÀY {P.end:%d/%m/%Y}" in text
    assert "Tổng cộng: 5 người" in text and "Lê Thị Dung" in text and "Vũ Thị Mới" not in text


def test_the_estimate_is_a_numbered_to_trinh_with_the_estimate_annexed(ready_store):
    with ready_store.session() as s:
        doc = estimate.build(s, Stamp(None, AFTER))
    text = _words(pdf.render(doc))
    assert "Số: /TTr-UBND" in text and "TỜ TRÌNH" in text
    assert "(Kèm theo Tờ trình số …/TTr-UBND ngày …/…/… của UBND xã Hữu Lũng — bản dự thảo" in text
    assert doc.annexes[0].blocks[0].headers == estimate.HEADERS


def test_the_signer_certificate_warning(world):
    store, w = world
    with store.session() as s:  # the chairman, Em, holds none
        settings = service.load_settings(s)
        assert settings.signer_id == str(w.officers["em"])
        warning = signer.certificate_warning(s, AFTER)
    assert warning is not None and warning.params["name"] == "Phạm Văn Em"
    assert "no valid official-duty certificate" in warning.template
    with store.write("t") as s:  # an expired one
        s.add(Certificate(der=b"em", fingerprint="e" * 64, serial="em", subject_cn="em",
                          not_before=at(dt.date(2024, 1, 1)), not_after=at(P.end, 10),
                          kind="official_duty", status="active", officer_id=w.officers["em"]))
    with store.session() as s:
        warning = signer.certificate_warning(s, AFTER)
        before = signer.certificate_warning(s, P.end - dt.timedelta(days=1))
    assert "expired on" in warning.template and warning.params["date"] == f"{P.end:%d/%m/%Y}"
    assert before is None  # the day before, it was valid
    with store.write("t") as s:
        settings = service.load_settings(s)
        settings.signer_id = ""
        service.save_settings(s, settings)
    with store.session() as s:
        assert "No signer is chosen" in signer.certificate_warning(s, AFTER).template
