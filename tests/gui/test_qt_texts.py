"""Qt's own texts (standard buttons, the file dialog Qt draws where the system has none, the
right-click menu of a text field) in Vietnamese: Qt ships no qtbase_vi, the app brings one
(issue 24, item 8)."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo

from core.config import resources_dir

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "tools"))
import i18n as i18n_tool  # noqa: E402


def test_qt_has_no_vietnamese_of_its_own_so_ours_is_loaded():
    qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert (qt_dir / "qtbase_de.qm").exists() and not (qt_dir / "qtbase_vi.qm").exists()
    translate = QCoreApplication.translate
    assert translate("QPlatformTheme", "Cancel") == "Hủy"
    assert translate("QPlatformTheme", "&Yes") == "&Có"
    assert translate("QFileDialog", "&Look in:") == "&Tìm trong:"
    assert translate("QFileDialog", "File &name:") == "Tên &tệp:"
    assert translate("QLineEdit", "&Paste") == "&Dán"


def test_the_shipped_qtbase_qm_is_built_from_its_ts(tmp_path):
    folder = resources_dir() / "i18n"
    fresh = i18n_tool.compile_qm(folder / "qtbase_vi.ts", tmp_path / "qtbase_vi.qm")
    assert fresh.read_bytes() == (folder / "qtbase_vi.qm").read_bytes()
