"""Renewals, requests, who needs one, alerts, coverage and support tickets on a real store."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from core.certificates import registry as svc
from core.certificates import requests as req
from core.certificates import status
from db.errors import ValidationError
from db.models import Certificate, CertRequest
from demo.cert_factory import CertFactory, make_name, pem
from tests.unit.cert_fixtures import P12_PASSWORD, add_officers, write_cert_folder

AN = "020190001234"


@pytest.fixture
def loaded(ready_store, tmp_path):
    with ready_store.write("test") as s:
        ids = add_officers(s)
    files = write_cert_folder(tmp_path / "nop")
    with ready_store.write("test") as s:
        svc.apply(s, svc.preview(s, svc.read_files([files.folder], P12_PASSWORD)))
    return ready_store, ids, files


def _import_one(store, path):
    with store.write("test") as s:
        svc.apply(s, svc.preview(s, svc.read_files([path])))


def test_renewal_replaces_the_old_certificate_and_closes_the_request(loaded, tmp_path):
    store, ids, files = loaded
    with store.write("test") as s:
        request = req.create_request(s, ids[AN], "renew", carrier="token")
        assert (request.full_name, request.cccd) == ("Nguyễn Văn An", AN)
        assert request.certificate_id is not None and request.status == "draft"
        request_id, old_id = request.id, request.certificate_id
        req.set_request_status(s, request_id, "submitted")
    newer = files.factory.leaf(make_name("Nguyễn Văn An", "UBND xã Hữu Lũng", uid=f"CCCD:{AN}"),
                               start=files.factory.now, days_valid=1095)
    (tmp_path / "an-moi.crt").write_bytes(pem(newer))
    _import_one(store, tmp_path / "an-moi.crt")
    with store.session() as s:
        old = s.get(Certificate, old_id)
        new_id = s.execute(select(Certificate.id).where(Certificate.replaced_by_id.is_(None),
                           Certificate.officer_id == ids[AN])).scalar_one()
        assert old.status == "replaced" and old.replaced_by_id == new_id
        closed = s.get(CertRequest, request_id)
        assert closed.status == "issued" and closed.result_certificate_id == new_id
        assert closed.submitted_on is not None and closed.issued_on is not None


def test_request_validation(loaded):
    store, ids, _ = loaded
    with store.write("test") as s:
        with pytest.raises(ValidationError, match="kind of request"):
            req.create_request(s, ids[AN], "whatever")
        request = req.create_request(s, ids[AN], "new", requested_on=dt.date(2026, 3, 1))
        with pytest.raises(ValidationError, match="before the request"):
            req.set_request_status(s, request.id, "submitted", on=dt.date(2026, 2, 1))


def test_officers_who_need_a_request(loaded):
    store, ids, _ = loaded
    with store.session() as s:
        needs = {n.full_name: n.reason for n in req.needs(s)}
    assert needs["Phạm Thị Dung"] == "expiring"  # expired official certificate
    assert needs["Lê Văn Cường"] == "public_only"
    assert needs["Đặng Văn Khoa"] == "none"  # only a self-signed one
    assert needs["Nguyễn Thị Hoa"] == "none"  # both Hoa: the certificate waits for review
    assert "Nguyễn Văn An" not in needs and "Trần Thị Bình" not in needs


def test_certificate_from_before_the_reorganisation_needs_a_change(ready_store, tmp_path):
    with ready_store.write("test") as s:
        ids = add_officers(s)
    old = CertFactory(seed=3, today=dt.datetime(2025, 3, 1, tzinfo=dt.UTC))
    cert = old.leaf(make_name("Nguyễn Văn An", "UBND xã Cũ", uid=f"CCCD:{AN}"), days_valid=5 * 365)
    (tmp_path / "an.crt").write_bytes(pem(cert))
    _import_one(ready_store, tmp_path / "an.crt")
    with ready_store.session() as s:
        need = next(n for n in req.needs(s) if n.officer_id == ids[AN])
    assert need.reason == "info_changed" and req.NEED_REQUEST[need.reason] == "change_info"


def test_alert_levels(ready_store, tmp_path):
    with ready_store.write("test") as s:
        add_officers(s)
    f = CertFactory(seed=9)
    for name, cccd, days in (("Nguyễn Văn An", AN, 20), ("Trần Thị Bình", "020190005678", 5),
                             ("Lê Văn Cường", "020190002222", 200)):
        cert = f.leaf(make_name(name, "UBND", uid=f"CCCD:{cccd}"),
                      start=f.now - dt.timedelta(days=100), days_valid=100 + days)
        (tmp_path / f"{cccd}.crt").write_bytes(pem(cert))
    _import_one(ready_store, tmp_path)
    with ready_store.session() as s:
        found = status.alerts(s)
    assert (found.warnings, found.errors) == (1, 1)
    assert [(a.officer_name, a.level) for a in found.items] == [
        ("Trần Thị Bình", "error"), ("Nguyễn Văn An", "warning")]
    later = f.now + dt.timedelta(days=25)
    with ready_store.session() as s:
        assert (status.alerts(s, later).warnings, status.alerts(s, later).errors) == (0, 2)


def test_coverage_counts_valid_official_certificates_by_department(loaded):
    store, _, _ = loaded
    with store.session() as s:
        cov = status.coverage(s)
    # valid official + matched: An, Bình (Văn phòng), Giang (VH-XH), Hùng (Kinh tế)
    assert (cov.officers, cov.covered, cov.public_ca) == (10, 4, 1)
    assert cov.percent == pytest.approx(40.0)
    depts = {d.department: (d.officers, d.covered) for d in cov.by_department}
    assert depts == {"Phòng Kinh tế": (5, 1), "Văn phòng HĐND-UBND": (3, 2),
                     "Phòng Văn hóa - Xã hội": (2, 1)}


def test_support_tickets_in_time(loaded):
    store, ids, _ = loaded
    t0 = dt.datetime(2026, 5, 4, 8, tzinfo=dt.UTC)
    with store.write("test") as s:
        fast = req.open_ticket(s, ids[AN], "pin_locked", "Khóa PIN sau 3 lần nhập sai", t0)
        slow = req.open_ticket(s, ids[AN], "token_not_recognised", "Máy không nhận token", t0)
        req.open_ticket(s, None, "signing_tool", "Lỗi công cụ ký", t0)
        req.resolve_ticket(s, fast.id, "Mở khóa PIN", t0 + dt.timedelta(hours=2))
        req.resolve_ticket(s, slow.id, "Cài lại driver", t0 + dt.timedelta(hours=30))
        with pytest.raises(ValidationError, match="before it was reported"):
            req.resolve_ticket(s, slow.id, "x", t0 - dt.timedelta(hours=1))
    with store.session() as s:
        summary = status.summary(s)
        rows = req.tickets(s)
    assert (summary.tickets_open, summary.tickets_resolved, summary.tickets_in_time) == (1, 2, 1)
    assert summary.tickets_in_time_percent == pytest.approx(50.0)
    assert summary.review == 2 and summary.certificates == 11
    assert sorted(r.in_time for r in rows) == [False, False, True]


def test_export_to_xlsx_has_every_table(loaded, tmp_path):
    from openpyxl import load_workbook

    from core.certificates import export as cert_export

    store, ids, _ = loaded
    with store.write("test") as s:
        req.create_request(s, ids[AN], "renew")
    out = tmp_path / "chung-thu.xlsx"
    with store.session() as s:
        assert cert_export.export(s, out, lambda text: text) == 11
    wb = load_workbook(out)
    assert wb.sheetnames == ["Certificates", "Requests", "Officers needing a request", "Coverage",
                             "Support"]
    certs = list(wb["Certificates"].values)
    assert certs[0][:3] == ("Officer", "Name in certificate", "Kind") and len(certs) == 12
    assert {r[1] for r in certs[1:]} >= {"Trần Thị Bình", "Lê Văn Cường"}
    assert list(wb["Requests"].values)[1][:3] == ("Nguyễn Văn An", "Renewal", "Being prepared")
    assert list(wb["Coverage"].values)[-1] == ("Total", 10, 4, 40.0)


def test_demo_certificates_are_realistic_and_deterministic(tmp_path):
    from core.config import Paths
    from core.store import Store
    from demo.commune import fill_demo

    figures = []
    for name in ("a", "b"):
        store = Store.open(Paths(tmp_path / name))
        try:
            fill_demo(store, seed=11)
            with store.session() as s:
                summary = status.summary(s)
                subjects = sorted(s.execute(select(Certificate.subject_cn, Certificate.kind,
                                                   Certificate.status)).all())
        finally:
            store.close()
        figures.append((subjects, summary.alerts.warnings, summary.alerts.errors,
                        summary.coverage.covered, summary.review))
    assert figures[0] == figures[1]
    _, warnings, errors, covered, review = figures[0]
    assert warnings >= 1 and errors >= 1 and review == 2
    assert 0 < covered < summary.coverage.officers
    assert summary.coverage.public_ca >= 1 and summary.open_requests >= 1
    assert summary.tickets_resolved >= 1 and summary.tickets_open >= 1


def test_details_change_status_carrier_and_subscriber(loaded):
    store, ids, _ = loaded
    with store.session() as s:
        cert_id = s.execute(select(Certificate.id).where(Certificate.officer_id == ids[AN])).scalar_one()
    with store.write("clerk") as s:
        svc.update_details(s, cert_id, status="suspended", carrier="sim", subscriber="individual",
                           note="Tạm dừng do mất token")
        with pytest.raises(ValidationError, match="from the lists"):
            svc.update_details(s, cert_id, status="lost", carrier="sim", subscriber="individual")
    with store.session() as s:
        cert = s.get(Certificate, cert_id)
        assert (cert.status, cert.carrier, cert.note) == ("suspended", "sim", "Tạm dừng do mất token")
        assert cert.version == 2
        assert ids[AN] not in {o for o in status._holders(s, "official_duty", status.utcnow())}


def test_name_changed_since_the_certificate_needs_a_change(loaded):
    store, ids, _ = loaded
    from core.officers import registry as officer_service

    with store.write("test") as s:
        data = officer_service.to_input(officer_service.get(s, ids[AN]))
        data.full_name = "Nguyễn Văn Ân"
        officer_service.update(s, ids[AN], data)
    with store.session() as s:
        assert {n.officer_id: n.reason for n in req.needs(s)}[ids[AN]] == "info_changed"
