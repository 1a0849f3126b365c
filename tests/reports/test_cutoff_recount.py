"""Every figure of the monthly report, read back from the PDF, equals an independent SQL recount
as of the end of the period; October and November differ where the data does; issuing November
again after more December activity gives the same figures."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import and_, func, or_, select, text

from core.reports import monthly, pdf, period
from core.reports.common import Stamp
from db.models import BacklogRecord, Certificate, CertRequest, Course, CourseResult, SupportTicket
from tests.reports.conftest import pdf_pages
from tests.reports.cutoff_fixtures import AFTER, P0, P, build_world, more_after


def _pdf_text(store, p: period.Period) -> str:
    with store.session() as s:
        doc = monthly.build(s, p, Stamp(None, AFTER))
    return " ".join(" ".join(pdf_pages(pdf.render(doc))).split())


def _n(value: int) -> str:
    return f"{value:,}".replace(",", ".")


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole if whole else 0:.1f} %".replace(".", ",")


def recount(s, p: period.Period) -> dict:
    """The figures as of the end of ``p``, counted straight from the rows (no report code)."""
    end = period.end_of(p.end)
    start = period.end_of(p.start - dt.timedelta(days=1))
    rec = BacklogRecord
    # no record was sent back by the end of these periods: a record is digitized once scanned
    digitized = s.scalar(select(func.count()).where(rec.scanned_at <= end))
    verified = s.scalar(select(func.count()).where(rec.verified_at <= end))
    scanned_in = s.scalar(select(func.count()).where(rec.scanned_at > start, rec.scanned_at <= end))
    window = period.end_of(p.end - dt.timedelta(days=28))
    rate = s.scalar(select(func.count()).where(rec.scanned_at > window, rec.scanned_at <= end))
    # officers working then: the last logged state of each row at the instant
    working = s.execute(text(
        "SELECT json_extract(payload, '$.id'), json_extract(payload, '$.is_signer') "
        "FROM change_log c WHERE table_name = 'officer' AND at <= :end AND id = (SELECT max(id) "
        "FROM change_log d WHERE d.row_id = c.row_id AND d.at <= :end) "
        "AND json_extract(payload, '$.active') AND NOT json_extract(payload, '$.deleted')"),
        {"end": end.replace(tzinfo=None).isoformat(sep=" ")}).all()
    ids = {str(i).replace("-", "") for i, _s in working}
    signer_ids = {str(i).replace("-", "") for i, sig in working if sig}

    def holders(kind: str, moment) -> set[str]:
        newer = select(Certificate.id).where(Certificate.not_before > moment).scalar_subquery()
        rows = s.execute(select(Certificate.officer_id).where(
            Certificate.kind == kind, Certificate.not_before <= moment,
            Certificate.not_after > moment,
            or_(Certificate.status == "active", Certificate.replaced_by_id.in_(newer)))).scalars()
        return {o.hex for o in rows if o is not None}

    covered = holders("official_duty", end) & ids
    soon = s.execute(select(Certificate.not_after).where(
        Certificate.kind == "official_duty", Certificate.not_before <= end,
        Certificate.not_after <= end + dt.timedelta(days=30),
        or_(Certificate.status == "active", Certificate.status == "replaced"))).scalars().all()
    requested = s.scalar(select(func.count()).where(
        CertRequest.requested_on >= p.start, CertRequest.requested_on <= p.end))
    open_then = s.scalar(select(func.count()).where(
        CertRequest.requested_on <= p.end,
        or_(CertRequest.issued_on.is_(None), CertRequest.issued_on > p.end),
        or_(CertRequest.status.not_in(("cancelled", "rejected")), CertRequest.updated_at > end)))
    closed = s.scalar(select(func.count()).where(
        CertRequest.issued_on >= p.start, CertRequest.issued_on <= p.end))
    tickets = s.execute(select(SupportTicket.opened_at, SupportTicket.resolved_at).where(
        SupportTicket.opened_at > start, SupportTicket.opened_at <= end)).all()
    day = dt.timedelta(hours=24)
    in_time = sum(1 for o, r in tickets if r is not None and r <= end and r - o <= day)
    pending = sum(1 for o, r in tickets if (r is None or r > end) and o + day >= end)
    required = and_(CourseResult.course_id == Course.id, Course.required.is_(True),
                    CourseResult.completed.is_(True))

    def trained(topic: str) -> int:
        done = s.execute(select(CourseResult.officer_id).where(
            required, Course.topic == topic, CourseResult.completed_on <= p.end)).scalars()
        return len({o.hex for o in done} & ids)

    done_in = s.execute(select(CourseResult.officer_id, Course.required).where(
        CourseResult.course_id == Course.id, CourseResult.completed.is_(True),
        CourseResult.completed_on >= p.start, CourseResult.completed_on <= p.end)).all()
    return {"digitized": digitized, "verified": verified, "scanned_in": scanned_in,
            "rate": rate / 28, "officers": len(ids), "covered": len(covered),
            "signers": len(signer_ids), "signers_covered": len(covered & signer_ids),
            "public": len(holders("public_ca", end) & ids),
            "expiring": sum(1 for a in soon if a > end), "expired": sum(1 for a in soon if a <= end),
            "requested": requested, "open": open_then, "closed": closed,
            "tickets": len(tickets), "in_time": in_time, "pending": pending,
            "late": len(tickets) - in_time - pending, "digital": trained("digital"),
            "operation": trained("operation"), "completions": len(done_in),
            "completed_by": len({o for o, _r in done_in}),
            "required_done": sum(1 for _o, r in done_in if r)}


def expected_sentences(f: dict, p: period.Period) -> list[str]:
    when = p.wording
    late = f["in_time"] + f["late"]
    rate = f"{f['rate']:.1f}".replace(".", ",")
    return [
        f"đã số hóa {_n(f['digitized'])} hồ sơ, đạt {_pct(f['digitized'], 100)} (trong {when} "
        f"số hóa thêm {_n(f['scanned_in'])} hồ sơ)",
        f"đã kiểm tra {_n(f['verified'])},",
        f"Tốc độ số hóa bình quân 28 ngày tính đến ngày {p.end:%d/%m/%Y}: {rate} hồ sơ/ngày.",
        f"Tổng số cán bộ, công chức đang công tác: {_n(f['officers'])} người; số người có chứng "
        f"thư số chuyên dùng công vụ còn hiệu lực: {_n(f['covered'])} người, đạt "
        f"{_pct(f['covered'], f['officers'])}",
        f"Người phải ký số (lãnh đạo, công chức Bộ phận Một cửa): {_n(f['signers'])} người, "
        f"trong đó {_n(f['signers_covered'])} người có chứng thư số chuyên dùng còn hiệu lực, "
        f"đạt {_pct(f['signers_covered'], f['signers'])}",
        f"Chứng thư số sắp hết hạn trong 30 ngày: {_n(f['expiring'])}; đã hết hạn nhưng chưa "
        f"gia hạn: {_n(f['expired'])}. Số cán bộ còn dùng chứng thư số của CA công cộng: "
        f"{_n(f['public'])}.",
        f"đã lập {_n(f['requested'])} đề nghị về chứng thư số; đã có kết quả (được cấp, bị từ "
        f"chối hoặc hủy) {_n(f['closed'])} đề nghị; đến ngày {p.end:%d/%m/%Y} còn "
        f"{_n(f['open'])} đề nghị",
        f"tiếp nhận {_n(f['tickets'])} yêu cầu hỗ trợ; giải quyết trong thời hạn (24 giờ) "
        f"{_n(f['in_time'])} yêu cầu, đạt {_pct(f['in_time'], late)} (chỉ tiêu 100 %); quá hạn "
        f"{_n(f['late'])} yêu cầu",
        f"hoàn thành bồi dưỡng kỹ năng số: {_n(f['digital'])}/{_n(f['officers'])} người",
        f"hoàn thành bồi dưỡng vận hành hệ thống: {_n(f['operation'])}/{_n(f['officers'])} người",
        f"có {_n(f['completed_by'])} cán bộ, công chức hoàn thành khóa bồi dưỡng, tổng cộng "
        f"{_n(f['completions'])} lượt, trong đó {_n(f['required_done'])} lượt",
    ]


@pytest.fixture
def world(ready_store):
    return ready_store, build_world(ready_store)


def test_every_figure_equals_the_recount_at_the_period_end(world):
    store, _w = world
    for p in (P0, P):
        with store.session() as s:
            figures = recount(s, p)
        text_ = _pdf_text(store, p)
        for sentence in expected_sentences(figures, p):
            assert sentence in text_, (p.key, sentence)
        assert "Số liệu tính đến ngày" not in text_  # both periods have ended


def test_the_known_figures_of_the_seeded_commune(world):
    """The recount itself, checked against the story the fixture tells."""
    store, _w = world
    with store.session() as s:
        oct_, nov = recount(s, P0), recount(s, P)
    assert (nov["digitized"], nov["verified"], nov["scanned_in"]) == (50, 10, 30)
    assert (oct_["digitized"], oct_["scanned_in"]) == (20, 20)
    # Dung left and Mới came after November: five working then, Dung still counted
    assert nov["officers"] == oct_["officers"] == 5
    assert (nov["covered"], oct_["covered"]) == (2, 3)  # Bình's expired in mid-November
    assert (nov["expiring"], nov["expired"], oct_["expiring"]) == (1, 1, 1)
    assert (nov["requested"], nov["open"], nov["closed"]) == (3, 3, 1)
    assert (nov["tickets"], nov["in_time"], nov["pending"], nov["late"]) == (4, 1, 1, 2)
    assert (nov["digital"], nov["operation"], oct_["digital"]) == (2, 1, 1)
    assert (nov["completions"], nov["required_done"]) == (3, 2)


def test_october_and_november_differ_where_the_data_does(world):
    store, _w = world
    october, november = _pdf_text(store, P0), _pdf_text(store, P)
    assert "đã số hóa 20 hồ sơ" in october and "đã số hóa 50 hồ sơ" in november
    assert "chuyên dùng công vụ còn hiệu lực: 3 người" in october
    assert "chuyên dùng công vụ còn hiệu lực: 2 người" in november
    assert "quá hạn 0 yêu cầu" in october and "quá hạn 2 yêu cầu" in november
    # the late ones are named, and only in November's report
    assert "Trần Thị Bình (máy tính không nhận thiết bị ký số" in november
    assert "Phạm Văn Em (chứng thư số hết hạn" in november
    assert "Trần Thị Bình" not in october.split("PHỤ LỤC")[0]


def test_reissuing_after_more_activity_gives_the_same_figures(world):
    store, w = world
    first = _pdf_text(store, P)
    more_after(store, w)
    assert _pdf_text(store, P) == first
    # the activity is there: the report for the running month counts it, up to today
    with store.session() as s:
        doc = monthly.build(s, period.month(AFTER.year, AFTER.month), Stamp(None, AFTER))
    body = " ".join(b.text for b in doc.blocks if hasattr(b, "text"))
    if AFTER < period.month(AFTER.year, AFTER.month).end:
        assert f"Số liệu tính đến ngày {AFTER:%d/%m/%Y}." in body
    assert "số hóa thêm 20 hồ sơ" in body and "đã kiểm tra 25" in body


def test_annexes_name_who_completed_and_who_still_must_train(world):
    store, _w = world
    with store.session() as s:
        doc = monthly.build(s, P, Stamp(None, AFTER))
    done, todo = doc.annexes
    assert [r[1] for r in done.blocks[0].rows] == ["Trần Thị Bình", "Trần Thị Bình"]
    assert {r[5] for r in done.blocks[0].rows} == {"Kỹ năng số cơ bản",
                                                   "Vận hành hệ thống một cửa"}
    # at the end of November: An lacks the operation course, Cường (trained in December),
    # Dung (left in December) and Em lack both; Mới was not working yet
    names = {r[1]: r[3] for r in todo.blocks[0].rows}
    assert set(names) == {"Nguyễn Văn An", "Hoàng Đức Cường", "Lê Thị Dung", "Phạm Văn Em"}
    assert names["Nguyễn Văn An"] == "Vận hành hệ thống một cửa"
    assert done.attached.startswith("(Kèm theo Báo cáo số ") and "dự thảo" in done.attached
    text_ = _pdf_text(store, P)
    assert "PHỤ LỤC I" in text_ and "PHỤ LỤC II" in text_
    assert "(Kèm theo Báo cáo số …/BC-UBND ngày …/…/… của UBND xã Hữu Lũng — bản dự thảo" in text_
