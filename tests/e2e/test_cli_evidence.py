"""xaso-admin set-storage-root / link-files / verify-files as real processes, on a data folder
with the test chain's CA imported and the signed PDFs of tests/unit/test_evidence.py."""

from __future__ import annotations

import json

from tests.e2e.test_cli import admin
from tests.unit.test_evidence import chain, leaves, setup  # noqa: F401  (fixtures)


def test_link_and_verify_from_the_command_line(setup, paths):  # noqa: F811
    home, root, folder = paths.home, setup["root"], setup["folder"]
    assert str(root) in admin(home, "set-storage-root", str(root), check=True).stdout
    dry = json.loads(admin(home, "link-files", "Sổ đăng ký khai sinh 1999", str(folder), "--pattern",
                           "KS-{no}.*", "--dry-run", "--json", check=True).stdout)
    assert dry["linked"] == 9 and dry["dry_run"]
    text = admin(home, "link-files", "Sổ đăng ký khai sinh 1999", str(folder), check=True).stdout
    assert "9 tệp được liên kết" in text, text
    out = admin(home, "verify-files", "--json", check=True)
    result = json.loads(out.stdout)
    assert result["checked"] == 9 and result["verdicts"]["valid"] == 2
    assert result["records_signed"] == 1
    by_file = {p["file"].rsplit("/", 1)[-1]: p["verdict"] for p in result["problems"]}
    assert by_file == {"KS-0003.pdf": "public_ca", "KS-0004.pdf": "expired", "KS-0005.pdf": "broken",
                       "KS-0006.pdf": "unsigned", "KS-0007.pdf": "not_pdf",
                       "KS-0008.pdf": "unknown_signer", "KS-0009.png": "image"}
    assert "Traceback" not in out.stderr and out.stderr == ""
    (folder / "KS-0002.pdf").unlink()
    text = admin(home, "verify-files").stdout
    assert "Hồ sơ 2 – ho-tich/1999/KS-0002.pdf: Không tìm thấy" in text, text
    assert "Hồ sơ 3 – ho-tich/1999/KS-0003.pdf: Ký bằng chứng thư của CA công cộng" in text, text


def test_bad_lot_and_unknown_numbers_are_refused(setup, paths):  # noqa: F811
    home, root, folder = paths.home, setup["root"], setup["folder"]
    admin(home, "set-storage-root", str(root), check=True)
    bad = admin(home, "link-files", "Sổ không có", str(folder))
    assert bad.returncode == 1 and "Sổ đăng ký khai sinh 1999" in bad.stderr
    (folder / "KS-0099.pdf").write_bytes(b"%PDF-1.4")
    refused = admin(home, "link-files", "Sổ đăng ký khai sinh 1999", str(folder))
    assert refused.returncode == 1 and "KS-0099.pdf (số 99)" in refused.stderr
    assert json.loads(admin(home, "verify-files", "--json", check=True).stdout)["checked"] == 0
