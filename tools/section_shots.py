"""Pictures of every section of the real app, as `xaso --demo` opens it on a 1366×768 laptop at
100 %, 125 % and 150 % Windows display scaling — to look at after a layout change.

    python tools/section_shots.py [OUT_DIR]        (default docs/screenshots)

Needs no X server: each scale runs in its own process on Qt's offscreen platform with a virtual
1366×768 screen (its JSON configuration) and QT_SCALE_FACTOR, exactly as
tests/gui/test_screen_fit.py checks it. Writes OUT_DIR/<percent>/<nn>-<section>.png (and
<nn>b-<section>-<tab>.png for the tabs in TABS), in few colours to keep them small (Pillow, which
reportlab brings).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCALES = {"100": "1", "125": "1.25", "150": "1.5"}
# tabs pictured besides a section's first one: section -> the page's attributes holding them
TABS = {"backlog": ["progress"]}
LAPTOP = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                       "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}


def shoot_all(out: Path) -> None:
    with tempfile.TemporaryDirectory(prefix="xaso-sections-") as work:
        config = Path(work) / "laptop.json"
        config.write_text(json.dumps(LAPTOP), encoding="utf-8")
        for percent, factor in SCALES.items():
            env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}",
                       QT_SCALE_FACTOR=factor, PYTHONPATH=str(ROOT))
            env.pop("QT_FONT_DPI", None)
            subprocess.run([sys.executable, __file__, "--one", str(out / percent),
                            "--home", str(Path(work) / percent)], env=env, check=True, cwd=ROOT)


def small(path: Path) -> None:
    """64 colours without dithering: flat screens keep every edge and weigh a fraction."""
    from PIL import Image

    with Image.open(path) as image:
        reduced = image.convert("RGB").quantize(colors=64, dither=Image.Dither.NONE)
    reduced.save(path, optimize=True)


def shoot_one(out: Path, home: Path) -> int:
    """In this process: start the app as `xaso --demo` does, then picture each section."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QTabWidget

    from desktop import app as xaso
    from desktop.ui.main_window import MainWindow

    out.mkdir(parents=True, exist_ok=True)
    qapp = QApplication(sys.argv[:1])

    def settle() -> None:
        for _ in range(5):
            qapp.processEvents()

    def shoot() -> None:
        window = next((w for w in qapp.topLevelWidgets() if isinstance(w, MainWindow)), None)
        if window is None or window.ctx is None:
            QTimer.singleShot(50, shoot)
            return
        shown = [key for row, (key, _l, _i) in enumerate(window.SECTIONS) if not window.nav.isRowHidden(row)]
        for number, key in enumerate(shown, start=1):
            window.show_section(key)
            settle()
            path = out / f"{number:02d}-{key}.png"
            window.grab().save(str(path))
            small(path)
            print(path)
            for name in TABS.get(key, []):
                tabs = window.pages[key].findChild(QTabWidget)
                tabs.setCurrentWidget(getattr(window.pages[key], name))
                settle()
                path = out / f"{number:02d}b-{key}-{name}.png"
                window.grab().save(str(path))
                small(path)
                print(path)
                tabs.setCurrentIndex(0)
        window.close()

    QTimer.singleShot(0, shoot)
    return xaso.main(["--home", str(home), "--demo", "--quit-after", "600000"])


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default=ROOT / "docs" / "screenshots", type=Path)
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)  # one scale, in this process
    parser.add_argument("--home", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.one:
        raise SystemExit(shoot_one(options.one, options.home))
    shoot_all(options.out)
