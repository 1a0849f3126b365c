"""Translations: English source strings, Vietnamese by default (resources/i18n/xaso_vi.qm).

Every user-visible string goes through ``tr("…")`` (or ``N_("…")`` where it is only marked,
e.g. in services, and translated when shown). One context, "xaso", for the whole app, so a
string moved between classes keeps its translation. Placeholders use ``{name}`` and are
filled after translation: ``tr("Saved {count} rows").format(count=n)``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from core import i18n as core_i18n
from db.errors import N_

CONTEXT = "xaso"
DEFAULT_LANGUAGE = "vi"
_installed: list[QTranslator] = []

__all__ = ["N_", "tr", "install", "user_message", "CONTEXT"]


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def user_message(error: Exception) -> str:
    """The sentence to show for an error (see core.i18n.user_message), through Qt's translator."""
    return core_i18n.user_message(error, tr)


def install(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> bool:
    """Load the app's and Qt's own translations; returns False if the app's .qm is missing."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam)
                       if language == "vi" else QLocale(language))
    if language == "en":
        return True
    ours = QTranslator(app)
    ok = ours.load(str(core_i18n.catalogue_file(language).with_suffix(".qm")))
    if ok:
        app.installTranslator(ours)
        _installed.append(ours)
    # Qt's own texts (standard buttons, file dialogs, context menus): from PySide6's translations
    # folder where Qt ships them; Qt has no Vietnamese, so ours (resources/i18n/qtbase_vi.ts)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours_dir = str(core_i18n.catalogue_file(language).parent)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{language}", qt_dir) or qtbase.load(f"qtbase_{language}", ours_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    return ok
