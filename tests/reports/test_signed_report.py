"""Issued reports signed with a PKCS#12 file and with a PKCS#11 token (SoftHSM2), verified back
with pyHanko and with poppler's pdfsig; the visible signature sits under "TM. ỦY BAN NHÂN DÂN"."""

from __future__ import annotations

import datetime as dt
import io
import os
import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import func, select

from core.certificates import registry
from core.evidence import signing
from core.reports import catalog, pdf, period
from core.reports import register as service
from core.reports.common import Stamp
from db.errors import UserError
from db.models import Officer, ReportRegister
from demo.signed_pdfs import SigningChain, edit_after_signing
from tests.reports.conftest import text_positions

SOFTHSM_LIBS = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
                "/usr/local/lib/softhsm/libsofthsm2.so")
P = period.parse("2026-11")


@pytest.fixture(scope="module")
def chain():
    return SigningChain()


@pytest.fixture
def signer_leaf(demo_store, chain, tmp_path):
    """The report settings' signer holds an official-duty certificate of the test chain, which
    is registered, and the chain's roots are imported."""
    with demo_store.session() as s:
        officer = s.get(Officer, __import__("uuid").UUID(service.load_settings(s).signer_id))
        name, cccd = officer.full_name, officer.cccd
    leaf = chain.leaf(name, cccd, agency="UBND xã Hữu Lũng")
    (tmp_path / "ca.pem").write_bytes(chain.roots_pem())
    (tmp_path / "signer.cer").write_bytes(leaf.der())
    with demo_store.write("admin") as s:
        registry.import_ca(s, tmp_path / "ca.pem")
        registry.apply(s, registry.preview(s, registry.read_files([tmp_path / "signer.cer"])))
    return leaf


def _issue_signed(store, signer):
    with store.write("admin") as s:
        return signing.issue_and_sign(s, "monthly", P.key, dt.date(2026, 12, 3),
                                      lambda n, d: catalog.build(s, "monthly", P, Stamp(n, d)),
                                      "BC", signer, "Hữu Lũng")


def _register_count(store) -> int:
    with store.session() as s:
        return s.execute(select(func.count()).select_from(ReportRegister)).scalar_one()


def _assert_verified(store, issued, signed: bytes, name: str, tmp_path: Path) -> None:
    with store.session() as s:
        row = s.get(ReportRegister, issued.id)
        check = signing.check_report(s, signed)
        unsigned = service.reprint(s, issued.id, pdf.render)  # the register still reprints
    assert row.signed_sha256 == service.sha256(signed) and row.signed_by == name
    assert row.file_sha256 == service.sha256(unsigned) != row.signed_sha256
    assert (check.symbol, check.exact, check.result.verdict) == (issued.symbol, True, "valid")
    assert check.result.signatures[0].signer_name == name and check.intact
    # poppler reads the same signature as valid
    path = tmp_path / "signed.pdf"
    path.write_bytes(signed)
    if shutil.which("pdfsig") is None:
        pytest.fail("pdfsig (poppler-utils) is missing: CI installs it")
    out = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True, check=True).stdout
    assert "Signature is Valid." in out and f"Common Name: {name}" in out
    # the visible signature is on the page of "TM. ỦY BAN NHÂN DÂN", just under it, in its column
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(signed))
    widget = next((i, a.get_object()) for i, page in enumerate(reader.pages)
                  for a in page.get("/Annots", []) if a.get_object().get("/FT") == "/Sig")
    page_no, annot = widget
    x1, y1, x2, y2 = (float(v) for v in annot["/Rect"])
    lines = [(x, y) for x, y, text in text_positions(signed, page_no) if "TM. ỦY BAN NHÂN DÂN" in text]
    assert lines, "the signer block is on the signature's page"
    tm_x, tm_y = lines[0]
    assert 0 < tm_y - y2 < 60 and y2 - y1 > 40  # under the block's title lines, room for the stamp
    assert x1 < tm_x + 80 < x2  # in the signer's column


def test_sign_with_pkcs12_and_verify_back(demo_store, signer_leaf, tmp_path):
    p12 = tmp_path / "chu-ky.p12"
    p12.write_bytes(signer_leaf.p12("mật khẩu"))
    before = _register_count(demo_store)
    with pytest.raises(UserError) as err:
        _issue_signed(demo_store, signing.p12_signer(p12, "sai"))
    assert "password is wrong" in err.value.message()
    assert _register_count(demo_store) == before  # no number taken
    name = signer_leaf.cert.subject.rfc4514_string().split("CN=")[1].split(",")[0]
    issued, signed = _issue_signed(demo_store, signing.p12_signer(p12, "mật khẩu"))
    _assert_verified(demo_store, issued, signed, name, tmp_path)
    (tmp_path / "report-signed.pdf").write_bytes(signed)
    # edited after signing: still names the signer, but no longer intact nor the issued file
    with demo_store.session() as s:
        edited = signing.check_report(s, edit_after_signing(signed))
    assert edited.result.verdict == "broken" and not edited.exact and not edited.intact


def _softhsm() -> str | None:
    return next((lib for lib in SOFTHSM_LIBS if os.path.exists(lib)), None)


def softhsm_token(tmp_path: Path, leaf, monkeypatch, pin: str = "123456") -> str:
    """A SoftHSM2 token "xaso" (the first in the driver's list) holding ``leaf``'s key and
    certificate; returns the driver's path. Skips, saying why, where SoftHSM2 is absent."""
    lib = _softhsm()
    if lib is None or shutil.which("softhsm2-util") is None:
        print("SoftHSM2 is not installed (apt-get install softhsm2): the PKCS#11 test is skipped")
        pytest.skip("SoftHSM2 (libsofthsm2.so, softhsm2-util) is not installed")
    from cryptography.hazmat.primitives import serialization

    tokens = tmp_path / "tokens"
    tokens.mkdir()
    conf = tmp_path / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n")
    monkeypatch.setenv("SOFTHSM2_CONF", str(conf))
    run = lambda *a: subprocess.run(["softhsm2-util", *a], capture_output=True, text=True,  # noqa: E731
                                    check=True, env=dict(os.environ, SOFTHSM2_CONF=str(conf)))
    run("--init-token", "--free", "--label", "xaso", "--pin", pin, "--so-pin", "654321")
    key = tmp_path / "key.pem"
    key.write_bytes(leaf.key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    run("--import", str(key), "--token", "xaso", "--label", "chu-ky", "--id", "01", "--pin", pin)
    key.unlink()
    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass

    driver = pkcs11.lib(lib)
    # the driver stays loaded for the whole test run: make it read this test's configuration
    driver.reinitialize()
    token = driver.get_token(token_label="xaso")
    with token.open(rw=True, user_pin=pin) as session:
        session.create_object({Attribute.CLASS: ObjectClass.CERTIFICATE,
                               Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                               Attribute.TOKEN: True, Attribute.LABEL: "chu-ky", Attribute.ID: b"\x01",
                               Attribute.VALUE: leaf.der(),
                               Attribute.SUBJECT: leaf.cert.subject.public_bytes()})
    return lib


def test_sign_with_a_pkcs11_token(demo_store, signer_leaf, tmp_path, monkeypatch):
    lib = softhsm_token(tmp_path, signer_leaf, monkeypatch)
    with pytest.raises(UserError) as err, signing.pkcs11_signer(lib, 0, "000000"):
        pass
    assert "PIN" in err.value.message()
    name = signer_leaf.cert.subject.rfc4514_string().split("CN=")[1].split(",")[0]
    with signing.pkcs11_signer(lib, 0, "123456") as signer:
        issued, signed = _issue_signed(demo_store, signer)
    _assert_verified(demo_store, issued, signed, name, tmp_path)


def test_a_certificate_of_someone_else_than_the_signer_is_refused(demo_store, signer_leaf, chain,
                                                                  tmp_path):
    """The name under the signature and the certificate that signs must be the same person."""
    with demo_store.session() as s:
        signer_id = service.load_settings(s).signer_id
        other = s.execute(select(Officer).where(Officer.id != __import__("uuid").UUID(signer_id),
                                                Officer.active.is_(True))
                          .order_by(Officer.cccd)).scalars().first()
        other_name, other_cccd = other.full_name, other.cccd
        signer_name = s.get(Officer, __import__("uuid").UUID(signer_id)).full_name
    leaf = chain.leaf(other_name, other_cccd, agency="UBND xã Hữu Lũng")
    p12 = tmp_path / "nguoi-khac.p12"
    p12.write_bytes(leaf.p12("mật khẩu"))
    before = _register_count(demo_store)
    with pytest.raises(UserError) as err:
        _issue_signed(demo_store, signing.p12_signer(p12, "mật khẩu"))
    message = err.value.message()
    assert other_name in message and signer_name in message and "No number was taken" in message
    assert _register_count(demo_store) == before
    # the signer's own certificate signs
    own = tmp_path / "chu-ky.p12"
    own.write_bytes(signer_leaf.p12("mật khẩu"))
    issued, _signed = _issue_signed(demo_store, signing.p12_signer(own, "mật khẩu"))
    assert _register_count(demo_store) == before + 1 and issued.symbol
