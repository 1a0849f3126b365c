"""`xaso-admin --help` and the help of every command answer in Vietnamese; the CLI never starts Qt."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from cli.main import build_parser, handlers, main

ROOT = Path(__file__).resolve().parents[2]


def _commands() -> list[str]:
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    return sorted(sub.choices)


def test_every_command_has_a_handler_and_a_help_line():
    commands = _commands()
    assert set(commands) == set(handlers())
    assert {"demo", "import-officers", "report", "training-status", "check", "audit"} <= set(commands)


def test_main_help_is_vietnamese(capsys):
    with pytest.raises(SystemExit) as done:
        main(["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("cách dùng: xaso-admin")
    assert "hiện hướng dẫn này rồi thoát" in out and "các lệnh:" in out
    assert "tỷ lệ cán bộ được đào tạo so với chỉ tiêu 100%" in out  # the % of the help survives


@pytest.mark.parametrize("command", _commands())
def test_help_of_every_command_answers(command, capsys):
    with pytest.raises(SystemExit) as done:
        main([command, "--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"cách dùng: xaso-admin {command}")
    assert "show this help" not in out and "usage:" not in out


def test_a_usage_error_is_vietnamese(capsys):
    with pytest.raises(SystemExit) as done:
        main(["report"])
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert "lỗi: thiếu tham số bắt buộc: kind, --period, --out" in err


def test_the_cli_runs_without_qt(tmp_path):
    """A command run with PySide6 made unimportable still answers, in Vietnamese."""
    block = tmp_path / "block"
    block.mkdir()
    (block / "sitecustomize.py").write_text(
        "import sys\n"
        "class Block:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.split('.')[0] in ('PySide6', 'shiboken6'):\n"
        "            raise ImportError('Qt is blocked in this test')\n"
        "sys.meta_path.insert(0, Block())\n", encoding="utf-8")
    env = {"PYTHONPATH": f"{block}:{ROOT}", "PATH": "/usr/bin:/bin", "XASO_HOME": str(tmp_path / "h")}
    result = subprocess.run([sys.executable, "-m", "cli.main", "--home", str(tmp_path / "none"),
                             "check"], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert result.returncode == 1
    assert result.stderr.strip() == f"Lỗi: Không có dữ liệu Xã Số trong {tmp_path / 'none'}."
    assert "Traceback" not in result.stderr


def _hub_commands() -> list[str]:
    from hub.cli import _parser

    sub = next(a for a in _parser()._actions if a.dest == "command")
    return sorted(sub.choices)


@pytest.mark.parametrize("command", ["", *_hub_commands()])
def test_the_hub_commands_help_is_vietnamese(command, capsys):
    from hub.cli import main as hub_main

    with pytest.raises(SystemExit) as done:
        hub_main([command, "--help"] if command else ["--help"])
    assert done.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith(f"cách dùng: xaso-hub {command}".rstrip())
    assert "show this help" not in out and "usage:" not in out and "options:" not in out
    if not command:
        assert "máy chủ tỉnh" in out and "số liệu toàn tỉnh theo từng xã" in out
