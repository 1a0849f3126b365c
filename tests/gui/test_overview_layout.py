"""Tổng quan: the three figures the province asks first head the page; the section boxes sit in
two columns, or in one on a narrow window (1366×768 at 150 %), and follow the data."""

from __future__ import annotations

from PySide6.QtWidgets import QScrollArea

from desktop.ui.main_window import MainWindow


def _headline_captions(dash) -> list[str]:
    return [card.caption.text() for card in dash.headline_cards]


def test_headline_figures_first_then_two_columns_or_one(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1366, 740)
    window.show()
    dash = window.pages["overview"]
    assert _headline_captions(dash) == [
        "hồ sơ đã được số hóa", "cán bộ có chứng thư số chuyên dùng còn hiệu lực",
        "đã được đào tạo kỹ năng số", "đã được đào tạo vận hành hệ thống TTHC"]
    assert dash.headline_cards[0] is dash.backlog.percent  # still refreshed by its own section
    assert dash.cert_coverage.value.text() == "0,0 %"  # no officers yet
    scroll = window.stack.currentWidget()
    assert isinstance(scroll, QScrollArea)
    scroll.resize(1100, 600)
    qtbot.waitUntil(lambda: dash.columns == 2)
    assert dash.right.indexOf(dash.boxes["certificates"]) >= 0
    assert dash.left.indexOf(dash.boxes["backlog"]) == 0 and dash.left.indexOf(dash.boxes["training"]) == 1
    scroll.resize(800, 480)  # what 1366×768 at 150 % leaves beside the navigation
    qtbot.waitUntil(lambda: dash.columns == 1)
    assert dash.right.count() == 1  # only the stretch: everything is in one column
    order = [dash.left.itemAt(i).widget() for i in range(dash.left.count() - 1)]
    assert order[:3] == [dash.boxes["backlog"], dash.boxes["certificates"], dash.boxes["training"]]
    assert dash.headline.itemAtPosition(1, 1).widget() is dash.headline_cards[3]  # two rows of two


def test_certificate_headline_follows_an_import(qtbot, ctx, tmp_path):
    import datetime as dt

    from demo.cert_factory import CertFactory, make_name, pem
    from desktop.ui.certificates.page import CertificatesPage
    from tests.unit.cert_fixtures import add_officers

    with ctx.store.write("test") as s:
        add_officers(s)
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    dash = window.pages["overview"]
    assert dash.cert_coverage.value.text() == "0,0 %"
    f = CertFactory(seed=5)
    cert = f.leaf(make_name("Nguyễn Văn An", "UBND", uid="CCCD:020190001234"),
                  start=f.now - dt.timedelta(days=10), days_valid=300)
    (tmp_path / "an.crt").write_bytes(pem(cert))
    page = CertificatesPage(ctx)
    qtbot.addWidget(page)
    page.import_paths([tmp_path])
    qtbot.wait(20)
    page.last_dialog.apply()
    qtbot.wait(20)
    assert dash.cert_coverage.value.text() == "10,0 %"  # 1 of the 10 officers
    assert "c62828" in dash.cert_coverage.value.styleSheet()  # below the 100 % target: red
