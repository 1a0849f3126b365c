"""Made-up signed PDFs for the demo, the tests and the benchmark (never for real use).

A chain like the official one (RootCA chuyên dùng Chính phủ G2 → CA phục vụ các cơ quan Nhà
nước G2, O = Ban Cơ yếu Chính phủ) and a public CA, with ECDSA P-256 keys (pyHanko signs and
validates them quickly); leaves for officers; PDFs made with reportlab and signed with pyHanko.
"""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12

from demo.cert_factory import ISSUING_CN, OFFICIAL_O, PUBLIC_CN, PUBLIC_O, ROOT_CN, make_name


@dataclass
class Leaf:
    cert: x509.Certificate
    key: ec.EllipticCurvePrivateKey
    chain: list[x509.Certificate]  # issuing CA(s) up to the root

    def p12(self, password: str) -> bytes:
        return pkcs12.serialize_key_and_certificates(
            b"signer", self.key, self.cert, self.chain,
            serialization.BestAvailableEncryption(password.encode("utf-8")))

    def der(self) -> bytes:
        return self.cert.public_bytes(serialization.Encoding.DER)


def _build(subject, issuer, public_key, issuer_key, start, end, *, ca: bool) -> x509.Certificate:
    builder = (
        x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
        .public_key(public_key).serial_number(x509.random_serial_number())
        .not_valid_before(start).not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=ca, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(
            digital_signature=not ca, content_commitment=not ca, key_encipherment=False,
            data_encipherment=False, key_agreement=False, key_cert_sign=ca, crl_sign=ca,
            encipher_only=False, decipher_only=False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    )
    return builder.sign(issuer_key, hashes.SHA256())


class SigningChain:
    """An official-duty chain and a public CA, valid ten years around ``now``."""

    def __init__(self, now: dt.datetime | None = None) -> None:
        self.now = now or dt.datetime.now(dt.UTC).replace(microsecond=0)
        start, end = self.now - dt.timedelta(days=3650), self.now + dt.timedelta(days=3650)
        self.root_key = ec.generate_private_key(ec.SECP256R1())
        self.issuing_key = ec.generate_private_key(ec.SECP256R1())
        self.public_key = ec.generate_private_key(ec.SECP256R1())
        root_name = make_name(ROOT_CN, OFFICIAL_O)
        self.issuing_name = make_name(ISSUING_CN, OFFICIAL_O)
        self.public_name = make_name(PUBLIC_CN, PUBLIC_O)
        self.root = _build(root_name, root_name, self.root_key.public_key(), self.root_key,
                           start, end, ca=True)
        self.issuing = _build(self.issuing_name, root_name, self.issuing_key.public_key(),
                              self.root_key, start, end, ca=True)
        self.public_root = _build(self.public_name, self.public_name, self.public_key.public_key(),
                                  self.public_key, start, end, ca=True)

    def leaf(self, name: str, cccd: str = "", *, issuer: str = "official", agency: str = "",
             start: dt.datetime | None = None, days_valid: int = 3 * 365) -> Leaf:
        """A signing certificate of ``issuer`` "official" or "public"."""
        start = start or self.now - dt.timedelta(days=30)
        key = ec.generate_private_key(ec.SECP256R1())
        subject = make_name(name, agency, uid=f"CCCD:{cccd}" if cccd else "")
        if issuer == "official":
            cert = _build(subject, self.issuing_name, key.public_key(), self.issuing_key,
                          start, start + dt.timedelta(days=days_valid), ca=False)
            return Leaf(cert, key, [self.issuing, self.root])
        cert = _build(subject, self.public_name, key.public_key(), self.public_key,
                      start, start + dt.timedelta(days=days_valid), ca=False)
        return Leaf(cert, key, [self.public_root])

    def roots_pem(self) -> bytes:
        return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in (self.root, self.issuing))


def plain_pdf(title: str, pages: int = 1) -> bytes:
    """A small scanned-record stand-in: ``pages`` pages with a title."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    c = canvas.Canvas(out, pagesize=A4)
    c.setTitle(title)
    for page in range(1, pages + 1):
        c.drawString(72, 760, f"{title} - page {page}")
        c.showPage()
    c.save()
    return out.getvalue()


def _signer(leaf: Leaf):
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509 as asn1_x509
    from pyhanko.sign import signers
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    der = serialization.Encoding.DER
    key = asn1_keys.PrivateKeyInfo.load(leaf.key.private_bytes(
        der, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    cert = asn1_x509.Certificate.load(leaf.cert.public_bytes(der))
    others = [asn1_x509.Certificate.load(c.public_bytes(der)) for c in leaf.chain]
    return signers.SimpleSigner(signing_cert=cert, signing_key=key,
                                cert_registry=SimpleCertificateStore.from_certs(others))


def sign_pdf(pdf: bytes, leaf: Leaf, field: str = "Signature1") -> bytes:
    """``pdf`` signed by ``leaf`` with pyHanko (an incremental update, invisible signature)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    out = signers.sign_pdf(writer, signers.PdfSignatureMetadata(field_name=field),
                           signer=_signer(leaf))
    return out.getvalue()


def edit_after_signing(signed: bytes) -> bytes:
    """A later incremental update that changes the page content (breaks the signature's scope)."""
    from pyhanko.pdf_utils import generic
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    writer = IncrementalPdfFileWriter(io.BytesIO(signed))
    page_ref = writer.root["/Pages"]["/Kids"][0]
    page = page_ref.get_object()
    stream = generic.StreamObject(stream_data=b"BT /F1 24 Tf 72 700 Td (SUA DOI) Tj ET")
    page["/Contents"] = writer.add_object(stream)
    writer.update_container(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()
