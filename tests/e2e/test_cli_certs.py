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


def test_a_renewal_names_the_certificate_it_replaces(home, tmp_path):
    import sqlite3

    from demo.cert_factory import CertFactory, make_name, pem

    db = sqlite3.connect(home / "xaso.sqlite")
    name, cccd, serial = db.execute(
        "SELECT o.full_name, o.cccd, c.serial FROM certificate c JOIN officer o ON o.id = c.officer_id "
        "WHERE c.status = 'active' AND c.kind = 'official_duty' AND c.deleted = 0 "
        "ORDER BY c.not_after DESC LIMIT 1").fetchone()  # far from its end: still in use
    db.close()
    f = CertFactory(seed=21)
    renewal = tmp_path / "gia-han.crt"
    renewal.write_bytes(pem(f.leaf(make_name(name, "UBND", uid=f"CCCD:{cccd}"), days_valid=3650)))
    dry = json.loads(admin(home, "import-certs", str(renewal), "--dry-run", "--json", check=True).stdout)
    replaced = dry["certificates"][0]["replaces"]
    assert [(r["serial"], r["in_use"], r["in_this_import"]) for r in replaced] == [(serial, True, False)]
    text = admin(home, "import-certs", str(renewal), "--dry-run", check=True).stdout
    assert f"thay thế “{name}” hiệu lực đến" in text and ", đang dùng" in text
