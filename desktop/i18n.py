"""Translations: English source strings, Vietnamese by default (resources/i18n/xaso_vi.qm).

Every user-visible string goes through ``tr("…")`` (or ``N_("…")`` where it is only marked,
e.g. in services, and translated when shown). One context, "xaso", for the whole app, so a
string moved between classes keeps its translation. Placeholders use ``{name}`` and are
filled after translation: ``tr("Saved {count} rows").format(count=n)``.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from db.errors import N_, UserError
from desktop.config import resources_dir

CONTEXT = "xaso"
DEFAULT_LANGUAGE = "vi"
_installed: list[QTranslator] = []

__all__ = ["N_", "tr", "install", "user_message", "CONTEXT"]


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def user_message(error: Exception) -> str:
    """The sentence to show for an error: translated for a UserError; for anything else a
    plain Vietnamese message (the details go to the log file, never to the clerk)."""
    if isinstance(error, UserError):
        return error.message(tr)
    trace = getattr(error, "__xaso_traceback__", None) or repr(error)
    logging.getLogger("xaso").error("unexpected error: %s", trace)
    return tr("Something unexpected went wrong. Your saved data is safe. If it happens again, "
              "send the log file from the data folder (logs) to the province help desk.")


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
    ok = ours.load(str(resources_dir() / "i18n" / f"xaso_{language}.qm"))
    if ok:
        app.installTranslator(ours)
        _installed.append(ours)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if qtbase.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    return ok
