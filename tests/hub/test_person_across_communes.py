"""A person across communes at the province: counted where they work at a period's end (a report
for last month issued today), certificates and completions following the person, the same
certificate file imported in two communes counted once."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from sqlalchemy import func, select

from core import carried
from core.certificates import registry as certs
from core.certificates import status as cert_status
from core.hub import catalogue, province
from core.hub.province_detail import commune_detail
from core.hub.transfers import VIETNAM
from core.officers import registry as officers
from core.province import client as province_client
from core.sync import service as sync_svc
from core.sync.http_client import HubRefused
from core.sync.online import make_client
from core.training import courses
from core.training import coverage as training_coverage
from db.base import utcnow
from db.models import Certificate
from demo.cert_factory import CertFactory, der, make_name
from tests.conftest import TEST_COMMUNE
from tests.hub.conftest import OTHER_COMMUNE, open_pc
from tests.hub.province_data import enrol_viewer
from tests.hub.test_hub_sync import sync
from tests.sync.conftest import add_officer

CCCD = "020190001234"


def _counts(running, as_of=None, key="officers") -> dict[str, int]:
    return {r.code: getattr(r, key) for r in province.summary(running.engine, as_of=as_of)
            if getattr(r, key)}


def _import_cert(store, path) -> None:
    with store.write("admin") as s:
        preview = certs.preview(s, certs.read_files([path]))
        assert [i.officer_id is not None for i in preview.items] == [True]
        assert [i.kind.kind for i in preview.items] == ["official_duty"]
        certs.apply(s, preview)


def _cert_file(tmp_path):
    factory = CertFactory()
    cert = factory.leaf(make_name("Nguyễn Văn An", "UBND xã Hữu Lũng", "Lạng Sơn",
                                  uid=f"CCCD:{CCCD}"), start=utcnow() - dt.timedelta(days=10))
    path = tmp_path / "an.cer"
    path.write_bytes(der(cert))
    return path


def test_a_past_period_counts_the_person_where_they_worked_at_its_end(hub, pcs, tmp_path):
    pc1, _pc2, pc3 = pcs
    an_in_a = add_officer(pc1, "Nguyễn Văn An", CCCD)
    add_officer(pc1, "Trần Thị Bình", "020190005678")
    sync(pc1, hub, tmp_path)
    time.sleep(0.05)
    end_of_last_period = utcnow()  # the move happens after this period's end
    time.sleep(0.05)
    add_officer(pc3, "Nguyễn Văn An", CCCD, position="Phó Chủ tịch UBND xã")
    sync(pc3, hub, tmp_path)
    with pc1.write("admin") as s:
        officers.set_active(s, an_in_a, False)
    sync(pc1, hub, tmp_path)
    sync(pc3, hub, tmp_path)
    # now: once, in B, and the transfer is shown
    assert _counts(hub) == {TEST_COMMUNE: 1, OTHER_COMMUNE: 1}
    today = dt.datetime.now(VIETNAM).date().isoformat()
    data = province.summary_json(hub.engine, utcnow())
    [move] = data["transfers"]
    assert [(st["commune"], st["left_on"], st["counted"]) for st in move["stints"]] == [
        (TEST_COMMUNE, today, False), (OTHER_COMMUNE, None, True)]
    # last period's report issued today: still in A, no transfer yet, B had nobody
    assert _counts(hub, end_of_last_period) == {TEST_COMMUNE: 2}
    past = province.summary_json(hub.engine, utcnow(), end_of_last_period)
    assert past["transfers"] == []
    # a period that ended yesterday: nobody had been taken on yet
    yesterday = dt.datetime.now(VIETNAM).date() - dt.timedelta(days=1)
    assert _counts(hub, yesterday) == {}
    # the province viewer asks for a period's end through the hub's API
    viewer = open_pc(tmp_path / "viewer")
    try:
        enrol_viewer(hub, viewer)
        snap = province_client.fetch_summary(viewer, as_of=dt.datetime.now(VIETNAM).date())
        assert {r.code: r.officers for r in snap.rows} == {TEST_COMMUNE: 1, OTHER_COMMUNE: 1}
        assert [m["cccd"] for m in snap.transfers] == [CCCD] and snap.as_of is not None
        old = province_client.fetch_summary(viewer, as_of=yesterday)
        assert {r.code: r.officers for r in old.rows} == {TEST_COMMUNE: 0, OTHER_COMMUNE: 0}
        assert old.transfers == [] and old.as_of == yesterday
        assert province_client.cached_summary(viewer) is None  # a past period is not cached
        client = make_client(viewer, hub.url, None, retries=0)
        try:  # the people's records go to commune computers only
            with pytest.raises(HubRefused) as refused:
                client.get_json("/api/v1/sync/people")
            assert refused.value.code == "viewer_only"
        finally:
            client.close()
    finally:
        viewer.close()


def test_a_certificate_and_a_completion_from_a_count_for_the_person_in_b(hub, pcs, tmp_path):
    pc1, _pc2, pc3 = pcs
    ids = [catalogue.publish_course(hub.engine, hub.hub.identity, title, topic).id
           for title, topic in (("Kỹ năng số", "digital"), ("Vận hành Một cửa", "operation"))]
    an_in_a = add_officer(pc1, "Nguyễn Văn An", CCCD, position="Chủ tịch UBND xã")
    _import_cert(pc1, _cert_file(tmp_path))
    sync(pc1, hub, tmp_path)  # brings the province's required courses
    with pc1.write("admin") as s:
        for course in ids:
            courses.save_result(s, course, an_in_a, courses.ResultInput(True, dt.date.today()))
    sync(pc1, hub, tmp_path)
    assert _counts(hub, key="officers_certified") == {TEST_COMMUNE: 1}
    assert _counts(hub, key="trained") == {TEST_COMMUNE: 1}
    # An moves to B: B has not imported the certificate, it still counts for him there
    an_in_b = add_officer(pc3, "Nguyễn Văn An", CCCD, position="Phó Chủ tịch UBND xã")
    with pc1.write("admin") as s:
        officers.set_active(s, an_in_a, False)
    sync(pc1, hub, tmp_path)
    sync(pc3, hub, tmp_path)
    assert _counts(hub, key="officers_certified") == {OTHER_COMMUNE: 1}
    assert _counts(hub, key="trained") == {OTHER_COMMUNE: 1}
    assert len(province.summary_json(hub.engine, utcnow())["transfers"]) == 1
    [an] = commune_detail(hub.engine, OTHER_COMMUNE)["officers"]
    assert an["certificate_until"] is not None and an["trained"]
    assert (an["courses_done"], an["required_courses"]) == (2, 2)
    # commune B sees them too, read-only, and counts them in its own coverage
    with pc3.session() as s:
        [cert] = carried.certificates_of(s, CCCD)
        assert (cert.commune, cert.kind, cert.valid_at(utcnow())) == (TEST_COMMUNE,
                                                                      "official_duty", True)
        assert {c.title for c in carried.courses_of(s, CCCD)} == {"Kỹ năng số",
                                                                  "Vận hành Một cửa"}
        certified = cert_status.coverage(s)
        assert (certified.officers, certified.covered) == (1, 1)
        trained = training_coverage.coverage(s)
        assert (trained.total.officers, trained.total.both) == (1, 1)
        assert all(r.completed for r in training_coverage.officer_status(s, an_in_b))
        assert s.scalar(select(func.count()).select_from(Certificate)) == 0  # nothing copied
    # A still holds its own rows; B's records never travel back
    status = sync_svc.status(pc3)
    assert (status.pending, status.refused) == (0, 0)


def test_the_same_certificate_file_imported_in_two_communes(hub, pcs, tmp_path):
    pc1, _pc2, pc3 = pcs
    add_officer(pc1, "Nguyễn Văn An", CCCD)
    add_officer(pc3, "Nguyễn Văn An", CCCD)
    path = _cert_file(tmp_path)
    _import_cert(pc1, path)
    _import_cert(pc3, path)
    sync(pc1, hub, tmp_path)
    sync(pc3, hub, tmp_path)  # no refusal: each commune's row has its own id
    for store in (pc1, pc3):
        status = sync_svc.status(store)
        assert (status.pending, status.refused) == (0, 0)
    # one person, counted once (in the commune whose stint began last), certified there
    assert _counts(hub) == {OTHER_COMMUNE: 1}
    assert _counts(hub, key="officers_certified") == {OTHER_COMMUNE: 1}


def test_xaso_hub_summary_shows_the_transfers_as_of_a_period_end(hub, pcs, tmp_path):
    import json

    from tests.hub.test_conflicts_everywhere import _hub
    from tests.hub.test_hub_cli import xaso_hub

    pc1, _pc2, pc3 = pcs
    an_in_a = add_officer(pc1, "Nguyễn Văn An", CCCD)
    sync(pc1, hub, tmp_path)
    add_officer(pc3, "Nguyễn Văn An", CCCD)
    with pc1.write("admin") as s:
        officers.set_active(s, an_in_a, False)
    sync(pc1, hub, tmp_path)
    sync(pc3, hub, tmp_path)
    data = json.loads(_hub(hub, tmp_path, "summary", "--json"))
    assert {r["code"]: r["officers"] for r in data["communes"]} == {TEST_COMMUNE: 0,
                                                                   OTHER_COMMUNE: 1}
    assert [m["cccd"] for m in data["transfers"]] == [CCCD]
    today = dt.datetime.now(VIETNAM).date().strftime("%d/%m/%Y")
    text = _hub(hub, tmp_path, "summary")
    assert f"rời Xã Hữu Lũng ngày {today}" in text and f"về Xã Thất Khê ngày {today}" in text
    assert "tính ở Xã Thất Khê" in text
    yesterday = (dt.datetime.now(VIETNAM).date() - dt.timedelta(days=1)).strftime("%d/%m/%Y")
    past = json.loads(_hub(hub, tmp_path, "summary", "--as-of", yesterday, "--json"))
    assert past["transfers"] == [] and past["as_of"] is not None
    assert all(r["officers"] == 0 for r in past["communes"])
    bad = xaso_hub(tmp_path / "hub-data", "summary", "--as-of", "31/02/2026")
    assert bad.returncode == 1 and "dd/mm/yyyy" in bad.stderr and "Nhập ngày" in bad.stderr
