"""Every signature of a PDF checked with pyHanko, and matched to the officers' certificates.

A signature is evidence ("valid") only when: the signed bytes are intact and nothing but form
filling or further signatures came after it; the signer's certificate was valid at the signing
time; its chain reaches a Ban Cơ yếu root the admin imported (*Nhập chứng thư CA…*); and the
certificate is an officer's registered certificate (by fingerprint, else by the CCCD in the
subject). Offline: no revocation is fetched (the commune PC is often offline).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import logging
import uuid
import warnings
from dataclasses import asdict, dataclass, field

from cryptography import x509
from sqlalchemy import select
from sqlalchemy.orm import Session

from core.certificates import parse
from core.evidence.verdicts import EVIDENCE, SEVERITY
from db.base import utcnow
from db.models import CertAuthority, Certificate, Officer

# pyHanko logs a failed diff or path check with its stack; the verdict carries the reason, so
# those records must not reach the CLI's stderr or the app's log as tracebacks
for _name in ("pyhanko", "pyhanko_certvalidator", "fontTools"):
    logging.getLogger(_name).addHandler(logging.NullHandler())
    logging.getLogger(_name).propagate = False

# pyHanko imports cryptography's DSA key class, which warns on stderr at every start of the CLI
warnings.filterwarnings("ignore", message="DSA is deprecated", module=r"pyhanko\.")

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".tif", ".tiff")


@dataclass(frozen=True)
class TrustAnchors:
    """The official-duty CA certificates the admin imported: roots and issuing CAs (DER)."""

    roots: tuple[bytes, ...] = ()
    intermediates: tuple[bytes, ...] = ()

    @classmethod
    def from_session(cls, session: Session) -> TrustAnchors:
        roots, others = [], []
        for der in session.execute(select(CertAuthority.der).where(
                CertAuthority.deleted.is_(False), CertAuthority.official.is_(True))).scalars():
            cert = x509.load_der_x509_certificate(der)
            (roots if cert.subject == cert.issuer else others).append(der)
        return cls(tuple(roots), tuple(others))


@dataclass(frozen=True)
class SignerIndex:
    """Registered certificates by fingerprint and officers by CCCD (loaded once per run)."""

    by_fingerprint: dict[str, tuple[uuid.UUID, uuid.UUID | None]] = field(default_factory=dict)
    by_cccd: dict[str, uuid.UUID] = field(default_factory=dict)

    @classmethod
    def from_session(cls, session: Session) -> SignerIndex:
        certs = {fp: (cid, oid) for cid, fp, oid in session.execute(
            select(Certificate.id, Certificate.fingerprint, Certificate.officer_id)
            .where(Certificate.deleted.is_(False)))}
        officers = {cccd: oid for oid, cccd in session.execute(
            select(Officer.id, Officer.cccd).where(Officer.deleted.is_(False)))}
        return cls(certs, officers)

    def match(self, fingerprint: str, cccd: str) -> tuple[uuid.UUID | None, uuid.UUID | None]:
        """(certificate id, officer id) of the signer; (None, None) when not registered."""
        if fingerprint in self.by_fingerprint:
            return self.by_fingerprint[fingerprint]
        if cccd and cccd in self.by_cccd:
            return None, self.by_cccd[cccd]
        return None, None


@dataclass
class SignatureResult:
    field: str
    verdict: str
    signer_name: str = ""
    signer_cccd: str = ""
    issuer: str = ""
    fingerprint: str = ""
    signed_at: dt.datetime | None = None
    certificate_id: uuid.UUID | None = None
    officer_id: uuid.UUID | None = None

    def as_json(self) -> dict:
        out = asdict(self)
        out["signed_at"] = self.signed_at.isoformat() if self.signed_at else None
        for key in ("certificate_id", "officer_id"):
            out[key] = str(out[key]) if out[key] else None
        return out


@dataclass
class FileResult:
    verdict: str
    pages: int | None = None
    signatures: list[SignatureResult] = field(default_factory=list)

    @property
    def main(self) -> SignatureResult | None:
        """The signature the record takes its signer and date from: the first valid one, else
        the first that decided the verdict."""
        for sig in self.signatures:
            if sig.verdict == self.verdict:
                return sig
        return self.signatures[0] if self.signatures else None


def _asn1(der: bytes):
    from asn1crypto import x509 as asn1_x509

    return asn1_x509.Certificate.load(der)


def looks_like_pdf(head: bytes) -> bool:
    return b"%PDF-" in head[:1024]


def page_count(reader) -> int | None:
    try:
        return int(reader.root["/Pages"]["/Count"])
    except Exception:  # noqa: BLE001  (a malformed page tree: the count is unknown, not fatal)
        return None


def _signing_time(embedded) -> dt.datetime | None:
    moment = embedded.self_reported_timestamp
    if moment is not None and moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return moment


def _verdict(status, parsed: parse.ParsedCert, moment: dt.datetime | None) -> str:
    from pyhanko.sign.diff_analysis import ModificationLevel

    if not status.intact or not status.valid:
        return "broken"
    if status.docmdp_ok is False or (status.modification_level is not None
                                     and status.modification_level > ModificationLevel.FORM_FILLING):
        return "broken"
    when = moment or utcnow()
    if not parsed.not_before <= when <= parsed.not_after:
        return "expired"
    if status.trusted:
        return EVIDENCE
    if parse.public_ca_marker(parsed.issuer_cn, parsed.issuer_o):
        return "public_ca"
    return "untrusted"


def _check_signature(embedded, trust: TrustAnchors, signers: SignerIndex) -> SignatureResult:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    moment = _signing_time(embedded)
    try:
        cert_der = embedded.signer_cert.dump()
    except Exception:  # noqa: BLE001  (no signer certificate in the CMS: nothing to check)
        return SignatureResult(embedded.field_name or "", "broken", signed_at=moment)
    parsed = parse.describe(x509.load_der_x509_certificate(cert_der))
    context = ValidationContext(
        trust_roots=[_asn1(d) for d in trust.roots], other_certs=[_asn1(d) for d in trust.intermediates],
        moment=moment, allow_fetching=False, revocation_mode="soft-fail")
    try:
        status = validate_pdf_signature(embedded, context)
        verdict = _verdict(status, parsed, moment)
    except Exception:  # noqa: BLE001  (pyHanko refuses a malformed signature: it proves nothing)
        verdict = "broken"
    certificate_id, officer_id = signers.match(parsed.fingerprint, parsed.cccd)
    if verdict == EVIDENCE and officer_id is None:
        verdict = "unknown_signer"
    return SignatureResult(
        embedded.field_name or "", verdict, parsed.subject_cn, parsed.cccd,
        parse.issuer_label(parsed.issuer_cn, parsed.issuer_o), parsed.fingerprint, moment,
        certificate_id, officer_id)


def verify_pdf(data: bytes, trust: TrustAnchors, signers: SignerIndex) -> FileResult:
    """The verdict on a PDF's bytes: not_pdf, unreadable, unsigned, or its signatures'."""
    if not looks_like_pdf(data):
        return FileResult("not_pdf")
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        reader = PdfFileReader(io.BytesIO(data), strict=False)
        pages = page_count(reader)
        embedded = list(reader.embedded_signatures)
    except Exception:  # noqa: BLE001  (pyHanko's many parse errors: the file cannot be read)
        return FileResult("unreadable")
    if not embedded:
        return FileResult("unsigned", pages)
    results = [_check_signature(sig, trust, signers) for sig in embedded]
    verdicts = {r.verdict for r in results}
    worst = next((v for v in SEVERITY if v in verdicts), EVIDENCE)
    return FileResult(worst, pages, results)


def file_kind(name: str) -> str:
    lower = name.lower()
    if lower.endswith(".pdf"):
        return "pdf"
    return "image" if lower.endswith(IMAGE_SUFFIXES) else "other"


def image_pages(data: bytes) -> int | None:
    """Frames of an image (a multi-page TIFF has several); None when it cannot be read."""
    try:
        from PIL import Image

        with Image.open(io.BytesIO(data)) as img:
            return int(getattr(img, "n_frames", 1))
    except Exception:  # noqa: BLE001  (not an image Pillow knows)
        return None


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
