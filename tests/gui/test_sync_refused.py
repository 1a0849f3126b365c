"""Đồng bộ, tab *Chờ hoặc bị từ chối*: a change the province server refused shows what to do and
the buttons that do it — open the officer, send it again, discard it here after confirming."""

from __future__ import annotations

from sqlalchemy import select

from core.sync import service as sync_svc
from db.models import ChangeLog, Officer
from desktop.ui.sync.page import SyncPage
from tests.hub.conftest import OTHER_COMMUNE, db_url, enrol, hub, open_pc  # noqa: F401
from tests.hub.test_hub_sync import sync
from tests.sync.conftest import add_officer


def test_a_refused_officer_is_opened_sent_again_and_discarded(qtbot, ctx, prompts, hub,  # noqa: F811
                                                               tmp_path):
    other = open_pc(tmp_path / "thatkhe", OTHER_COMMUNE)
    try:
        enrol(hub, other)
        lan = add_officer(other, "Hoàng Thị Lan", "020190009999")
        sync(other, hub, tmp_path)
        with other.session() as s:  # this commune was given a copy of that commune's row
            copied = {c.key: getattr(s.get(Officer, lan), c.key) for c in Officer.__table__.columns}
    finally:
        other.close()
    store = ctx.store
    enrol(hub, store)
    with store.write("admin") as s:
        s.add(Officer(**{**copied, "commune_code": store.context.commune_code, "version": 1}))
    sync(store, hub, tmp_path)
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    tab = page.refused
    assert "từ chối: 1" in page.open_items.text()
    assert not tab.resend_button.isVisibleTo(page)  # nothing chosen: no action offered
    tab.table.selectRow(0)
    assert OTHER_COMMUNE in tab.message.text()
    for button in (tab.open_button, tab.discard_button):
        assert button.isVisibleTo(tab) and button.text()
    assert not tab.resend_button.isVisibleTo(tab)  # another commune's id: refused again
    page.resize(1100, 650)
    page.tabs.setCurrentWidget(tab)
    page.show()
    page.grab().save(str(tmp_path / "sync-refused.png"))
    # open the officer: the dialog shows the record to look at
    tab.open_button.click()
    assert tab.officer_dialog.isVisible()
    assert tab.officer_dialog.full_name.text() == "Hoàng Thị Lan"
    tab.officer_dialog.reject()
    # discard here: cancelled first (nothing changes), then confirmed
    tab.table.selectRow(0)
    prompts.confirm_answers = [False]
    tab.discard_button.click()
    with store.session() as s:
        assert s.get(Officer, lan) is not None
    tab.table.selectRow(0)
    tab.discard_button.click()
    confirm = [t for k, _ti, t in prompts.shown if k == "confirm"][-1]
    assert "xã khác" in confirm
    with store.session() as s:
        assert s.scalars(select(Officer).where(Officer.id == lan)).first() is None
    page.refresh()
    assert tab.model.rowCount() == 0 and "từ chối" not in page.open_items.text()
    sync(store, hub, tmp_path)
    status = sync_svc.status(store)
    assert (status.pending, status.refused) == (0, 0)


def test_a_refusal_of_another_kind_is_sent_again(qtbot, ctx, prompts):
    """A reason this release does not know (a newer server): the message says to tell the
    province, and the record is sent again once fixed."""
    from core.sync.ack import keep_refused
    from core.sync.service import identity

    store = ctx.store
    an = add_officer(store, "Nguyễn Văn An", "020190001234")
    with store.session() as s:
        change = s.scalars(select(ChangeLog).where(ChangeLog.row_id == an)).one()
        item = {"node": str(change.node_id), "epoch": change.epoch, "seq": change.seq,
                "reason": "server_busy"}
    with store.write("system") as s:
        assert keep_refused(s, identity(store), [item]) == 1
    pending = sync_svc.status(store).pending
    page = SyncPage(ctx)
    qtbot.addWidget(page)
    tab = page.refused
    tab.table.selectRow(0)
    assert "server_busy" in tab.message.text() and str(an) in tab.message.text()
    assert tab.resend_button.isVisibleTo(tab) and not tab.discard_button.isVisibleTo(tab)
    tab.resend_button.click()
    assert tab.model.rowCount() == 0
    assert sync_svc.status(store).pending == pending + 1
    assert "đồng bộ tới" in tab.message.text()
