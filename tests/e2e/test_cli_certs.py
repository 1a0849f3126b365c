"""xaso-admin import-certs / cert-status as real processes on a real demo folder."""

from __future__ import annotations

import json

import pytest

from tests.e2e.test_cli import admin
from tests.unit.cert_fixtures import P12_PASSWORD, write_cert_folder


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    home = tmp_path_factory.mktemp("certs") / "home"
    admin(home, "demo", check=True)
    return home


def test_import_certs_dry_run_apply_and_duplicates(home, tmp_path):
    files = write_cert_folder(tmp_path / "nop")
    dry = json.loads(admin(home, "import-certs", str(files.folder), "--password", P12_PASSWORD,
                           "--dry-run", "--json", check=True).stdout)
    assert dry["dry_run"] and dry["counts"]["new"] == len(files.expected)
    by_file = {c["file"]: c for c in dry["certificates"]}
    assert by_file["cuong-vnpt.der"]["kind"] == "public_ca"
    assert "không được dùng cho công vụ" in by_file["cuong-vnpt.der"]["reason"]
    assert by_file["khoa-self.crt"]["kind"] == "unknown"
    assert by_file["binh.cer"]["subject"] == "Trần Thị Bình"
    applied = admin(home, "import-certs", str(files.folder), "--password", P12_PASSWORD, check=True)
    assert f"{len(files.expected)} chứng thư mới" in applied.stdout
    again = json.loads(admin(home, "import-certs", str(files.folder), "--password", P12_PASSWORD,
                             "--json", check=True).stdout)
    assert again["counts"]["new"] == 0 and again["counts"]["duplicates"] == len(files.expected)


def test_broken_files_are_rejected_with_their_names(home, tmp_path):
    files = write_cert_folder(tmp_path / "nop2")
    result = admin(home, "import-certs", *map(str, files.broken), str(files.folder / "an.crt"))
    assert result.returncode == 1
    assert "cat-ngang.crt: không phải chứng thư số" in result.stderr
    assert "ngau-nhien.cer" in result.stderr and "Chưa nhập gì" in result.stderr
    no_password = admin(home, "import-certs", str(files.p12), "--json")
    assert no_password.returncode == 1
    assert "giang.p12: tệp PKCS#12 này cần mật khẩu." in json.loads(no_password.stdout)["errors"]


def test_cert_status_reports_coverage_and_alerts(home):
    text = admin(home, "cert-status", check=True).stdout
    assert "Tỷ lệ cán bộ có chứng thư số chuyên dùng" in text
    data = json.loads(admin(home, "cert-status", "--json", check=True).stdout)
    cov = data["coverage"]
    assert cov["officers"] > 0 and 0 <= cov["covered"] <= cov["officers"]
    assert sum(d["officers"] for d in cov["by_department"]) == cov["officers"]
    assert data["alerts"]["warning"] + data["alerts"]["error"] == len(data["alerts"]["items"])
