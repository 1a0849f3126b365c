"""Report contents against a database recount; periods; the register; notes; XLSX."""

from __future__ import annotations

import datetime as dt

import pytest
from openpyxl import load_workbook
from sqlalchemy import func, select

from core.certificates import status as cert_status
from core.reports import catalog, data, monthly, pdf, period, xlsx
from core.reports import register as service
from core.reports.common import Stamp
from core.reports.model import Heading, Table
from db.errors import UserError, ValidationError
from db.models import CertRequest, Course, CourseResult, Officer, ReportRegister
from tests.reports.conftest import pdf_pages

ISSUED = dt.date(2030, 1, 5)  # a year the demo has issued nothing in


def _period_with_completions(store) -> period.Period:
    with store.session() as s:
        day = s.execute(select(func.max(CourseResult.completed_on))).scalar()
    return period.month(day.year, day.month)


def test_periods_parse_and_word_the_vietnamese_way():
    assert period.parse("2026-11").wording == "tháng 11 năm 2026"
    assert period.parse("2026-11").end == dt.date(2026, 11, 30)
    assert period.parse("2026-12").end == dt.date(2026, 12, 31)
    q = period.parse("2026-Q4")
    assert (q.start, q.end, q.wording) == (dt.date(2026, 10, 1), dt.date(2026, 12, 31),
                                            "quý IV năm 2026")
    assert period.parse("2026").wording == "năm 2026"
    c = period.parse("2026-01-15..2026-03-31")
    assert c.wording == "từ 15/01/2026 đến 31/03/2026" and c.key == "2026-01-15..2026-03-31"
    for bad in ("2026-13", "11/2026", "", "2026-03-31..2026-01-01"):
        with pytest.raises(ValidationError):
            period.parse(bad)


def test_officer_list_total_equals_the_database_recount(demo_store):
    p = period.parse("2026-11")
    with demo_store.session() as s:
        doc = catalog.build(s, "officers", p, Stamp(None, ISSUED))
        working = s.execute(select(func.count()).where(
            Officer.deleted.is_(False), Officer.active.is_(True))).scalar_one()
        signers = s.execute(select(func.count()).where(
            Officer.deleted.is_(False), Officer.active.is_(True),
            Officer.is_signer.is_(True))).scalar_one()
    table = doc.tables()[0]
    assert len(table.rows) == working
    assert table.total[1] == f"Tổng cộng: {working} người"
    assert table.total[-1] == str(signers)
    text = "\n".join(pdf_pages(pdf.render(doc)))
    assert f"Tổng cộng: {working} người" in text


def test_monthly_report_figures_equal_the_database_recount(demo_store):
    p = _period_with_completions(demo_store)
    with demo_store.session() as s:
        doc = monthly.build(s, p, Stamp(None, ISSUED))
        cov = cert_status.coverage(s, data.end_of(p.end))
        requests = s.execute(select(func.count()).where(
            CertRequest.deleted.is_(False), CertRequest.requested_on >= p.start,
            CertRequest.requested_on <= p.end)).scalar_one()
        completions = s.execute(select(func.count()).select_from(CourseResult).join(
            Course, Course.id == CourseResult.course_id).where(
            CourseResult.deleted.is_(False), CourseResult.completed.is_(True),
            Course.required.is_(True),
            CourseResult.completed_on >= p.start, CourseResult.completed_on <= p.end)
        ).scalar_one()
    tables = doc.tables()
    cert_table = next(t for t in tables if t.rows and t.rows[0][1].startswith("Cán bộ, công chức đang"))
    training_table = next(t for t in tables if t.headers[1] == "Bộ phận" and "Số CB" in t.headers)
    annex_table = doc.annexes[0].blocks[0]
    assert cert_table.rows[0][2] == str(cov.officers)
    assert cert_table.rows[1][2] == str(cov.covered)
    assert next(r for r in cert_table.rows if r[0] == "8")[2] == str(requests)
    assert sum(int(r[2]) for r in cert_table.rows if r[0].startswith("8.")) == requests
    assert training_table.total[2] == str(cov.officers)
    assert sum(int(r[2]) for r in training_table.rows) == cov.officers
    assert len(annex_table.rows) == completions > 0


def test_sections_are_numbered_i_to_v_with_the_backlog_section_first(demo_store):
    with demo_store.session() as s:
        doc = monthly.build(s, period.parse("2026-11"), Stamp(None, ISSUED))
    headings = [b.text for b in doc.blocks if isinstance(b, Heading)]
    assert headings == ["I. KẾT QUẢ SỐ HÓA HỒ SƠ", "II. CHỮ KÝ SỐ CHUYÊN DÙNG CÔNG VỤ",
                        "III. ĐÀO TẠO, BỒI DƯỠNG",
                        "IV. HẠ TẦNG CÔNG NGHỆ THÔNG TIN, TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG",
                        "V. KHÓ KHĂN, VƯỚNG MẮC VÀ ĐỀ XUẤT"]


def test_supervisor_note_is_remembered_per_month_and_printed(demo_store):
    with demo_store.write("admin") as s:
        service.save_note(s, "monthly", "2026-11", "Thiếu máy quét.\nĐề nghị tỉnh hỗ trợ.")
    with demo_store.session() as s:
        assert service.get_note(s, "monthly", "2025-01") == ""
        doc = monthly.build(s, period.parse("2026-11"), Stamp(None, ISSUED))
        other = monthly.build(s, period.parse("2025-01"), Stamp(None, ISSUED))
    text = pdf_pages(pdf.render(doc))
    assert "Đề nghị tỉnh hỗ trợ." in "\n".join(text)
    assert other.blocks[-1].text == monthly.NO_NOTE


def test_signer_defaults_to_the_chairman_and_follows_the_settings(demo_store):
    with demo_store.session() as s:
        settings = service.load_settings(s)
        chairman = s.execute(select(Officer).where(Officer.position == "Chủ tịch UBND",
                                                   Officer.active.is_(True))).scalars().first()
        assert settings.issuing_body == "ỦY BAN NHÂN DÂN XÃ HỮU LŨNG"
        assert settings.place == "Hữu Lũng"
        lines, name = service.signer_lines(s, settings)
    assert (lines, name) == (["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH"], chairman.full_name)
    with demo_store.session() as s:
        deputy = s.execute(select(Officer).where(Officer.position == "Phó Chủ tịch UBND",
                                                 Officer.active.is_(True))).scalars().first()
    settings.signer_id, settings.authority, settings.signer_title = str(deputy.id), "tm_kt", ""
    with demo_store.write("admin") as s:
        service.save_settings(s, settings)
    with demo_store.session() as s:
        doc = monthly.build(s, period.parse("2026-11"), Stamp(None, ISSUED))
    assert doc.signer.lines == ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH"]
    assert doc.signer.name == deputy.full_name


def test_bad_settings_are_refused_and_nothing_is_saved(demo_store):
    with demo_store.session() as s:
        settings = service.load_settings(s)
    settings.place = "  "
    with pytest.raises(ValidationError) as err, demo_store.write("admin") as s:
        service.save_settings(s, settings)
    assert err.value.field == "place"
    with demo_store.session() as s:
        assert service.load_settings(s).place == "Hữu Lũng"


def _issue(store, kind="monthly", key="2026-11", on=ISSUED):
    p = period.parse(key)
    with store.write("admin") as s:
        return service.issue(s, kind, p.key, on,
                             lambda n, d: catalog.build(s, kind, p, Stamp(n, d)), pdf.render,
                             catalog.get(kind).doc_type)


def test_issuing_takes_the_next_number_per_year_and_type_and_reprints_identically(demo_store):
    first, data1 = _issue(demo_store)
    second, _ = _issue(demo_store)
    other_type, _ = _issue(demo_store, "officers")
    next_year, _ = _issue(demo_store, on=dt.date(2031, 1, 4))
    assert (first.symbol, second.symbol) == ("01/BC-UBND", "02/BC-UBND")
    assert other_type.symbol == "03/BC-UBND"  # a list is a report's annex (ND 30, Điều 7)
    assert next_year.symbol == "01/BC-UBND"
    assert "Số: 01/BC-UBND" in pdf_pages(data1)[0]
    assert "Hữu Lũng, ngày 05 tháng 01 năm 2030" in pdf_pages(data1)[0]
    assert first.sha256 == service.sha256(data1)
    # the data changes after issue: re-printing still gives the file that was issued
    with demo_store.write("admin") as s:
        s.execute(select(Officer)).scalars().first().full_name = "Tên Đã Đổi"
        service.save_note(s, "monthly", "2026-11", "Ghi chú thêm sau khi ban hành.")
    with demo_store.session() as s:
        assert service.reprint(s, first.id, pdf.render) == data1
        rows = service.register(s, 2030)
        assert sorted(r.symbol for r in rows) == ["01/BC-UBND", "02/BC-UBND", "03/BC-UBND"]


def test_reprint_refuses_a_tampered_register_row(demo_store):
    first, _ = _issue(demo_store)
    with demo_store.write("admin") as s:
        s.get(ReportRegister, first.id).file_sha256 = "0" * 64
    with demo_store.session() as s, pytest.raises(Exception) as err:
        service.reprint(s, first.id, pdf.render)
    assert "01/BC-UBND" in str(err.value)


def test_failed_render_takes_no_number(demo_store):
    def broken(_doc):
        raise RuntimeError("printer on fire")

    p = period.parse("2026-11")
    with pytest.raises(RuntimeError), demo_store.write("admin") as s:
        service.issue(s, "monthly", p.key, ISSUED,
                      lambda n, d: catalog.build(s, "monthly", p, Stamp(n, d)), broken)
    first, _ = _issue(demo_store)
    assert first.number == 1


def test_xlsx_has_every_table_with_real_numbers(demo_store, tmp_path):
    p = _period_with_completions(demo_store)
    with demo_store.session() as s:
        doc = monthly.build(s, p, Stamp(None, ISSUED))
    path = xlsx.export(doc, tmp_path / "bao-cao.xlsx")
    wb = load_workbook(path)
    # digitization, certificates, training, equipment, checklist, teams, two annexes
    assert len(wb.sheetnames) == len(doc.tables()) == 8
    ws = wb[wb.sheetnames[0]]
    assert ws["A4"].value == "STT" and ws["A4"].font.bold and ws["B4"].value == "Lĩnh vực"
    assert isinstance(ws["C5"].value, int)
    assert ws.cell(ws.max_row, 3).value == sum(ws.cell(r, 3).value for r in range(5, ws.max_row))
    training = wb[wb.sheetnames[2]]
    last = training.max_row
    assert training.cell(last, 2).value == "Tổng cộng" and training.cell(last, 2).font.bold
    assert training.cell(last, 5).number_format == "0.0 %"
    assert 0 <= training.cell(last, 5).value <= 1


@pytest.mark.parametrize("text, value, fmt", [
    ("1.234", 1234, "#,##0"), ("12,5 %", 0.125, "0.0 %"), ("100 %", 1.0, "0 %"),
    ("Cán bộ", "Cán bộ", None), ("04/07/1994", "04/07/1994", None),
])
def test_xlsx_reads_vietnamese_numbers(text, value, fmt):
    got, got_fmt = xlsx.cell_value(text)
    assert got == pytest.approx(value) if fmt else got == value
    assert got_fmt == fmt


def test_tables_of_every_report_kind_render(demo_store):
    p = period.parse("2025")
    with demo_store.session() as s:
        for kind in catalog.KINDS:
            doc = catalog.build(s, kind, p, Stamp(None, ISSUED))
            assert all(isinstance(t, Table) for t in doc.tables())
            assert pdf.render(doc).startswith(b"%PDF")


def test_demo_has_an_issued_monthly_report_and_notes(demo_store):
    with demo_store.session() as s:
        rows = service.register(s)
        assert len(rows) == 1 and rows[0].symbol == "01/BC-UBND" and rows[0].kind == "monthly"
        assert service.reprint(s, rows[0].id, pdf.render)  # identical, or it raises
        assert service.get_note(s, "monthly", rows[0].period)
        summary = service.summary(s, dt.date.fromisoformat(rows[0].period + "-01")
                                  + dt.timedelta(days=40))
    assert summary.issued == 1 and summary.last_month_done


def test_training_list_of_one_course_counts_only_that_course(demo_store):
    from core.training.courses import course_choices
    from core.training.coverage import completion_list

    p = period.parse("2020-01-01..2030-12-31")
    with demo_store.session() as s:
        course_id, title = course_choices(s)[0]
        doc = catalog.build(s, "training", p, Stamp(None, ISSUED), course_id)
        everything = catalog.build(s, "training", p, Stamp(None, ISSUED))
        expected = len(completion_list(s, course_id))
    assert f"khóa “{title}”" in doc.summary
    rows = doc.tables()[0].rows if doc.tables() else []
    assert len(rows) == expected < len(everything.tables()[0].rows)
    assert {r[5] for r in rows} == {title}


def test_a_report_drawn_by_an_earlier_version_is_reprinted_as_a_redrawn_copy(demo_store):
    """Not refused as tampered: the copy is rebuilt from the register and says it is not the
    issued file to the byte; with the current drawing it is the issued file again."""
    import orjson

    first, data = _issue(demo_store)
    with demo_store.write("admin") as s:
        row = s.get(ReportRegister, first.id)
        snapshot = orjson.loads(row.snapshot)
        assert snapshot["renderer"] == pdf.RENDERER
        snapshot["renderer"] = pdf.RENDERER - 1  # issued by the drawing before this one…
        row.snapshot = orjson.dumps(snapshot).decode()
        row.file_sha256 = "1" * 64  # …whose bytes differed
    with demo_store.session() as s, pytest.raises(service.RedrawnCopy) as err:
        service.reprint(s, first.id, pdf.render)
    assert err.value.data == data
    assert "01/BC-UBND" in err.value.message()
    with demo_store.write("admin") as s:  # the same drawing and a wrong hash: still refused
        row = s.get(ReportRegister, first.id)
        row.snapshot = orjson.dumps({**snapshot, "renderer": pdf.RENDERER}).decode()
    with demo_store.session() as s, pytest.raises(UserError) as refused:
        service.reprint(s, first.id, pdf.render)
    assert not isinstance(refused.value, service.RedrawnCopy)
