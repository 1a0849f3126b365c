"""Real certificate files made with cryptography, and the officers they belong to."""

from __future__ import annotations

import datetime as dt
import os
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509

from core.officers import registry as officer_service
from core.officers.registry import OfficerInput
from demo.cert_factory import CertFactory, der, make_name, p7, p12, pem

P12_PASSWORD = "mật-khẩu-123"
OFFICERS = [
    OfficerInput("Nguyễn Văn An", "020190001234", department="Văn phòng HĐND-UBND"),
    OfficerInput("Trần Thị Bình", "020190005678", department="Văn phòng HĐND-UBND"),
    OfficerInput("Lê Văn Cường", "020190002222", department="Phòng Kinh tế"),
    OfficerInput("Phạm Thị Dung", "020190003333", department="Phòng Kinh tế"),
    OfficerInput("Hoàng Văn Em", "020190004444", department="Phòng Văn hóa - Xã hội"),
    OfficerInput("Vũ Thị Giang", "020190006666", department="Phòng Văn hóa - Xã hội"),
    OfficerInput("Bùi Văn Hùng", "020190007777", department="Phòng Kinh tế"),
    OfficerInput("Nguyễn Thị Hoa", "020190008881", department="Phòng Kinh tế"),
    OfficerInput("Nguyễn Thị Hoa", "020190008882", department="Văn phòng HĐND-UBND"),
    OfficerInput("Đặng Văn Khoa", "020190009999", department="Phòng Kinh tế"),
]
AGENCY = "UBND xã Hữu Lũng"


def add_officers(session) -> dict[str, object]:
    """CCCD -> officer id."""
    return {o.cccd: officer_service.create(session, o).id for o in OFFICERS}


@dataclass
class CertFiles:
    folder: Path
    factory: CertFactory
    expected: dict[str, tuple[str, str]]  # file -> (kind, match basis)
    p12: Path
    broken: list[Path]


def write_cert_folder(folder: Path, factory: CertFactory | None = None) -> CertFiles:
    f = factory or CertFactory(seed=7)
    now = f.now
    folder.mkdir(parents=True, exist_ok=True)
    expected: dict[str, tuple[str, str]] = {}

    def put(name: str, data: bytes, kind: str, basis: str) -> None:
        (folder / name).write_bytes(data)
        expected[name] = (kind, basis)

    an = f.leaf(make_name("Nguyễn Văn An", AGENCY, "Lạng Sơn", uid="CCCD:020190001234"))
    put("an.crt", pem(an), "official_duty", "cccd")
    binh = f.leaf(make_name("Trần Thị Bình", AGENCY, "Lạng Sơn", serial="CCCD:020190005678",
                            string_type="bmp"))
    put("binh.cer", der(binh), "official_duty", "cccd")
    # the name written decomposed (NFD), as some tools do; no CCCD: matched by NFC name
    nfd = unicodedata.normalize("NFD", "Lê Văn Cường")
    cuong = f.leaf(make_name(nfd, "Công ty ABC"), issuer="public")
    put("cuong-vnpt.der", der(cuong), "public_ca", "name")
    dung = f.leaf(make_name("Phạm Thị Dung", AGENCY, uid="CCCD:020190003333"),
                  start=now - dt.timedelta(days=800), days_valid=730)
    put("dung-expired.pem", pem(dung), "official_duty", "cccd")
    em = f.leaf(make_name("Hoàng Văn Em", AGENCY, uid="020190004444"),
                start=now + dt.timedelta(days=10))
    put("em-not-yet.crt", pem(em), "official_duty", "cccd")
    self_signed = f.leaf(make_name("Đặng Văn Khoa", "Tự cấp", uid="CCCD:020190009999"), issuer="self")
    put("khoa-self.crt", pem(self_signed), "unknown", "cccd")
    org = f.leaf(make_name(AGENCY, AGENCY, "Lạng Sơn", uid="MST:4900123456"))
    put("ubnd-org.cer", pem(org), "official_duty", "organisation")
    hung = f.leaf(make_name("Bùi Văn Hùng", AGENCY, uid="CCCD:020190007777"))
    put("hung-chain.p7b", p7([hung, f.issuing, f.root]), "official_duty", "cccd")
    hoa = f.leaf(make_name("Nguyễn Thị Hoa", AGENCY))
    put("hoa.pem", pem(hoa), "official_duty", "ambiguous")
    nobody = f.leaf(make_name("Ngô Văn Vắng", AGENCY, uid="CCCD:020190000000"))
    put("vang.cer", der(nobody), "official_duty", "no_match")
    giang_key = f.key("giang")
    giang = f.leaf(make_name("Vũ Thị Giang", AGENCY, uid="CCCD:020190006666"), key_label="giang")
    p12_path = folder / "giang.p12"
    p12_path.write_bytes(p12(giang, giang_key, P12_PASSWORD, [f.issuing]))
    expected["giang.p12"] = ("official_duty", "cccd")

    broken_dir = folder.parent / (folder.name + "-broken")
    broken_dir.mkdir(exist_ok=True)
    truncated = broken_dir / "cat-ngang.crt"
    truncated.write_bytes(pem(an)[:300])
    random_bytes = broken_dir / "ngau-nhien.cer"
    random_bytes.write_bytes(os.urandom(700))
    return CertFiles(folder, f, expected, p12_path, [truncated, random_bytes])


def forged_official(f: CertFactory, subject: x509.Name) -> x509.Certificate:
    """Claims the official issuing CA's name but is signed with another key."""
    return f.leaf(subject, issuer_key=f.key("forger"))
