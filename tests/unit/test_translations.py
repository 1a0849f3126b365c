"""Every user-visible string has a Vietnamese translation, and the shipped .qm matches the .ts."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
i18n_tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n_tool)


def test_every_string_in_the_code_is_translated():
    missing = i18n_tool.missing()
    assert missing == [], "run: python tools/i18n.py update, translate, compile\n" + "\n".join(missing)


def test_placeholders_survive_translation():
    translations = i18n_tool.load_ts()[i18n_tool.CONTEXT]
    for source in i18n_tool.extract():
        wanted = sorted(re.findall(r"\{(\w*)\}", source))
        got = sorted(re.findall(r"\{(\w*)\}", translations[source]))
        assert wanted == got, f"placeholders differ for: {source!r}"


def test_shipped_qm_is_built_from_the_ts(tmp_path):
    fresh = i18n_tool.compile_qm(i18n_tool.TS_FILE, tmp_path / "fresh.qm")
    assert fresh.read_bytes() == i18n_tool.QM_FILE.read_bytes(), "run: python tools/i18n.py compile"


@pytest.mark.parametrize("text, expected", [
    ("Officers", "Cán bộ"), ("Wrong user name or password.", "Sai tên đăng nhập hoặc mật khẩu."),
])
def test_translator_loads_vietnamese(qapp, text, expected):
    from desktop import i18n

    assert i18n.install(qapp, "vi")
    assert i18n.tr(text) == expected


def test_core_and_the_headless_shells_do_not_import_qt():
    """Imports every module of db/, core/, demo/, cli/ and hub/ in a fresh interpreter: no
    PySide6 may load (also not through a third-party package)."""
    import subprocess
    import sys

    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for folder in ("db", "core", "demo", "cli", "hub")
        for p in (ROOT / folder).rglob("*.py")
        if "migrations" not in p.parts and p.name != "__init__.py"
    )
    code = ("import importlib, sys\n"
            f"for name in {modules!r}: importlib.import_module(name)\n"
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         check=True).stdout.strip()
    assert len(modules) > 100
    assert out == "[]"


def test_the_qt_free_catalogue_gives_what_qt_gives(qapp):
    """core.i18n reads the .ts the desktop compiles to .qm: both translate every string alike."""
    from core import i18n as core_i18n
    from desktop import i18n

    assert i18n.install(qapp, "vi")
    table = core_i18n.catalogue()
    assert len(table) > 1000
    different = [s for s in table if core_i18n.tr(s) != i18n.tr(s)]
    assert different == []
    assert core_i18n.tr("Officers") == "Cán bộ" and core_i18n.tr("no such text") == "no such text"
