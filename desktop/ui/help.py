"""Trợ giúp: one Vietnamese page per section (resources/help/<section>.html), shown in a
QTextBrowser beside the list of the pages that exist. F1 opens the page of the current section.

A section gets its help by dropping ``<key>.html`` (and its pictures in ``img/``) into
resources/help; the title in the list is the page's ``<title>``. Pictures show at most
``SHOWN_WIDTH`` wide (narrower on a narrow window); a click on one opens it whole in a viewer as
large as the screen allows, where its texts can be read.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, Qt, QUrl, Signal
from PySide6.QtGui import QImage, QPixmap, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from core.config import resources_dir
from desktop.i18n import tr

# pages first in this order (the sections of the main window), then any other page by name
ORDER = ("first-run", "overview", "officers", "backlog", "certificates", "training", "reports",
         "sync", "infrastructure", "admin")
_TITLE = re.compile(r"<title>(.*?)</title>", re.IGNORECASE | re.DOTALL)
SHOWN_WIDTH = 600  # a picture in the page; the viewer shows it whole
VIEWER_MARGIN = 60  # the viewer's frame and margins; in height also its title bar and button row (+40)
MAX_ENLARGED = 2.0  # device pixels per picture pixel at most


@dataclass(frozen=True)
class HelpPage:
    key: str
    title: str
    path: Path


def help_dir() -> Path:
    return resources_dir() / "help"


def help_pages(folder: Path | None = None) -> list[HelpPage]:
    """The help pages that exist, in the order of the sections."""
    folder = folder or help_dir()
    found = {}
    for path in sorted(folder.glob("*.html")) if folder.is_dir() else []:
        match = _TITLE.search(path.read_text(encoding="utf-8"))
        found[path.stem] = HelpPage(path.stem, match.group(1).strip() if match else path.stem, path)
    keys = [k for k in ORDER if k in found] + sorted(k for k in found if k not in ORDER)
    return [found[k] for k in keys]


class HelpWindow(QDialog):
    """Non-modal, so the clerk can read while working; one per main window."""

    def __init__(self, parent=None, on_about=None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Help — Xã Số"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        screen = self.screen().availableGeometry()  # 1366×768 at 150 % leaves 910×512
        self.resize(min(900, screen.width() - 40), min(620, screen.height() - 60))
        self.pages = help_pages(folder)
        self.index = QListWidget()
        self.index.setMaximumWidth(220)
        self.index.setStyleSheet("QListWidget::item { padding: 4px 6px; }")
        self.index.setToolTip(tr("Help pages; Up/Down to move, the page shows on the right"))
        for page in self.pages:
            item = QListWidgetItem(page.title)
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            self.index.addItem(item)
        self.browser = FittingBrowser()
        self.browser.image_clicked.connect(self.enlarge)
        self.viewer: ImageViewer | None = None
        self.browser.setOpenExternalLinks(True)
        self.browser.setSearchPaths([str(folder or help_dir())])
        self.index.currentRowChanged.connect(self._show_row)
        self.about_button = QPushButton(tr("&About Xã Số…"))
        self.about_button.setToolTip(tr("Version, data folder and licences (Shift+F1)"))
        self.about_button.setEnabled(on_about is not None)
        if on_about is not None:
            self.about_button.clicked.connect(on_about)
        close = QPushButton(tr("&Close"))
        close.clicked.connect(self.close)
        body = QHBoxLayout()
        body.addWidget(self.index)
        body.addWidget(self.browser, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.about_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addLayout(buttons)
        if self.pages:
            self.index.setCurrentRow(0)
        else:
            self.browser.setPlainText(tr("No help pages were found in {folder}.").format(
                folder=str(folder or help_dir())))

    def keys(self) -> list[str]:
        return [page.key for page in self.pages]

    def show_page(self, key: str) -> bool:
        """Open the page of a section; False (and the first page) when it has none yet."""
        keys = self.keys()
        if key in keys:
            self.index.setCurrentRow(keys.index(key))
            return True
        return False

    def current_key(self) -> str | None:
        row = self.index.currentRow()
        return self.pages[row].key if 0 <= row < len(self.pages) else None

    def _show_row(self, row: int) -> None:
        if 0 <= row < len(self.pages):
            self.browser.setSource(QUrl.fromLocalFile(str(self.pages[row].path)))
            self.browser.fit_images()

    def enlarge(self, image: QImage) -> None:
        """The picture clicked, whole, in its own window (non-modal, one at a time)."""
        if self.viewer is not None:
            self.viewer.close()
        self.viewer = ImageViewer(image, self)
        self.viewer.show()


class ImageViewer(QDialog):
    """One help picture as large as the screen's free area allows, drawn with the screen's own
    pixels at any display scaling; a click on it, Esc or Close ends it."""

    def __init__(self, image: QImage, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Picture — Help"))
        self.setWindowFlag(Qt.WindowType.WindowContextHelpButtonHint, False)
        screen = (parent.screen() if parent is not None else None) or QApplication.primaryScreen()
        room = screen.availableGeometry()
        ratio = screen.devicePixelRatio()
        # logical size: as much of the screen as it fits in, at most twice its own pixels (a small
        # picture blown up further only blurs)
        scale = min((room.width() - VIEWER_MARGIN // 2) / image.width(),
                    (room.height() - VIEWER_MARGIN - 40) / image.height(), MAX_ENLARGED / ratio)
        shown = image.scaled(max(1, round(image.width() * scale * ratio)),
                             max(1, round(image.height() * scale * ratio)),
                             Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation)
        pixmap = QPixmap.fromImage(shown)
        pixmap.setDevicePixelRatio(ratio)
        self.picture = QLabel()
        self.picture.setPixmap(pixmap)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setToolTip(tr("Click to close"))
        self.picture.mouseReleaseEvent = lambda _event: self.close()
        close = QPushButton(tr("&Close"))
        close.clicked.connect(self.close)
        close.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.picture, 1)
        layout.addLayout(buttons)
        self.move(room.topLeft())

    def shown_size(self) -> tuple[float, float]:
        """The picture's size on screen, in logical pixels."""
        pixmap = self.picture.pixmap()
        return pixmap.width() / pixmap.devicePixelRatio(), pixmap.height() / pixmap.devicePixelRatio()


class FittingBrowser(QTextBrowser):
    """Pictures never wider than the view (at 150 % on 1366×768 the 600-pixel screenshots made
    a horizontal scroll bar): narrowed, in proportion, whenever the page or the width changes.
    A picture is a link to itself: the pointing hand over it, a click sends it whole."""

    image_clicked = Signal(QImage)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.viewport().setMouseTracking(True)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_images()

    def image_at(self, pos) -> QImage | None:
        """The picture under a point of the viewport, at its own size; None elsewhere."""
        at = QPointF(pos.x() + self.horizontalScrollBar().value(), pos.y() + self.verticalScrollBar().value())
        name = self.document().documentLayout().imageAt(at)
        if not name:
            return None
        image = _image(self.document().resource(QTextDocument.ResourceType.ImageResource, QUrl(name)))
        return image

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        over = self.image_at(event.position().toPoint()) is not None
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.ArrowCursor)
        self.viewport().setToolTip(tr("Click to see the picture larger") if over else "")

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        image = self.image_at(event.position().toPoint())
        if image is not None:
            self.image_clicked.emit(image)

    def fit_images(self) -> None:
        doc = self.document()
        room = int(self.viewport().width() - 2 * doc.documentMargin() - 6)
        if room < 60:
            return  # not laid out yet
        block = doc.begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.isValid() and fragment.charFormat().isImageFormat():
                    self._fit(doc, fragment, room)
                it += 1
            block = block.next()

    @staticmethod
    def _fit(doc: QTextDocument, fragment, room: int) -> None:
        image_format = fragment.charFormat().toImageFormat()
        natural = _image_size(doc.resource(QTextDocument.ResourceType.ImageResource,
                                           QUrl(image_format.name())))
        if natural is None:
            return
        width = min(natural[0], room, SHOWN_WIDTH)
        if abs(image_format.width() - width) < 1:
            return
        image_format.setWidth(width)
        image_format.setHeight(natural[1] * width / natural[0])
        cursor = QTextCursor(doc)
        cursor.setPosition(fragment.position())
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor)
        cursor.setCharFormat(image_format)


def _image(resource) -> QImage | None:
    """An image resource as the document holds it (image, pixmap or bytes), as an image."""
    if resource is None:
        return None
    if isinstance(resource, QPixmap):
        resource = resource.toImage()
    elif not isinstance(resource, QImage):
        resource = QImage.fromData(bytes(resource))
    return None if resource.isNull() or resource.width() <= 0 else resource


def _image_size(resource) -> tuple[int, int] | None:
    """(width, height) of an image resource as the document holds it (image, pixmap or bytes)."""
    image = _image(resource)
    return None if image is None else (image.width(), image.height())
