"""An officer who worked in another commune before: the certificate and the completed course
recorded there are shown on the officer's record here, read-only, as the province server sent
them after a sync."""

from __future__ import annotations

import datetime as dt

from core.certificates import registry as certs
from db.base import utcnow
from demo.cert_factory import CertFactory, der, make_name
from desktop.ui.officers.dialog import OfficerDialog
from tests.hub.conftest import OTHER_COMMUNE, db_url, enrol, hub, open_pc  # noqa: F401
from tests.hub.test_hub_sync import sync
from tests.sync.conftest import add_officer

CCCD = "020190001234"


def test_the_record_shows_certificates_and_courses_from_the_commune_before(
        qtbot, ctx, hub, tmp_path):  # noqa: F811
    from core.hub import catalogue
    from core.training import courses

    course = catalogue.publish_course(hub.engine, hub.hub.identity, "Kỹ năng số", "digital").id
    before = open_pc(tmp_path / "thatkhe", OTHER_COMMUNE)
    try:
        enrol(hub, before)
        an = add_officer(before, "Nguyễn Văn An", CCCD)
        cert = CertFactory().leaf(make_name("Nguyễn Văn An", "UBND xã Thất Khê", "Lạng Sơn",
                                            uid=f"CCCD:{CCCD}"),
                                  start=utcnow() - dt.timedelta(days=10))
        path = tmp_path / "an.cer"
        path.write_bytes(der(cert))
        sync(before, hub, tmp_path)
        with before.write("admin") as s:
            certs.apply(s, certs.preview(s, certs.read_files([path])))
            courses.save_result(s, course, an, courses.ResultInput(True, dt.date(2026, 11, 3)))
        sync(before, hub, tmp_path)
    finally:
        before.close()
    enrol(hub, ctx.store)
    here = add_officer(ctx.store, "Nguyễn Văn An", CCCD, position="Phó Chủ tịch UBND xã")
    sync(ctx.store, hub, tmp_path)
    dialog = OfficerDialog(ctx, here)
    qtbot.addWidget(dialog)
    text = dialog.carried.text()
    assert "Chứng thư số Nguyễn Văn An" in text and "Xã Thất Khê" in text
    assert "Hoàn thành “Kỹ năng số” ngày 03/11/2026" in text
    dialog.show()
    dialog.grab().save(str(tmp_path / "officer-carried.png"))
    other = add_officer(ctx.store, "Trần Thị Bình", "020190005678")
    plain = OfficerDialog(ctx, other)  # someone without records elsewhere: nothing added
    qtbot.addWidget(plain)
    assert not hasattr(plain, "carried")
