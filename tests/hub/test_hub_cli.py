"""xaso-hub as the province admin runs it: real processes, a real data folder, USB bundle files."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.hub.exchange import hub_card_of
from core.hub.store import KEY_FILE, open_hub
from core.sync import service as sync_svc
from db.models import Officer
from tests.hub.conftest import open_pc
from tests.sync.conftest import add_officer


def xaso_hub(data, *args):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "hub.cli", *args, "--data", str(data)],
                          capture_output=True, text=True, env=env, timeout=120)


def test_enrol_revoke_and_usb_import_with_return_bundle(tmp_path):
    data = tmp_path / "hub"
    code = xaso_hub(data, "enrol", "--commune", "06385", "--json")
    assert code.returncode == 0, code.stderr
    assert len(json.loads(code.stdout)["code"]) == 19
    assert stat.S_IMODE((data / KEY_FILE).stat().st_mode) == 0o600
    bad = xaso_hub(data, "enrol", "--commune", "abc")
    assert bad.returncode == 1 and "abc" in bad.stderr
    pc = open_pc(tmp_path / "pc1")
    stick = tmp_path / "usb"
    stick.mkdir()
    try:
        hub = open_hub(data)
        from core.hub import enrolment

        enrolment.redeem(hub.engine, json.loads(code.stdout)["code"], sync_svc.node_card(pc))
        sync_svc.enrol_peer(pc, hub_card_of(hub.identity))
        hub.close()
        add_officer(pc, "Nguyễn Văn An", "020190001234")
        bundle = sync_svc.export_for(pc, str(hub.identity.node_id), stick).path
        junk = stick / "hong.xaso"
        junk.write_bytes(b"not a bundle")
        run = xaso_hub(data, "import-bundle", str(bundle), str(junk), "--json")
        assert run.returncode == 1 and "hong.xaso" in run.stderr
        rows = json.loads(run.stdout)
        assert rows[0]["ok"] and rows[0]["commune"] == "06385" and rows[0]["applied"] >= 1
        assert not rows[1]["ok"]
        reply = stick / os.path.basename(rows[0]["reply"])
        assert reply.exists()
        assert sync_svc.status(pc).pending > 0
        sync_svc.import_file(pc, reply)
        assert sync_svc.status(pc).pending == 0  # the hub's ACK came back on the stick
        again = xaso_hub(data, "import-bundle", str(bundle), "--json")
        assert again.returncode == 0 and json.loads(again.stdout)[0]["applied"] == 0
        revoke = xaso_hub(data, "revoke", str(pc.context.node_id))
        assert revoke.returncode == 0 and "thu hồi" in revoke.stdout
        nodes = json.loads(xaso_hub(data, "nodes", "--json").stdout)
        assert nodes[0]["active"] is False
    finally:
        pc.close()
    hub = open_hub(data)
    with Session(hub.engine) as s:
        assert s.scalar(select(func.count()).select_from(Officer)) == 1
    hub.close()


def test_enrol_refuses_a_commune_of_another_province(tmp_path):
    data = tmp_path / "hub"
    first = xaso_hub(data, "enrol", "--commune", "06385", "--json")
    assert first.returncode == 0, first.stderr
    same = xaso_hub(data, "enrol", "--commune", "06040", "--json")  # Xã Thất Khê, Lạng Sơn
    assert same.returncode == 0, same.stderr
    other = xaso_hub(data, "enrol", "--commune", "00004", "--json")  # Phường Ba Đình, Hà Nội
    assert other.returncode == 1 and other.stdout == ""
    assert "00004" in other.stderr and "Phường Ba Đình" in other.stderr
    assert "Thành phố Hà Nội" in other.stderr and "Tỉnh Lạng Sơn" in other.stderr
    unknown = xaso_hub(data, "enrol", "--commune", "99999")
    assert unknown.returncode == 1 and "99999" in unknown.stderr
    assert "danh sách" in unknown.stderr
    hub = open_hub(data)
    try:
        with Session(hub.engine) as s:
            from db.models import HubEnrolment

            codes = set(s.scalars(select(HubEnrolment.commune_code)))
    finally:
        hub.close()
    assert codes == {"06385", "06040"}  # nothing written for the refused codes
