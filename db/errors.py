"""Errors a person must read: an English source text (translated by the UI/CLI) and values.

``N_`` marks a string for translation without translating it; tools/i18n.py collects every
``N_("…")`` and ``tr("…")`` into resources/i18n/xaso_vi.ts.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any


def N_(text: str) -> str:  # noqa: N802  (the conventional gettext marker name)
    return text


class UserError(Exception):
    """An error shown to the user as a translated sentence; never a traceback."""

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(template.format(**params) if params else template)
        self.template = template
        self.params = params

    def message(self, translate: Callable[[str], str] | None = None) -> str:
        text = translate(self.template) if translate else self.template
        return text.format(**self.params) if self.params else text


class DatabaseError(UserError):
    """The database file cannot be used as it is."""


class NewerDatabaseError(DatabaseError):
    pass


class ValidationError(UserError):
    """Input that breaks a rule; ``field`` names the offending field when there is one."""

    def __init__(self, template: str, field: str | None = None, **params: Any) -> None:
        super().__init__(template, **params)
        self.field = field
