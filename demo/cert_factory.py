"""Made-up certificates for the demo, the benchmark and the tests (never for real use).

A chain mimicking the official one (RootCA chuyên dùng Chính phủ G2 → CA phục vụ các cơ quan
Nhà nước G2, O = Ban Cơ yếu Chính phủ) and a public CA. Ed25519 keys derived from a seed:
the same seed gives the same keys and, Ed25519 signatures being deterministic, the same files.
"""

from __future__ import annotations

import datetime as dt
import hashlib

from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.serialization import pkcs7, pkcs12
from cryptography.x509.name import _ASN1Type
from cryptography.x509.oid import NameOID

ROOT_CN = "RootCA chuyên dùng Chính phủ G2"
ISSUING_CN = "CA phục vụ các cơ quan Nhà nước G2"
OFFICIAL_O = "Ban Cơ yếu Chính phủ"
PUBLIC_CN = "VNPT Certification Authority"
PUBLIC_O = "VNPT Group"

_TYPES = {"utf8": _ASN1Type.UTF8String, "bmp": _ASN1Type.BMPString}


def make_name(cn: str, o: str = "", l: str = "", uid: str = "", serial: str = "",  # noqa: E741
              c: str = "VN", string_type: str = "utf8") -> x509.Name:
    """A distinguished name; ``string_type`` "bmp" writes CN/O/L as BMPString (as some CAs do)."""
    kind = _TYPES[string_type]
    attrs = [x509.NameAttribute(NameOID.COUNTRY_NAME, c)] if c else []
    for oid, value in ((NameOID.LOCALITY_NAME, l), (NameOID.ORGANIZATION_NAME, o),
                       (NameOID.COMMON_NAME, cn)):
        if value:
            attrs.append(x509.NameAttribute(oid, value, _type=kind))
    if uid:
        attrs.append(x509.NameAttribute(NameOID.USER_ID, uid))
    if serial:
        attrs.append(x509.NameAttribute(NameOID.SERIAL_NUMBER, serial))
    return x509.Name(attrs)


class CertFactory:
    def __init__(self, seed: int = 2025, today: dt.datetime | None = None) -> None:
        self.seed = seed
        self.now = today or dt.datetime.now(dt.UTC).replace(microsecond=0)
        self.root_key = self.key("root")
        self.issuing_key = self.key("issuing")
        self.public_key = self.key("public")
        start = self.now - dt.timedelta(days=3650)
        end = self.now + dt.timedelta(days=3650)
        self.root_name = make_name(ROOT_CN, OFFICIAL_O)
        self.issuing_name = make_name(ISSUING_CN, OFFICIAL_O)
        self.public_name = make_name(PUBLIC_CN, PUBLIC_O)
        self.root = self._build(self.root_name, self.root_name, self.root_key, self.root_key,
                                start, end, ca=True, serial=1)
        self.issuing = self._build(self.issuing_name, self.root_name, self.issuing_key,
                                   self.root_key, start, end, ca=True, serial=2)
        self.public_root = self._build(self.public_name, self.public_name, self.public_key,
                                       self.public_key, start, end, ca=True, serial=3)

    def key(self, label: str) -> Ed25519PrivateKey:
        seed = hashlib.sha256(f"xaso-demo:{self.seed}:{label}".encode()).digest()
        return Ed25519PrivateKey.from_private_bytes(seed)

    def _build(self, subject, issuer, key, issuer_key, start, end, *, ca=False, serial=0):
        builder = (
            x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
            .public_key(key.public_key()).serial_number(serial or x509.random_serial_number())
            .not_valid_before(start).not_valid_after(end)
            .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=not ca, content_commitment=not ca, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
                encipher_only=False, decipher_only=False), critical=True)
        )
        return builder.sign(issuer_key, None)

    def leaf(self, subject: x509.Name, issuer: str = "official", *, days_valid: int = 3 * 365,
             start: dt.datetime | None = None, key_label: str = "", serial: int = 0,
             issuer_key: Ed25519PrivateKey | None = None) -> x509.Certificate:
        """An end-entity certificate from "official", "public" or "self" (self-signed)."""
        start = start or self.now - dt.timedelta(days=30)
        end = start + dt.timedelta(days=days_valid)
        key = self.key(key_label or subject.rfc4514_string())
        serial = serial or int.from_bytes(
            hashlib.sha256(f"{subject.rfc4514_string()}{start}{issuer}".encode()).digest()[:8], "big")
        if issuer == "self":
            return self._build(subject, subject, key, key, start, end, serial=serial)
        name, signer = ((self.issuing_name, self.issuing_key) if issuer == "official"
                        else (self.public_name, self.public_key))
        return self._build(subject, name, key, issuer_key or signer, start, end, serial=serial)


def pem(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.PEM)


def der(cert: x509.Certificate) -> bytes:
    return cert.public_bytes(serialization.Encoding.DER)


def p7(certs: list[x509.Certificate], encoding: str = "der") -> bytes:
    enc = serialization.Encoding.DER if encoding == "der" else serialization.Encoding.PEM
    return pkcs7.serialize_certificates(certs, enc)


def p12(cert: x509.Certificate, key: Ed25519PrivateKey, password: str,
        extra: list[x509.Certificate] | None = None) -> bytes:
    return pkcs12.serialize_key_and_certificates(
        b"token", key, cert, extra or None,
        serialization.BestAvailableEncryption(password.encode("utf-8")))
