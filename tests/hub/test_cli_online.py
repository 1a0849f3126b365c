"""xaso-admin sync / sync-status against a real hub, in real processes (no keyring there: the
keys are in the passphrase-protected key file)."""

from __future__ import annotations

import json

from core import enrolment as hub_svc
from core.hub import enrolment
from core.reports import register
from core.sync import service as sync_svc
from db.models import ReportNote
from tests.e2e.test_cli_sync import PASS, admin
from tests.hub.conftest import OTHER_COMMUNE, open_pc
from tests.hub.test_hub_sync import officers, sync
from tests.sync.conftest import add_officer


def test_sync_and_sync_status_from_the_command_line(hub, pcs, tmp_path):
    pc1 = pcs[0]
    with pc1.write("admin") as s:
        register.save_note(s, "monthly", "2026-11", "Thiếu máy quét.")
        note = s.query(ReportNote).one().id
    sync(pc1, hub, tmp_path)
    home = tmp_path / "cli-pc"
    store = open_pc(home, OTHER_COMMUNE)
    try:
        sync_svc.use_key_file(store, PASS)
        code = enrolment.create_code(hub.engine, OTHER_COMMUNE)
        hub_svc.enrol_with_hub(store, hub.url, code, passphrase=PASS)
        add_officer(store, "Hoàng Thị Lan", "020190009999")
        with store.write("admin") as s:  # a row under another commune's id: refused alone
            s.add(ReportNote(id=note, kind="monthly", period="2026-10", text="Chép nhầm.",
                             commune_code=OTHER_COMMUNE))
    finally:
        store.close()
    before = json.loads(admin(home, "sync-status", "--json", check=True).stdout)
    assert before["pending"] > 0 and before["last_sync"] is None and before["hub"] == hub.url
    done = admin(home, "sync", check=True)
    assert "Đồng bộ xong" in done.stdout and "từ chối" in done.stdout
    after = json.loads(admin(home, "sync-status", "--json", check=True).stdout)
    assert (after["pending"], after["refused"], after["open_conflicts"]) == (0, 1, 0)
    assert after["last_sync"]
    assert officers(hub.engine, OTHER_COMMUNE) == {"Hoàng Thị Lan": "0912345678"}
    again = json.loads(admin(home, "sync", "--json", check=True).stdout)
    assert again["ok"] and again["sent"] == 0 and again["refused"] == 1
    text = admin(home, "sync-status", check=True).stdout
    assert "từ chối" in text
