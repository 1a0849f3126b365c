"""USB file names say which way the file goes: ``…-gui-tinh-…`` from a commune computer to the
province, ``…-ve-xa-…`` back to the commune; files named before (no word) still import, since
readers go by the manifest."""

from __future__ import annotations

import re

from core.hub.usb import import_files
from core.sync import service as sync_svc
from tests.hub.conftest import enrol, open_pc
from tests.sync.conftest import add_officer

OLD = re.compile(r"xaso-(\d+)-(?:gui-tinh|ve-xa)-([0-9a-f]{12}-\d+-\d+-\d+\.xaso)")


def _old_name(path):
    """The same file under the name the previous release gave it."""
    old = path.with_name(OLD.sub(r"xaso-\1-\2", path.name))
    path.rename(old)
    return old


def test_usb_file_names_say_the_way_and_old_names_still_import(hub, tmp_path):
    pc = open_pc(tmp_path / "pc1")
    stick = tmp_path / "usb"
    stick.mkdir()
    try:
        enrol(hub, pc)
        add_officer(pc, "Nguyễn Văn An", "020190001234")
        out = sync_svc.export_to_usb(pc, str(hub.hub.identity.node_id), stick)
        assert re.fullmatch(rf"xaso-06385-gui-tinh-{pc.context.node_id.hex[:12]}-\d+-1-\d+"
                            r"\.xaso", out.path.name)
        old = _old_name(out.path)
        (done,) = import_files(hub.engine, hub.hub.identity, [old])
        assert done.ok and done.applied >= 1
        assert re.fullmatch(r"xaso-06385-ve-xa-[0-9a-f]{12}-\d+-0-0\.xaso", done.reply.name)
        result = sync_svc.import_file(pc, _old_name(done.reply))
        assert result.acks_applied == 1
        assert sync_svc.status(pc).pending == 0  # the hub's ACK came back under the old name
    finally:
        pc.close()
