"""Reading certificate files (PEM, DER, PKCS#7, PKCS#12) and classifying what they hold.

Plain functions over bytes: no database, no Qt. Private keys found in a PKCS#12 file are
dropped at once; only certificates leave this module.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12
from cryptography.x509.oid import ExtensionOID, NameOID

from core.text import fold, nfc
from db.errors import N_, UserError

SUFFIXES = (".pem", ".crt", ".cer", ".der", ".p7b", ".p7c", ".p12", ".pfx")
PKCS12_SUFFIXES = (".p12", ".pfx")
MAX_FILE_SIZE = 1_000_000  # a certificate file is a few kB; anything bigger is not one

# Ban Cơ yếu Chính phủ (DOMAIN.md): the names its CAs carry. Their keys are not published with
# this app; the admin imports the CA certificates to have signatures verified too.
OFFICIAL_CA_NAMES = (
    "RootCA chuyên dùng Chính phủ G2",
    "CA phục vụ các cơ quan Nhà nước G2",
    "RootCA chuyên dùng Chính phủ",
    "CA phục vụ các cơ quan Nhà nước",
)
OFFICIAL_ORGANISATION = "Ban Cơ yếu Chính phủ"
# Public CAs (DOMAIN.md): not allowed for state business. Matched on the folded issuer name.
PUBLIC_CA_MARKERS = (
    "vnpt", "viettel", "fpt", "misa", "bkav", "nacencomm", "ca2", "smartsign", "efy",
    "newtel", "safe-ca", "vina-ca", "trust-ca", "cmc", "easyca", "i-ca", "winca", "ls-ca",
)

KIND_TEXTS = {
    "official_duty": N_("Official duty"),
    "public_ca": N_("Public CA"),
    "unknown": N_("Unknown"),
}

# why a certificate got its kind: key -> sentence shown in the UI
REASONS = {
    "official_verified": N_("Issued by {issuer} (Ban Cơ yếu Chính phủ); the signature was "
                            "checked against the imported CA certificate."),
    "official_name": N_("The issuer {issuer} is a CA of Ban Cơ yếu Chính phủ (matched by name; "
                        "import the CA certificate to have the signature checked too)."),
    "bad_signature": N_("The issuer calls itself {issuer}, but the signature does not match the "
                        "CA certificate of that name: treat this certificate as not genuine."),
    "public_name": N_("Issued by the public CA {issuer}: not allowed for state business."),
    "self_signed": N_("Self-signed: nobody vouches for this certificate."),
    "unknown_issuer": N_("Issued by {issuer}, which is neither Ban Cơ yếu Chính phủ nor a known "
                         "public CA."),
}

_CCCD = re.compile(r"(?<!\d)(\d{12})(?!\d)")
_TAX_CODE = re.compile(r"MST\s*[:：]", re.IGNORECASE)
_KEY_USAGES = (
    "digital_signature", "content_commitment", "key_encipherment", "data_encipherment",
    "key_agreement", "key_cert_sign", "crl_sign",
)


class PasswordNeeded(UserError):
    """A PKCS#12 file whose password was not given or is wrong."""


@dataclass
class ParsedCert:
    der: bytes
    fingerprint: str
    serial: str
    subject_cn: str
    subject_o: str
    subject_l: str
    subject_uid: str
    subject_serial: str
    issuer_cn: str
    issuer_o: str
    not_before: dt.datetime
    not_after: dt.datetime
    key_usage: str
    is_ca: bool
    self_signed: bool
    cert: x509.Certificate = field(repr=False)

    @property
    def cccd(self) -> str:
        """The 12-digit citizen ID from UID or serialNumber ("CCCD:020190001234"), or ""."""
        for value in (self.subject_uid, self.subject_serial):
            found = _CCCD.search(value)
            if found:
                return found.group(1)
        return ""

    @property
    def subscriber(self) -> str:
        if self.cccd:
            return "individual"
        if _TAX_CODE.search(self.subject_uid) or _TAX_CODE.search(self.subject_serial):
            return "organisation"
        if self.subject_cn and fold(self.subject_cn) == fold(self.subject_o):
            return "organisation"
        return "individual"


@dataclass
class Classification:
    kind: str  # official_duty / public_ca / unknown
    reason: str  # a key of REASONS
    verified: bool = False


def _attr(name: x509.Name, oid: x509.ObjectIdentifier) -> str:
    # cryptography decodes every ASN.1 string type (UTF8, BMP, Printable, Teletex…) to str
    return nfc(", ".join(str(a.value) for a in name.get_attributes_for_oid(oid)))


def _key_usage(cert: x509.Certificate) -> str:
    try:
        usage = cert.extensions.get_extension_for_oid(ExtensionOID.KEY_USAGE).value
    except (x509.ExtensionNotFound, ValueError):
        return ""
    found = []
    for name in _KEY_USAGES:
        try:
            if getattr(usage, name):
                found.append(name)
        except ValueError:
            pass
    return ",".join(found)


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_oid(ExtensionOID.BASIC_CONSTRAINTS).value.ca)
    except (x509.ExtensionNotFound, ValueError):
        return False


def describe(cert: x509.Certificate) -> ParsedCert:
    der = cert.public_bytes(serialization.Encoding.DER)
    subject, issuer = cert.subject, cert.issuer
    return ParsedCert(
        der=der,
        fingerprint=hashlib.sha256(der).hexdigest(),
        serial=format(cert.serial_number, "X"),
        subject_cn=_attr(subject, NameOID.COMMON_NAME),
        subject_o=_attr(subject, NameOID.ORGANIZATION_NAME),
        subject_l=_attr(subject, NameOID.LOCALITY_NAME),
        subject_uid=_attr(subject, NameOID.USER_ID),
        subject_serial=_attr(subject, NameOID.SERIAL_NUMBER),
        issuer_cn=_attr(issuer, NameOID.COMMON_NAME),
        issuer_o=_attr(issuer, NameOID.ORGANIZATION_NAME),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        key_usage=_key_usage(cert),
        is_ca=_is_ca(cert),
        self_signed=subject == issuer,
        cert=cert,
    )


_PKCS7_DATA_OID = bytes.fromhex("06092a864886f70d010701")  # every PFX starts with this content


def looks_like_pkcs12(data: bytes) -> bool:
    return data[:1] == b"\x30" and _PKCS7_DATA_OID in data[:64]


def _from_pkcs12(path: Path, data: bytes, password: str | None) -> list[x509.Certificate]:
    if not looks_like_pkcs12(data):
        raise ValueError("not a PKCS#12 file")
    secret = password.encode("utf-8") if password else None
    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, secret)
    except ValueError as err:
        if password:
            raise PasswordNeeded(N_("{file}: the password is wrong."), file=path.name) from err
        raise PasswordNeeded(N_("{file}: this PKCS#12 file needs its password."),
                             file=path.name) from err
    del key  # the private key is never kept, not even in memory longer than this
    return ([cert] if cert is not None else []) + list(extra or [])


def _certificates(path: Path, data: bytes, password: str | None) -> list[x509.Certificate]:
    suffix = path.suffix.lower()
    if suffix in PKCS12_SUFFIXES:
        return _from_pkcs12(path, data, password)
    if b"-----BEGIN PKCS7-----" in data:
        return pkcs7.load_pem_pkcs7_certificates(data)
    if b"-----BEGIN" in data:
        return x509.load_pem_x509_certificates(data)
    try:
        return [x509.load_der_x509_certificate(data)]
    except ValueError:
        pass
    try:
        return pkcs7.load_der_pkcs7_certificates(data)
    except ValueError:
        pass
    return _from_pkcs12(path, data, password)  # a .p12 renamed .cer


def read_file(path: Path, password: str | None = None) -> list[ParsedCert]:
    """Every certificate in a file, or a UserError naming the file and the reason."""
    try:
        if path.stat().st_size > MAX_FILE_SIZE:
            raise UserError(N_("{file}: the file is too large to be a certificate."),
                            file=path.name)
        data = path.read_bytes()
    except OSError as err:
        raise UserError(N_("{file}: cannot be read ({reason})."), file=path.name,
                        reason=err.strerror or str(err)) from err
    if not data.strip():
        raise UserError(N_("{file}: the file is empty."), file=path.name)
    try:
        certs = _certificates(path, data, password)
    except PasswordNeeded:
        raise
    except (ValueError, TypeError) as err:
        raise UserError(N_("{file}: not a certificate, or the file is damaged (cut off or "
                           "changed)."), file=path.name) from err
    if not certs:
        raise UserError(N_("{file}: the file holds no certificate."), file=path.name)
    try:
        return [describe(c) for c in certs]
    except ValueError as err:
        raise UserError(N_("{file}: not a certificate, or the file is damaged (cut off or "
                           "changed)."), file=path.name) from err


def collect_files(paths: list[Path]) -> list[Path]:
    """The certificate files among ``paths``; folders are searched (not their sub-folders)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir()
                                if p.is_file() and p.suffix.lower() in SUFFIXES))
        else:
            found.append(path)
    return found


# classification ---------------------------------------------------------------------------
def is_official_name(cn: str, o: str) -> bool:
    folded = fold(cn)
    return fold(o) == fold(OFFICIAL_ORGANISATION) or any(
        folded == fold(name) for name in OFFICIAL_CA_NAMES)


def public_ca_marker(cn: str, o: str) -> str | None:
    text = f" {fold(cn)} {fold(o)} "
    for marker in PUBLIC_CA_MARKERS:
        if re.search(rf"(?<![a-z0-9]){re.escape(marker)}(?![a-z0-9])", text):
            return marker
    return None


def _signed_by(cert: x509.Certificate, ca: x509.Certificate) -> bool:
    try:
        cert.verify_directly_issued_by(ca)
    except Exception:  # noqa: BLE001  (InvalidSignature, wrong key type…: not signed by it)
        return False
    return True


def classify(parsed: ParsedCert, known_cas: dict[x509.Name, list[x509.Certificate]]) -> Classification:
    """official_duty / public_ca / unknown, with the reason shown to the clerk.

    ``known_cas`` maps a CA subject name to CA certificates (imported by the admin, or found in
    the same file): when the issuer is among them the signature is checked, not just the name.
    """
    if parsed.self_signed:
        return Classification("unknown", "self_signed")
    if is_official_name(parsed.issuer_cn, parsed.issuer_o):
        candidates = known_cas.get(parsed.cert.issuer, [])
        if not candidates:
            return Classification("official_duty", "official_name")
        if any(_signed_by(parsed.cert, ca) for ca in candidates):
            return Classification("official_duty", "official_verified", verified=True)
        return Classification("unknown", "bad_signature")
    if public_ca_marker(parsed.issuer_cn, parsed.issuer_o):
        return Classification("public_ca", "public_name")
    return Classification("unknown", "unknown_issuer")


def issuer_label(cn: str, o: str) -> str:
    return cn if not o or o == cn else f"{cn} ({o})"


def explain(reason: str, issuer_cn: str, issuer_o: str, translate=None) -> str:
    template = REASONS.get(reason, REASONS["unknown_issuer"])
    text = translate(template) if translate else template
    return text.format(issuer=issuer_label(issuer_cn, issuer_o))
