"""Province catalogues: a target and a required course published at the hub reach every commune
on pull; a commune cannot change them, and a commune computer that sends one is refused."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import select

from db.errors import ValidationError
from db.models import Course, CourseResult, DigitizationTarget, Officer
from desktop.services import backlog
from desktop.services.training_coverage import coverage
from desktop.services import sync as sync_svc
from desktop.sync.export import export_bundle
from desktop.sync.http_client import HubClient, HubRefused
from hub import catalogue
from hub.province import summary
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
