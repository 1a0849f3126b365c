"""Province catalogues: a target and a required course published at the hub reach every commune
on pull; a commune cannot change them, and a commune computer that sends one is refused."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.backlog import lots as backlog
from core.hub import catalogue
from core.hub.province import summary
from core.sync import service as sync_svc
from core.sync.export import export_bundle
from core.sync.http_client import HubClient, HubRefused
from core.training.coverage import coverage
from db.errors import ValidationError
from db.models import Course, CourseResult, DigitizationTarget, Officer
from tests.hub.test_hub_sync import sync
from tests.sync.conftest import add_officer


def test_catalogues_reach_every_commune_and_stay_the_provinces(hub, pcs, tmp_path):
    pc1, pc2, pc3 = pcs
    due = dt.date(dt.date.today().year + 1, 6, 30)
    catalogue.publish_target(hub.engine, hub.hub.identity, 70.0, due)
    course = catalogue.publish_course(hub.engine, hub.hub.identity, "Kỹ năng số cơ bản",
                                      "digital", 16)
    officer = add_officer(pc1, "Nguyễn Văn An", "020190001234")
    for store in (pc1, pc2, pc3):
        sync(store, hub, tmp_path)
    for store in (pc1, pc2, pc3):
        with store.session() as s:
            assert (70.0, due) in [(t.percent, t.due_on) for t in backlog.targets(s)]
            got = s.get(Course, course.id)
            assert got.required and got.commune_code == "*" and got.origin == "province"
    with pc1.session() as s:  # the commune's coverage counts the province's required course
        assert coverage(s).required_courses == 1
    with pytest.raises(ValidationError) as refused, pc1.write("admin") as s:
        s.get(Course, course.id).hours = 4
    assert "province" in refused.value.template
    with pc1.write("admin") as s:  # completing it is the commune's own row
        s.add(CourseResult(course_id=course.id, officer_id=officer, completed=True,
                           completed_on=dt.date.today()))
    sync(pc1, hub, tmp_path)
    row = next(r for r in summary(hub.engine) if r.code == pc1.context.commune_code)
    assert (row.target_percent, row.target_due) == (70.0, due)
    assert row.officers == 1 and row.trained == 0  # digital done, operation not yet
    assert "*" not in {r.code for r in summary(hub.engine)}


def test_a_commune_computer_cannot_send_a_province_row(hub, pcs, tmp_path):
    pc1, _pc2, pc3 = pcs
    with pytest.raises(ValidationError), pc1.write("admin") as s:  # refused on the PC
        s.add(DigitizationTarget(commune_code="*", percent=99.0, due_on=dt.date(2030, 1, 1)))
    with pc1.session() as s, s.begin():  # a tampered client writes one anyway …
        s.info["change_context"] = dataclasses.replace(s.info["change_context"],
                                                       commune_code="*")
        s.add(DigitizationTarget(commune_code="*", percent=99.0, due_on=dt.date(2030, 1, 1)))
    out = tmp_path / "forged"
    out.mkdir()
    ident = sync_svc.identity(pc1)
    bundle = export_bundle(pc1.engine, ident, str(hub.hub.identity.node_id), out, commune="*")
    client = HubClient(hub.url, ident, retries=0)
    try:  # … and the hub refuses the whole bundle
        with pytest.raises(HubRefused) as refused:
            client.push(bundle.path)
    finally:
        client.close()
    assert refused.value.code == "other_commune"
    sync(pc3, hub, tmp_path)
    with pc3.session() as s:
        assert 99.0 not in [t.percent for t in backlog.targets(s)]
        assert s.scalars(select(Officer)).all() == []


def test_province_computer_publishes_and_withdraws_through_the_hub(hub, pcs, tmp_path):
    from core.config import Paths
    from core.province import client as province
    from core.setup import SetupRequest, initialize
    from core.store import Store
    from tests.hub.province_data import enrol_viewer

    pc1, _pc2, pc3 = pcs
    viewer = Store.open(Paths(tmp_path / "tinh"))
    try:
        initialize(viewer, SetupRequest("", "admin", "mat-khau-2026", province_code="20"))
        enrol_viewer(hub, viewer)
        due = dt.date(dt.date.today().year + 1, 12, 31)
        target = province.publish_target(viewer, 65.0, due)
        course = province.publish_course(viewer, "Vận hành hệ thống một cửa", "operation", 8)
        with pytest.raises(HubRefused) as bad:  # checked at the hub too, in the clerk's words
            province._get(viewer, "/api/v1/province/targets", None, 0, "POST",
                          {"id": target["id"][:-1] + "0", "percent": 150, "due_on": "2027-01-01"})
        assert "between 0 and 100" in bad.value.template
        # a retried request (same id) makes nothing new
        again = province._get(viewer, "/api/v1/province/targets", None, 0, "POST",
                              {"id": target["id"], "percent": 65.0, "due_on": due.isoformat()})
        assert again["id"] == target["id"]
        published = province.fetch_catalogue(viewer)
        assert [(t["percent"], t["due_on"]) for t in published.targets] == [(65.0, due)]
        assert [c["title"] for c in published.courses] == ["Vận hành hệ thống một cửa"]
        for store in (pc1, pc3):
            sync(store, hub, tmp_path)
            with store.session() as s:
                assert (65.0, due) in [(t.percent, t.due_on) for t in backlog.targets(s)]
                assert s.get(Course, uuid.UUID(course["id"])).required
        assert province.withdraw(viewer, "targets", target["id"]) is True
        assert province.withdraw(viewer, "targets", target["id"]) is False  # already withdrawn
        assert province.fetch_catalogue(viewer).targets == []
        sync(pc1, hub, tmp_path)
        with pc1.session() as s:
            assert (65.0, due) not in [(t.percent, t.due_on) for t in backlog.targets(s)]
    finally:
        viewer.close()
    client = HubClient(hub.url, sync_svc.identity(pc1), retries=0)
    try:  # a commune computer may not publish
        with pytest.raises(HubRefused) as refused:
            client.send_json("POST", "/api/v1/province/targets",
                             {"id": "0190a000-0000-7000-8000-000000000001", "percent": 90,
                              "due_on": "2030-01-01"})
        assert refused.value.code == "not_province"
    finally:
        client.close()
    with Session(hub.engine) as s:
        assert 90.0 not in s.scalars(select(DigitizationTarget.percent)).all()


def test_commune_usb_file_taken_at_the_province_computer(hub, pcs, tmp_path):
    from core.config import Paths
    from core.province import client as province
    from core.setup import SetupRequest, initialize
    from core.store import Store
    from tests.hub.province_data import enrol_viewer

    pc1, _pc2, _pc3 = pcs
    stick = tmp_path / "usb"
    stick.mkdir()
    add_officer(pc1, "Nguyễn Văn An", "020190001234")
    bundle = sync_svc.export_for(pc1, str(hub.hub.identity.node_id), stick).path
    tampered = stick / "xa-sua.xaso"
    raw = bytearray(bundle.read_bytes())
    raw[len(raw) // 2] ^= 0xFF
    tampered.write_bytes(bytes(raw))
    viewer = Store.open(Paths(tmp_path / "tinh"))
    try:
        initialize(viewer, SetupRequest("", "admin", "mat-khau-2026", province_code="20"))
        enrol_viewer(hub, viewer)
        with pytest.raises(HubRefused) as refused:  # rejected whole, nothing applied
            province.take_usb_bundle(viewer, tampered)
        assert refused.value.code == "rejected"
        with Session(hub.engine) as s:
            assert s.scalars(select(Officer)).all() == []
        assert sorted(p.name for p in stick.iterdir()) == sorted([bundle.name, tampered.name])
        done = province.take_usb_bundle(viewer, bundle)
        assert (done.commune, done.conflicts) == (pc1.context.commune_code, 0)
        assert done.applied >= 1 and done.reply.parent == stick and done.reply.exists()
        assert not list(stick.glob("*.part"))
        again = province.take_usb_bundle(viewer, bundle)  # the same stick twice: nothing new
        assert again.applied == 0 and again.skipped >= 1
    finally:
        viewer.close()
    with Session(hub.engine) as s:
        assert [o.full_name for o in s.scalars(select(Officer))] == ["Nguyễn Văn An"]
    assert sync_svc.status(pc1).pending > 0
    sync_svc.import_file(pc1, done.reply)  # the return file carries the province's ACK
    assert sync_svc.status(pc1).pending == 0


def test_province_requests_use_the_connection_settings(hub, tmp_path):
    import socket

    from core.config import Paths
    from core.province import client as province
    from core.setup import SetupRequest, initialize
    from core.store import Store
    from core.sync import settings as sync_settings
    from core.sync.http_client import HubOffline
    from tests.hub.province_data import enrol_viewer

    viewer = Store.open(Paths(tmp_path / "tinh"))
    try:
        initialize(viewer, SetupRequest("", "admin", "mat-khau-2026", province_code="20"))
        enrol_viewer(hub, viewer)
        assert province.fetch_summary(viewer).from_cache is False
        with socket.socket() as sock:  # a proxy address where nothing listens
            sock.bind(("127.0.0.1", 0))
            dead = sock.getsockname()[1]
        sync_settings.save(viewer, sync_settings.Connection(
            proxy_mode="manual", proxy_host=f"127.0.0.1:{dead}"), None, "admin")
        with pytest.raises(HubOffline):
            province.fetch_catalogue(viewer)
        snap = province.fetch_summary(viewer)  # the figures kept last time, with the reason
        assert snap.from_cache and isinstance(snap.error, HubOffline)
    finally:
        viewer.close()
