"""Translation upkeep: collect tr("…")/N_("…") strings, update the .ts, build the .qm.

    python tools/i18n.py update          # add new strings to resources/i18n/xaso_vi.ts
    python tools/i18n.py merge FILE.json # take {"English": "Tiếng Việt"} pairs into the .ts
    python tools/i18n.py compile         # build xaso_vi.qm with pyside6-lrelease
    python tools/i18n.py check           # exit 1 if a string has no Vietnamese translation

Translators may also edit the .ts with Qt Linguist (pyside6-linguist).
"""

from __future__ import annotations

import ast
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ("core", "db", "desktop", "cli", "hub", "demo")
TS_FILE = ROOT / "resources" / "i18n" / "xaso_vi.ts"
QM_FILE = TS_FILE.with_suffix(".qm")
CONTEXT = "xaso"
MARKERS = {"tr", "N_"}

# Qt's own strings the app shows (context menus of text fields, standard buttons).
QT_STRINGS = {
    "QLineEdit": {
        "&Undo": "&Hoàn tác",
        "&Redo": "&Làm lại",
        "Cu&t": "&Cắt",
        "&Copy": "&Sao chép",
        "&Paste": "&Dán",
        "Delete": "Xóa",
        "Select All": "Chọn tất cả",
    },
    "QWidgetTextControl": {
        "&Undo": "&Hoàn tác",
        "&Redo": "&Làm lại",
        "Cu&t": "&Cắt",
        "&Copy": "&Sao chép",
        "&Paste": "&Dán",
        "Delete": "Xóa",
        "Select All": "Chọn tất cả",
        "Copy &Link Location": "Sao chép địa chỉ &liên kết",
    },
    "QPlatformTheme": {
        "OK": "Đồng ý",
        "Save": "Lưu",
        "Cancel": "Hủy",
        "Close": "Đóng",
        "Yes": "Có",
        "No": "Không",
        "&Yes": "&Có",
        "&No": "&Không",
        "Apply": "Áp dụng",
        "Open": "Mở",
        "Discard": "Bỏ qua",
        "Help": "Trợ giúp",
        "Reset": "Đặt lại",
    },
}


def extract() -> dict[str, list[tuple[str, int]]]:
    """English source string -> places it is used, in order of first appearance."""
    found: dict[str, list[tuple[str, int]]] = {}
    for folder in SOURCES:
        for path in sorted((ROOT / folder).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and node.args):
                    continue
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                arg = node.args[0]
                if name in MARKERS and isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                    rel = path.relative_to(ROOT).as_posix()
                    found.setdefault(arg.value, []).append((rel, node.lineno))
    return found


def load_ts(path: Path = TS_FILE) -> dict[str, dict[str, str]]:
    """context -> {source: translation} ('' when unfinished)."""
    if not path.exists():
        return {}
    out: dict[str, dict[str, str]] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        messages = out.setdefault(name, {})
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            tr_el = msg.find("translation")
            unfinished = tr_el is not None and tr_el.get("type") in ("unfinished", "obsolete")
            messages[source] = "" if tr_el is None or unfinished else (tr_el.text or "")
    return out


def write_ts(
    translations: dict[str, str], places: dict[str, list[tuple[str, int]]], path: Path = TS_FILE
) -> None:
    root = ET.Element("TS", version="2.1", language="vi_VN", sourcelanguage="en")
    ctx = ET.SubElement(root, "context")
    ET.SubElement(ctx, "name").text = CONTEXT
    for source, where in places.items():
        msg = ET.SubElement(ctx, "message")
        for filename, line in where[:3]:
            ET.SubElement(msg, "location", filename=f"../../{filename}", line=str(line))
        ET.SubElement(msg, "source").text = source
        tr_el = ET.SubElement(msg, "translation")
        text = translations.get(source, "")
        if text:
            tr_el.text = text
        else:
            tr_el.set("type", "unfinished")
    for name, messages in QT_STRINGS.items():
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for source, text in messages.items():
            msg = ET.SubElement(ctx, "message")
            ET.SubElement(msg, "source").text = source
            ET.SubElement(msg, "translation").text = text
    ET.indent(root)
    path.parent.mkdir(parents=True, exist_ok=True)
    body = ET.tostring(root, encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def update(extra: dict[str, str] | None = None) -> list[str]:
    """Rewrite the .ts with the strings now in the code; returns those still untranslated."""
    places = extract()
    translations = load_ts().get(CONTEXT, {})
    if extra:
        translations.update({k: v for k, v in extra.items() if v})
    write_ts(translations, places)
    return [s for s in places if not translations.get(s)]


def missing() -> list[str]:
    """Strings in the code without a Vietnamese translation in the .ts."""
    translations = load_ts().get(CONTEXT, {})
    return [s for s in extract() if not translations.get(s)]


def lrelease() -> str:
    candidates = [Path(sys.executable).with_name("pyside6-lrelease"), shutil.which("pyside6-lrelease")]
    for candidate in candidates:
        if candidate and Path(candidate).exists():
            return str(candidate)
    raise FileNotFoundError("pyside6-lrelease not found (install PySide6-Essentials)")


def compile_qm(ts: Path = TS_FILE, qm: Path = QM_FILE) -> Path:
    subprocess.run([lrelease(), "-silent", "-nounfinished", str(ts), "-qm", str(qm)], check=True)
    return qm


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "check"
    if command == "update":
        left = update()
        print(f"{len(left)} strings without translation")
        for s in left:
            print("  ", s)
    elif command == "merge":
        left = update(json.loads(Path(argv[1]).read_text(encoding="utf-8")))
        print(f"{len(left)} strings without translation")
    elif command == "compile":
        print(compile_qm())
    elif command == "check":
        left = missing()
        for s in left:
            print("untranslated:", s)
        return 1 if left else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
