"""Build the one-folder desktop app with PyInstaller (Linux here, Windows on the build PC).

    python packaging/build.py [--dist DIR]

Prints the folder and its size. On Windows, then run the Inno Setup script
packaging/xaso.iss to make the installer (see docs/windows-build.md).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def build(dist: Path, work: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(dist), "--workpath", str(work), str(ROOT / "packaging" / "xaso.spec")],
        check=True, cwd=ROOT,
    )
    return dist / "xaso"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    args = parser.parse_args()
    folder = build(args.dist, args.work)
    print(f"{folder}  {folder_size(folder) / 1e6:.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
