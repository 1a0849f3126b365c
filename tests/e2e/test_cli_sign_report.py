"""xaso-admin report … --issue --sign-p12 FILE (password on standard input) and verify-report,
as real processes on a demo data folder whose signer holds a certificate of the test chain."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid

import pytest

from tests.e2e.test_cli import admin


def _run(home, *args, stdin=""):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "cli.main", "--home", str(home), *args], input=stdin,
                          capture_output=True, text=True, env=env, timeout=120)


@pytest.fixture(scope="module")
def signed_home(tmp_path_factory):
    from core.certificates import registry
    from core.config import Paths
    from core.reports import register as service
    from core.store import Store
    from db.models import Officer
    from demo.signed_pdfs import SigningChain

    folder = tmp_path_factory.mktemp("cli-sign")
    home = folder / "home"
    admin(home, "demo", "--json", check=True)
    store = Store.open(Paths(home))
    chain = SigningChain()
    with store.session() as s:
        officer = s.get(Officer, uuid.UUID(service.load_settings(s).signer_id))
        leaf = chain.leaf(officer.full_name, officer.cccd, agency="UBND xã")
    (folder / "ca.pem").write_bytes(chain.roots_pem())
    (folder / "signer.cer").write_bytes(leaf.der())
    with store.write("admin") as s:
        registry.import_ca(s, folder / "ca.pem")
        registry.apply(s, registry.preview(s, registry.read_files([folder / "signer.cer"])))
    store.close()
    (folder / "ky.p12").write_bytes(leaf.p12("mk-123"))
    return home, folder, officer.full_name


def test_issue_sign_and_verify_from_the_command_line(signed_home):
    home, folder, name = signed_home
    out = folder / "bao-cao.pdf"
    report = ["report", "monthly", "--period", "2026-11", "--out", str(out), "--issue"]
    wrong = _run(home, *report, "--sign-p12", str(folder / "ky.p12"), stdin="sai\n")
    assert wrong.returncode == 1 and "mật khẩu" in wrong.stderr and not out.exists()
    unsigned = _run(home, "report", "monthly", "--period", "2026-11", "--out", str(out),
                    "--sign-p12", str(folder / "ky.p12"))
    assert unsigned.returncode == 1 and "--issue" in unsigned.stderr
    done = _run(home, *report, "--sign-p12", str(folder / "ky.p12"), "--json", stdin="mk-123\n")
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["signed"] and result["number"].endswith("/BC-UBND")
    check = json.loads(admin(home, "verify-report", str(out), "--json", check=True).stdout)
    assert (check["number"], check["exact"], check["intact"], check["verdict"]) == (
        result["number"], True, True, "valid")
    assert check["signatures"][0]["signer_name"] == name
    text = admin(home, "verify-report", str(out), check=True).stdout
    assert f"là báo cáo {result['number']}" in text and f"Ký bởi {name}" in text, text
