"""Signing an issued report with the signer's key: a PKCS#11 token (the official-duty USB
token, through its driver) or a PKCS#12 file, with pyHanko.

The signature is visible in the ND 30 position — the blank space under "TM. ỦY BAN NHÂN DÂN"
(core/reports/pdf.SignatureGap) — and the register keeps the signed file's hash and signer.
The PIN or password is asked each time and passed straight to the token or file; it is never
stored. A signed report opened again is checked like a record's file (core/evidence/verify).
"""

from __future__ import annotations

import datetime as dt
import io
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from core.evidence import verify
from core.reports import register as service
from db.errors import N_, UserError
from db.models import ReportRegister

FIELD_NAME = "ChuKySo_UBND"
PKCS11_LIBRARY = "signing.pkcs11_library"  # the token driver's path, set once in Quản trị
_BOX_WIDTH, _BOX_HEIGHT = 200.0, 62.0  # points: about 70 × 22 mm, inside the 28 mm gap


@dataclass(frozen=True)
class SignatureBox:
    page: int  # 1-based
    x1: float
    y1: float
    x2: float
    y2: float


def box_from_gap(gap: list) -> SignatureBox:
    """The visible signature's rectangle, centred in the gap that render() noted."""
    if not gap:
        raise UserError(N_("This report has no signature block, so it cannot be signed."))
    page, x, y, width, height = gap[-1]
    cx = x + width / 2
    box_h = min(_BOX_HEIGHT, height - 6)
    y1 = y + (height - box_h) / 2
    return SignatureBox(page, cx - _BOX_WIDTH / 2, y1, cx + _BOX_WIDTH / 2, y1 + box_h)


# signers --------------------------------------------------------------------------------------
def p12_signer(path: Path, password: str):
    from pyhanko.sign import signers

    if not Path(path).is_file():
        raise UserError(N_("The file {file} does not exist."), file=str(path))
    try:
        signer = signers.SimpleSigner.load_pkcs12(str(path), passphrase=password.encode("utf-8"))
    except Exception:  # noqa: BLE001  (pyHanko's parse errors: said plainly below)
        signer = None
    if signer is None:
        raise UserError(N_("{file} cannot be opened: the password is wrong, or the file holds no "
                           "signing key and certificate."), file=Path(path).name)
    return signer


@contextmanager
def pkcs11_signer(library: str, slot: int, pin: str, key_label: str = "") -> Iterator[object]:
    """A signer on the token in ``slot`` of the driver ``library``; the session is closed after."""
    from pyhanko.sign.pkcs11 import PKCS11Signer, open_pkcs11_session

    if not Path(library).is_file():
        raise UserError(N_("The token driver {file} does not exist. Set the driver's path (a .dll "
                           "from the token's installer) in Quản trị."), file=library)
    try:
        session = open_pkcs11_session(library, slot_no=slot, user_pin=pin)
    except Exception as err:  # noqa: BLE001  (python-pkcs11 raises one class per PKCS#11 code)
        raise UserError(N_("The token in slot {slot} cannot be opened ({reason}). Check that it is "
                           "plugged in and that the PIN is right."), slot=slot,
                        reason=type(err).__name__) from None
    try:
        ids = ({"key_label": key_label, "cert_label": key_label} if key_label else
               {"cert_id": _first_certificate_id(session), "key_id": _first_certificate_id(session)})
        signer = PKCS11Signer(session, **ids)
        if signer.signing_cert.public_key.algorithm == "ec":
            # many tokens sign ECDSA only over a digest computed outside (CKM_ECDSA)
            signer = PKCS11Signer(session, use_raw_mechanism=True, **ids)
        yield signer
    finally:
        session.close()


def _first_certificate_id(session) -> bytes:
    from pkcs11 import Attribute, ObjectClass

    for cert in session.get_objects({Attribute.CLASS: ObjectClass.CERTIFICATE}):
        return cert[Attribute.ID]
    raise UserError(N_("The token holds no certificate. Ask the certificate authority to load "
                       "the signing certificate onto it."))


# signing ----------------------------------------------------------------------------------------
def stamp_lines(signer, moment: dt.datetime) -> list[str]:
    """The text of the visible signature: who signed, for which body, when (Vietnam time)."""
    from core.reports.period import VIETNAM

    subject = signer.signing_cert.subject.native
    lines = [f"Ký bởi: {subject.get('common_name', '')}"]
    if subject.get("organization_name"):
        lines.append(f"Cơ quan: {subject['organization_name']}")
    lines.append(f"Thời gian ký: {moment.astimezone(VIETNAM).strftime('%d/%m/%Y %H:%M:%S')}")
    return lines


def _stamp_pdf(lines: list[str], width: float, height: float) -> bytes:
    """The signature's appearance drawn with the report's own font (pyHanko's text stamp cannot
    lay out Vietnamese): a thin frame and the lines, shrunk to fit the box."""
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    from core.reports import fonts

    fonts.register()
    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=(width, height), invariant=1)
    c.setLineWidth(0.8)
    c.setStrokeColorRGB(0.1, 0.3, 0.6)
    c.rect(1, 1, width - 2, height - 2)
    size = 11.0
    while size > 6 and max(stringWidth(line, fonts.FAMILY, size) for line in lines) > width - 10:
        size -= 0.5
    leading = size * 1.3
    y = height / 2 + leading * (len(lines) - 1) / 2 - size / 3
    c.setFillColorRGB(0.1, 0.3, 0.6)
    for i, line in enumerate(lines):
        c.setFont(fonts.BOLD if i == 0 else fonts.FAMILY, size)
        c.drawCentredString(width / 2, y, line)
        y -= leading
    c.showPage()
    c.save()
    return out.getvalue()


def sign_pdf(data: bytes, signer, box: SignatureBox, location: str = "",
             reason: str = "Ban hành văn bản") -> bytes:
    """``data`` signed by ``signer`` with a visible signature in ``box``."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers
    from pyhanko.stamp import StaticStampStyle

    meta = signers.PdfSignatureMetadata(field_name=FIELD_NAME, reason=reason, location=location or None)
    rect = (round(box.x1), round(box.y1), round(box.x2), round(box.y2))
    spec = fields.SigFieldSpec(FIELD_NAME, on_page=box.page - 1, box=rect)
    appearance = _stamp_pdf(stamp_lines(signer, dt.datetime.now(dt.UTC)),
                            rect[2] - rect[0], rect[3] - rect[1])
    with tempfile.TemporaryDirectory(prefix="xaso-sign-") as folder:
        stamp_file = Path(folder) / "stamp.pdf"
        stamp_file.write_bytes(appearance)
        style = StaticStampStyle.from_pdf_file(str(stamp_file), border_width=0)
        pdf_signer = signers.PdfSigner(meta, signer=signer, stamp_style=style, new_field_spec=spec)
        try:
            out = pdf_signer.sign_pdf(IncrementalPdfFileWriter(io.BytesIO(data)))
        except UserError:
            raise
        except Exception as err:  # noqa: BLE001  (a token refusing to sign, a key it cannot use)
            raise UserError(N_("The report could not be signed ({reason}). Nothing was saved."),
                            reason=type(err).__name__) from None
    return out.getvalue()


def record_signed(session: Session, register_id, signed: bytes, signer_name: str) -> None:
    """The register keeps the signed file's hash and who signed it."""
    row = session.get(ReportRegister, register_id)
    row.signed_sha256 = service.sha256(signed)
    row.signed_by = signer_name


def signer_name(signer) -> str:
    return signer.signing_cert.subject.native.get("common_name", "")


# checking a signed report -------------------------------------------------------------------------
@dataclass(frozen=True)
class ReportCheck:
    symbol: str  # the register's number when the file is an issued report, else ""
    issued_on: dt.date | None
    exact: bool  # the file is byte for byte the one recorded at issuing
    result: verify.FileResult

    @property
    def intact(self) -> bool:
        return bool(self.result.signatures) and self.result.verdict not in ("broken", "not_pdf",
                                                                             "unreadable")


def check_report(session: Session, data: bytes) -> ReportCheck:
    """Who signed a report file, whether it is intact, and which issued report it is."""
    digest = service.sha256(data)
    row = session.execute(select(ReportRegister).where(
        ReportRegister.deleted.is_(False),
        or_(ReportRegister.signed_sha256 == digest, ReportRegister.file_sha256 == digest))).scalars().first()
    result = verify.verify_pdf(data, verify.TrustAnchors.from_session(session),
                               verify.SignerIndex.from_session(session))
    return ReportCheck(row.symbol if row else "", row.issued_on if row else None, row is not None, result)


def check_signer(session: Session, signer) -> None:
    """The certificate that signs must be the one of the officer named under the signature (the
    report settings' signer): one of that officer's registered certificates, or a certificate
    with that officer's CCCD. Refused before any number is taken."""
    from cryptography import x509

    from core.certificates import parse
    from db.models import Certificate

    settings = service.load_settings(session)
    officer = service._signer(session, settings.signer_id) if settings.signer_id else None
    if officer is None:
        raise UserError(N_("No signer is chosen in the report settings, so the report cannot be "
                           "signed. Choose the signer first."))
    parsed = parse.describe(x509.load_der_x509_certificate(signer.signing_cert.dump()))
    registered = session.execute(select(Certificate.id).where(
        Certificate.officer_id == officer.id, Certificate.deleted.is_(False),
        Certificate.fingerprint == parsed.fingerprint)).first()
    if registered is None and not (parsed.cccd and parsed.cccd == officer.cccd):
        raise UserError(N_("The signing certificate belongs to {holder}, but the report is signed "
                           "in the name of {name}. Sign with {name}'s certificate, or choose "
                           "{holder} as the signer in the report settings. No number was taken."),
                        holder=parsed.subject_cn or "?", name=officer.full_name)


def issue_and_sign(session: Session, kind: str, period_key: str, issued_on: dt.date, make_document,
                   doc_type: str, signer, location: str = ""):
    """Issue a report with the next number and sign it, in the caller's transaction: a failed
    signature (wrong PIN, token pulled out) leaves no number taken. Returns (Issued, signed PDF)."""
    from core.reports import pdf

    gap: list = []

    def render(document) -> bytes:
        gap.clear()
        return pdf.render(document, signature_gap=gap)

    check_signer(session, signer)
    issued, data = service.issue(session, kind, period_key, issued_on, make_document, render, doc_type)
    signed = sign_pdf(data, signer, box_from_gap(gap), location)
    record_signed(session, issued.id, signed, signer_name(signer))
    return replace(issued, signed_by=signer_name(signer)), signed


def pkcs11_library(session: Session) -> str:
    from core.settings import get_setting

    return get_setting(session, PKCS11_LIBRARY, "") or ""


def set_pkcs11_library(session: Session, path: Path) -> str:
    """The token driver's path (set once per computer by the administrator)."""
    from core.settings import set_setting

    if not Path(path).is_file():
        raise UserError(N_("The token driver {file} does not exist. Set the driver's path (a .dll "
                           "from the token's installer) in Quản trị."), file=str(path))
    # absolute, not resolved: the driver is loaded once per process under the path it was given
    set_setting(session, PKCS11_LIBRARY, str(Path(path).absolute()))
    return str(Path(path).absolute())


def check_lines(check: ReportCheck, file_name: str, tr) -> list[str]:
    """A report check in sentences: which issued report it is, then each signature's verdict."""
    from core.evidence.verdicts import VERDICT_TEXTS
    from core.text import format_date

    lines = []
    if check.symbol:
        lines.append(tr(N_("{file} is report {symbol} issued on {date}, byte for byte as recorded.")).format(
            file=file_name, symbol=check.symbol, date=format_date(check.issued_on)))
    else:
        lines.append(tr(N_("{file} is not a file recorded in the register of issued reports.")).format(
            file=file_name))
    if not check.result.signatures:
        lines.append(tr(VERDICT_TEXTS[check.result.verdict]))
    for sig in check.result.signatures:
        lines.append(tr(N_("Signed by {name} on {date}: {verdict}")).format(
            name=sig.signer_name, date=format_date(sig.signed_at.date()) if sig.signed_at else "–",
            verdict=tr(VERDICT_TEXTS[sig.verdict])))
    return lines
