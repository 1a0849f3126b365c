"""Tổng quan: the commune at a glance (figures from the sections that exist).

The three figures the province asks first — digitization, official-duty certificates, training —
head the page; below them one compact box per section in two columns (one on a narrow window).

The page appears at once: every box reads its figures in a worker (``FigureBox``) and, until
they arrive, shows the figures of the last time (``FigureCache``, a file in the data folder).
``ready`` is emitted once every box shows figures read now; ``filled`` says so afterwards."""

from __future__ import annotations

import logging

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from core.officers import registry as svc
from core.ops import Kind
from core.text import format_number
from desktop.i18n import tr
from desktop.ui.certificates.summary import CertificateSummary
from desktop.ui.context import AppContext
from desktop.ui.widgets.figures import FigureBox, FigureCache, take_ahead
from desktop.ui.widgets.stat_card import StatCard

log = logging.getLogger(__name__)

ONE_COLUMN_BELOW = 980  # logical pixels: 1366×768 at 150 % leaves about 850 for the page


class SummaryBox(QFrame):
    """A titled box around one section's summary widget."""

    def __init__(self, title: str | None, *widgets: QWidget) -> None:
        super().__init__()
        self.setObjectName("summaryBox")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        if title:  # the digitization and training summaries carry their own title with the target
            heading = QLabel(title)
            heading.setObjectName("summaryTitle")
            layout.addWidget(heading)
        for widget in widgets:
            layout.addWidget(widget)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)


def _take(card: QWidget) -> QWidget:
    """Move a section's figure card out of its own summary (which keeps it up to date)."""
    card.setParent(None)
    return card


def figure_box_classes() -> list[type[FigureBox]]:
    """The boxes of the page (their modules imported: start-up warms them in a worker)."""
    from desktop.ui.admin.summary import BackupSummary
    from desktop.ui.backlog.indicators_summary import IndicatorsSummary
    from desktop.ui.backlog.summary import BacklogSummary
    from desktop.ui.infrastructure.summary import InfrastructureSummary
    from desktop.ui.reports.summary import ReportSummary
    from desktop.ui.sync.summary import SyncSummary
    from desktop.ui.training.summary import TrainingSummary

    return [BacklogSummary, IndicatorsSummary, CertificateSummary, TrainingSummary,
            InfrastructureSummary, ReportSummary, SyncSummary, BackupSummary, OfficerFigures]


class OfficerFigures(FigureBox):
    """Officers working, signing, gone; officers working by department."""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        self.active = StatCard(tr("officers working"))
        self.signers = StatCard(tr("officers who sign documents"))
        self.inactive = StatCard(tr("officers who have left"))
        self.departments = QTableWidget(0, 2)
        self.departments.setHorizontalHeaderLabels([tr("Department"), tr("Officers")])
        self.departments.verticalHeader().hide()
        self.departments.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.departments.setColumnWidth(1, 80)
        self.departments.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        cards = QGridLayout()
        for i, card in enumerate((self.active, self.signers, self.inactive)):
            cards.addWidget(card, 0, i)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addLayout(cards)
        box.addWidget(QLabel(tr("Officers working, by department")))
        box.addWidget(self.departments)
        ctx.ops.subscribe(self, {Kind.OFFICERS}, self.refresh)
        self.refresh()

    @staticmethod
    def load(store):  # worker thread
        with store.session() as s:
            return svc.stats(s)

    def show_figures(self, stats) -> None:
        self.active.set_value(stats.active)
        self.signers.set_value(stats.signers)
        self.inactive.set_value(stats.inactive)
        self.departments.setRowCount(len(stats.by_department))
        for row, (name, count) in enumerate(stats.by_department):
            self.departments.setItem(row, 0, QTableWidgetItem(name or tr("(no department)")))
            item = QTableWidgetItem(format_number(count))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.departments.setItem(row, 1, item)
        self.departments.resizeRowsToContents()
        rows_height = sum(self.departments.rowHeight(r) for r in range(self.departments.rowCount()))
        header = self.departments.horizontalHeader().sizeHint().height()
        self.departments.setFixedHeight(min(420, header + rows_height + 4))


class DashboardPage(QWidget):
    ready = Signal()  # every box shows figures read now (emitted once)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.filled = False  # its look (#summaryBox …) is in the window's style sheet: a page
        # style sheet of its own would make Qt restyle each of its widgets (a third of its build)
        commune = ctx.store.commune()
        heading = QLabel(tr("Overview"))
        heading.setObjectName("pageTitle")
        sub = QLabel(f"{commune.name}, {commune.province_name}" if commune else "")
        # until every box shows figures read now (the last ones are shown meanwhile)
        self.updating = QLabel(tr("Updating the figures…"))
        self.updating.setObjectName("hint")
        self._build_sections(ctx)
        self.active, self.signers = self.officers.active, self.officers.signers
        self.inactive, self.departments = self.officers.inactive, self.officers.departments
        self.cert_coverage = StatCard(tr("officers with a valid official-duty certificate"))
        self.headline = QGridLayout()  # one row of four, or two rows of two on a narrow window
        self.headline_cards = (_take(self.backlog.percent), self.cert_coverage,
                               _take(self.training.digital), _take(self.training.operation))
        self.grid = QHBoxLayout()  # two columns, each filled from the top
        self.grid.setSpacing(10)
        self.left, self.right = QVBoxLayout(), QVBoxLayout()
        for column, stretch in ((self.left, 3), (self.right, 2)):  # the charts get the wider one
            column.setSpacing(10)
            self.grid.addLayout(column, stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        title_line = QHBoxLayout()
        title_line.addWidget(sub)
        title_line.addStretch(1)
        title_line.addWidget(self.updating)
        layout.addLayout(title_line)
        layout.addLayout(self.headline)
        layout.addLayout(self.grid)
        layout.addStretch(1)
        self.columns = 0
        self._arrange(2)
        self.certificates.loaded.connect(lambda _data: self._headline())
        self._fill()

    def _build_sections(self, ctx: AppContext) -> None:
        from desktop.ui.admin.summary import BackupSummary
        from desktop.ui.backlog.indicators_summary import IndicatorsSummary
        from desktop.ui.backlog.summary import BacklogSummary
        from desktop.ui.infrastructure.summary import InfrastructureSummary
        from desktop.ui.reports.summary import ReportSummary
        from desktop.ui.sync.summary import SyncSummary
        from desktop.ui.training.summary import TrainingSummary

        self.backlog = BacklogSummary(ctx)
        self.certificates = CertificateSummary(ctx)
        self.training = TrainingSummary(ctx)
        self.infrastructure = InfrastructureSummary(ctx)
        self.reports = ReportSummary(ctx)
        self.sync = SyncSummary(ctx)
        self.backups = BackupSummary(ctx)
        self.officers = officers = OfficerFigures(ctx)
        self.indicators = IndicatorsSummary(ctx)
        for summary in (self.certificates, self.infrastructure, self.reports, self.sync):
            summary.layout().itemAt(0).widget().hide()  # the box carries the section's title
        for summary in (self.backlog, self.training):  # their own title names the target
            summary.layout().itemAt(0).widget().setObjectName("summaryTitle")
        self.boxes = {  # left column: the two charts; right column: the lines
            "backlog": SummaryBox(None, self.backlog, self.indicators),
            "training": SummaryBox(None, self.training),
            "officers": SummaryBox(tr("Officers"), officers),
            "certificates": SummaryBox(tr("Certificates"), self.certificates),
            "infrastructure": SummaryBox(tr("Infrastructure"), self.infrastructure),
            "reports": SummaryBox(tr("Reports"), self.reports),
            "sync": SummaryBox(tr("Sync and backup"), self.sync, self.backups),
        }

    def _arrange(self, columns: int) -> None:
        """Two columns (charts left, lines right), or everything in one on a narrow window."""
        if columns == self.columns:
            return
        self.columns = columns
        for i, card in enumerate(self.headline_cards):
            self.headline.removeWidget(card)
            self.headline.addWidget(card, *((0, i) if columns == 2 else divmod(i, 2)))
        for column in (self.left, self.right):
            while column.count():
                column.takeAt(0)
        if columns == 1:
            order = ("backlog", "certificates", "training", "officers", "infrastructure", "reports", "sync")
            placed = [(self.left, key) for key in order]
        else:
            right = ("officers", "certificates", "infrastructure", "reports", "sync")
            placed = [(self.left, "backlog"), (self.left, "training")] + [(self.right, key) for key in right]
        for column, key in placed:
            column.addWidget(self.boxes[key])
        for column in (self.left, self.right):
            column.addStretch(1)
        self.grid.setStretch(1, 2 if columns == 2 else 0)  # one column takes the whole width

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._fit(event.size().width())

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        viewport = self.parentWidget()  # in the main window: the scroll area's viewport
        if viewport is not None and not getattr(self, "_watching", False):
            viewport.installEventFilter(self)
            self._watching = True
            self._fit(viewport.width())

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if isinstance(event, QResizeEvent):  # the page never gets narrower than its minimum,
            self._fit(watched.width())           # so the visible width decides
        return False

    def _fit(self, width: int) -> None:
        self._arrange(1 if width < ONE_COLUMN_BELOW else 2)

    def figure_boxes(self) -> dict[str, FigureBox]:
        return {"backlog": self.backlog, "indicators": self.indicators,
                "certificates": self.certificates, "training": self.training,
                "infrastructure": self.infrastructure, "reports": self.reports,
                "sync": self.sync, "backups": self.backups, "officers": self.officers}

    def _fill(self) -> None:
        """The figures read ahead during the sign-in where nothing they show has changed since;
        the last figures at once for the boxes still reading theirs; ``ready`` when all are
        read (at once with the tests' synchronous runner)."""
        from db.migrate import SCHEMA_HEAD

        boxes = self.figure_boxes()
        ahead, since = take_ahead(self.ctx.store)
        for box in boxes.values():
            if not box.fresh and type(box) in ahead and box.still_valid(since):
                try:
                    box.take(ahead[type(box)])
                except Exception as err:  # noqa: BLE001  (it reads again)
                    log.warning("figures read ahead of %s not shown: %s", type(box).__name__, err)
        # figures kept under another schema are not shown; kept by other code, a box whose
        # figures fail to show waits for its fresh read
        self.cache = FigureCache(self.ctx.store.paths.home, f"{FigureCache.FORMAT}|{SCHEMA_HEAD}")
        cached = self.cache.read() if not all(b.fresh for b in boxes.values()) else {}
        for key, box in boxes.items():
            if not box.fresh and key in cached:
                try:
                    box.show_figures(cached[key])
                except Exception as err:  # noqa: BLE001  (figures of another shape: wait for the new)
                    log.warning("cached overview figures of %s not shown: %s", key, err)
            box.loaded.connect(lambda _data: self._check_filled())
        self._headline()
        self._check_filled()

    def _check_filled(self) -> None:
        if not all(box.fresh for box in self.figure_boxes().values()):
            return
        if not self.filled:
            self.filled = True
            self.updating.hide()
            self.ready.emit()
        self.cache.write({key: box.last for key, box in self.figure_boxes().items()
                          if box.last is not None})

    def _headline(self) -> None:
        from desktop.ui.training.coverage import percent_card

        figures = getattr(self.certificates, "figures", None)
        if figures is None:  # not read yet, none kept from last time
            return
        coverage = figures.coverage
        percent_card(self.cert_coverage, coverage.percent)

    def refresh(self) -> None:
        """Read every box again (each in the background)."""
        for box in self.figure_boxes().values():
            box.refresh()
