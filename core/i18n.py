"""Translations without Qt, for the core, the CLI and the hub.

The catalogue is the one the desktop loads as a .qm: ``resources/i18n/xaso_<lang>.ts`` (Qt
Linguist's XML, context "xaso"). The desktop translates through Qt (``desktop/i18n.py``); the
shells without a GUI read the same file here, so the hub never starts Qt to answer in
Vietnamese. English source strings, ``{name}`` placeholders filled after translation.
"""

from __future__ import annotations

import logging
import threading
import xml.etree.ElementTree as ET
from collections.abc import Callable
from pathlib import Path

from core.config import resources_dir
from db.errors import N_, UserError

CONTEXT = "xaso"
DEFAULT_LANGUAGE = "vi"

__all__ = ["N_", "tr", "user_message", "catalogue_file", "load_catalogue", "CONTEXT",
           "speak_vietnamese"]

_lock = threading.Lock()
_catalogues: dict[str, dict[str, str]] = {}


def catalogue_file(language: str = DEFAULT_LANGUAGE) -> Path:
    return resources_dir() / "i18n" / f"xaso_{language}.ts"


def load_catalogue(path: Path) -> dict[str, str]:
    """English source → translation of the app's context; unfinished and obsolete entries are
    left out, as lrelease leaves them out of the .qm."""
    table: dict[str, str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            node = message.find("translation")
            if source is None or node is None or node.get("type") in ("unfinished", "obsolete",
                                                                          "vanished"):
                continue
            if node.text:
                table[source] = node.text
    return table


def catalogue(language: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    with _lock:
        if language not in _catalogues:
            path = catalogue_file(language)
            _catalogues[language] = load_catalogue(path) if path.exists() else {}
        return _catalogues[language]


def tr(text: str) -> str:
    """The Vietnamese of an English source string (the source itself when it has none)."""
    return catalogue().get(text, text)


def user_message(error: Exception, translate: Callable[[str], str] = tr) -> str:
    """The sentence to show for an error: translated for a UserError; for anything else a plain
    Vietnamese message (the details go to the log, never to the clerk)."""
    if isinstance(error, UserError):
        return error.message(translate)
    trace = getattr(error, "__xaso_traceback__", None) or repr(error)
    logging.getLogger("xaso").error("unexpected error: %s", trace)
    return translate(N_("Something unexpected went wrong. Your saved data is safe. If it happens "
                        "again, send the log file from the data folder (logs) to the province "
                        "help desk."))


# argparse's own words (usage, headings, its errors), looked up in the same catalogue
ARGPARSE_WORDS = (
    N_("usage: "), N_("positional arguments"), N_("options"), N_("show this help message and exit"),
    N_("%(prog)s: error: %(message)s\n"), N_("the following arguments are required: %s"),
    N_("unrecognized arguments: %s"), N_("expected one argument"),
    N_("argument %(argument_name)s: %(message)s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"), N_("not allowed with argument %s"),
)


def speak_vietnamese() -> None:
    """argparse reads its words through a module-level ``_`` (gettext); answer from ours."""
    import argparse

    argparse._ = tr  # type: ignore[attr-defined]
