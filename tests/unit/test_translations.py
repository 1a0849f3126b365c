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


def test_services_and_db_do_not_import_qt():
    """Imports every db/ and services module in a fresh interpreter: no PySide6 may load."""
    import subprocess
    import sys

    modules = sorted(
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for folder in ("db", "desktop/services")
        for p in (ROOT / folder).rglob("*.py")
        if "migrations" not in p.parts and p.name != "__init__.py"
    )
    code = ("import importlib, sys\n"
            f"for name in {modules!r}: importlib.import_module(name)\n"
            "print(sorted(m for m in sys.modules if m.startswith('PySide6')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                         check=True).stdout.strip()
    assert len(modules) > 10
    assert out == "[]"
