"""xaso-hub on a server without Qt: a ``sitecustomize`` makes importing PySide6 (and the desktop
and xaso-admin shells) fail in the hub's processes; the hub still answers every ``--help``,
serves, enrols and syncs commune computers, and refuses in Vietnamese."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import httpx
import pytest

from core import enrolment as hub_svc
from core.i18n import user_message
from db.errors import UserError
from tests.hub.conftest import ROOT, open_pc, serve_process
from tests.hub.test_hub_sync import officers, sync
from tests.sync.conftest import add_officer

BLOCKED = ("PySide6", "shiboken6", "desktop", "cli")
BLOCKER = f'''
import sys


class NoQt:
    """Importing Qt or another shell fails, as on a server without the desktop wheel."""

    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {BLOCKED!r}:
            raise ImportError(f"{{name}} is blocked: this server has no Qt")
        return None


sys.meta_path.insert(0, NoQt())
'''
COMMANDS = ("serve", "enrol", "nodes", "revoke", "publish-target", "publish-course",
            "import-bundle")


@pytest.fixture
def no_qt_env(tmp_path):
    site = tmp_path / "no-qt"
    site.mkdir()
    (site / "sitecustomize.py").write_text(BLOCKER, encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join((str(site), str(ROOT))))
    env.pop("QT_QPA_PLATFORM", None)
    probe = subprocess.run([sys.executable, "-c", "import PySide6"], env=env, cwd=ROOT,
                           capture_output=True, text=True, timeout=60)
    assert probe.returncode == 1 and "blocked" in probe.stderr  # the blocker works
    return env


def xaso_hub(env, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "hub.cli", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


def test_every_help_answers_without_qt(no_qt_env):
    main = xaso_hub(no_qt_env, "--help")
    assert main.returncode == 0 and "cách dùng: xaso-hub" in main.stdout, main.stderr
    # every subcommand's --help, in one process to keep the test short
    script = ("import contextlib, io, json\nfrom hub.cli import main\nout = {}\n"
              f"for command in {COMMANDS!r}:\n"
              "    text = io.StringIO()\n"
              "    with contextlib.redirect_stdout(text):\n"
              "        try:\n"
              "            main([command, '--help'])\n"
              "        except SystemExit as exit:\n"
              "            out[command] = (exit.code, text.getvalue())\n"
              "print(json.dumps(out))\n")
    run = subprocess.run([sys.executable, "-c", script], env=no_qt_env, cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    helps = json.loads(run.stdout)
    assert sorted(helps) == sorted(COMMANDS)
    for command, (code, text) in helps.items():
        assert code == 0 and f"cách dùng: xaso-hub {command}" in text
    assert "--docs" in helps["serve"][1]


def test_hub_serves_syncs_and_refuses_in_vietnamese_without_qt(no_qt_env, tmp_path):
    data = tmp_path / "hub"
    codes = [json.loads(xaso_hub(no_qt_env, "enrol", "--commune", "06385", "--data", str(data),
                                 "--json").stdout)["code"] for _ in range(2)]
    bad = xaso_hub(no_qt_env, "enrol", "--commune", "abc", "--data", str(data))
    assert bad.returncode == 1 and "Mã xã abc không hợp lệ" in bad.stderr
    unknown = xaso_hub(no_qt_env, "revoke", "khong-co", "--data", str(data))
    assert unknown.returncode == 1 and "Không có máy đã đăng ký nào" in unknown.stderr
    log = (tmp_path / "serve.log").open("wb")
    proc, url = serve_process(data, None, output=log, env=no_qt_env)
    pc1, pc2 = open_pc(tmp_path / "pc1"), open_pc(tmp_path / "pc2")
    try:
        with pytest.raises(UserError) as refused:
            hub_svc.enrol_with_hub(pc1, url, "0000-0000-0000-0000")
        assert user_message(refused.value).startswith("Mã đăng ký không đúng")
        answer = httpx.post(f"{url}/api/v1/enrol", json={"code": "sai", "card": {}})
        assert answer.status_code == 403 and answer.json()["error"] == "bad_code"
        for store, code in zip((pc1, pc2), codes, strict=True):
            hub_svc.enrol_with_hub(store, url, code)
        add_officer(pc1, "Nguyễn Văn An", "020190001234")
        sync(pc1, _Running(url), tmp_path)
        sync(pc2, _Running(url), tmp_path)
        assert officers(pc2.engine) == {"Nguyễn Văn An": "0912345678"}
        nodes = json.loads(xaso_hub(no_qt_env, "nodes", "--data", str(data), "--json").stdout)
        assert sorted(n["commune"] for n in nodes if n["active"]) == ["06385", "06385"]
        assert proc.poll() is None
    finally:
        pc1.close()
        pc2.close()
        proc.terminate()
        proc.wait(timeout=30)
        log.close()
    served = (tmp_path / "serve.log").read_text(encoding="utf-8")
    assert "/api/v1/sync/push" in served and "Traceback" not in served


class _Running:
    """What ``tests.hub.test_hub_sync.sync`` needs of a running hub: its URL."""

    def __init__(self, url: str) -> None:
        self.url = url
