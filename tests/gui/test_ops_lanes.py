"""A save while a sync runs: the sync is an op on its own lane, so a clerk's save (an op on the
writer) is done while the sync is still running, and each op reports only its own changes."""

from __future__ import annotations

import threading

from core.officers import registry as officers
from core.settings import get_setting, set_setting
from desktop.ui.ops import SYNC, SYNC_THREAD, WRITER_THREAD


def test_a_save_ends_while_a_sync_lane_op_is_still_running(qtbot, ctx):
    ctx.ops.wait = False  # as in the app: run returns at once, the result comes back later
    saved, sync_wrote, order = threading.Event(), threading.Event(), []
    threads: dict[str, str] = {}
    emitted: list[tuple[frozenset, object]] = []
    ctx.ops.did_change.connect(lambda changes, who: emitted.append((changes.tables, who)))

    def sync(_progress) -> bool:
        threads["sync"] = threading.current_thread().name
        with ctx.store.write("system") as s:  # the sync's first slice
            set_setting(s, "test.sync_slice", "1")
        sync_wrote.set()
        # still running: it ends only once the save asked after it has come back to the GUI
        came_back = saved.wait(30)
        with ctx.store.write("system") as s:  # and writes again after it
            set_setting(s, "test.sync_slice", "2")
        return came_back

    def save(s):
        threads["save"] = threading.current_thread().name
        return officers.create(s, officers.OfficerInput(full_name="Trần Thị Bình",
                                                        cccd="020190009999")).id

    def save_done(officer_id) -> None:
        order.append("save")
        saved.set()

    sync_results: list[bool] = []
    ctx.ops.run(sync, lambda r: (order.append("sync"), sync_results.append(r)), lane=SYNC,
                initiator="sync")
    assert sync_wrote.wait(30)  # the sync has written and holds its lane
    ctx.ops.write(save, save_done, initiator="save")
    qtbot.waitUntil(lambda: len(order) == 2, timeout=30000)
    assert order == ["save", "sync"] and sync_results == [True]  # the save did not wait for it
    assert threads["sync"].startswith(SYNC_THREAD) and threads["save"].startswith(WRITER_THREAD)
    # each op emitted what it committed, once, on the GUI thread: never the other lane's writes
    by_op = dict((who, tables) for tables, who in emitted)
    assert set(by_op) == {"save", "sync"} and len(emitted) == 2
    assert "officer" in by_op["save"] and "setting" not in by_op["save"]
    assert "setting" in by_op["sync"] and "officer" not in by_op["sync"]
    assert ctx.ops.wait_idle(10)
    with ctx.store.session() as s:
        assert get_setting(s, "test.sync_slice") == "2"
