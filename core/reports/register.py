"""Report settings (signer, place, issuing body), the supervisor's notes, and the register of
issued reports: numbers per year and document type, date, signer, file hash, stored document.

No Qt here: the page, the CLI and tests use the same functions.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from dataclasses import asdict, dataclass, field, replace

import orjson
from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from core.reports import wording
from core.reports.model import Document
from core.settings import get_setting, set_setting
from core.text import nfc
from db.errors import N_, UserError, ValidationError
from db.ids import commune_id
from db.models import Commune, Officer, ReportNote, ReportRegister

SETTINGS_KEY = "reports.settings"
AUTHORITIES = ("tm", "tm_kt", "kt", "none")  # TM. UBND / TM. + KT. CHỦ TỊCH / KT. only / none


@dataclass
class ReportSettings:
    place: str = ""  # "Hữu Lũng" — the place of the place-date line
    parent_body: str = ""  # "UBND TỈNH LẠNG SƠN"
    issuing_body: str = ""  # "ỦY BAN NHÂN DÂN XÃ HỮU LŨNG"
    body_symbol: str = "UBND"  # the issuer's letters in "05/BC-UBND"
    signer_id: str = ""  # officer.id of the signer
    signer_title: str = ""  # "CHỦ TỊCH" / "PHÓ CHỦ TỊCH"
    authority: str = "tm"
    recipients: list[str] = field(default_factory=lambda: list(wording.DEFAULT_RECIPIENTS))


def _strip_division(name: str) -> str:
    for prefix in ("Xã ", "Phường ", "Đặc khu ", "Thị trấn ", "Tỉnh ", "Thành phố "):
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def _title_of(position: str) -> str:
    """"Phó Chủ tịch UBND" → "PHÓ CHỦ TỊCH" (the signer's chức vụ without the body)."""
    title = position.split(" UBND")[0].split(" Ủy ban")[0].strip()
    return title.upper()


def default_settings(session: Session) -> ReportSettings:
    commune = session.execute(select(Commune).where(Commune.deleted.is_(False))).scalars().first()
    s = ReportSettings()
    if commune is not None:
        s.place = _strip_division(commune.name)
        s.issuing_body = f"ỦY BAN NHÂN DÂN {commune.name}".upper()
        s.parent_body = f"UBND {commune.province_name}".upper()
    chairman = session.execute(
        select(Officer).where(Officer.deleted.is_(False), Officer.active.is_(True),
                              Officer.is_signer.is_(True))
        .order_by(case((Officer.position.like("Chủ tịch%"), 0),
                       (Officer.position.like("Phó Chủ tịch%"), 1), else_=2),
                  Officer.sort_key)).scalars().first()
    if chairman is not None:
        s.signer_id = str(chairman.id)
        s.signer_title = _title_of(chairman.position)
        s.authority = "tm_kt" if chairman.position.startswith("Phó") else "tm"
    return s


def load_settings(session: Session) -> ReportSettings:
    stored = get_setting(session, SETTINGS_KEY)
    if not stored:
        return default_settings(session)
    known = {k: v for k, v in stored.items() if k in ReportSettings.__dataclass_fields__}
    return ReportSettings(**known)


def save_settings(session: Session, settings: ReportSettings) -> ReportSettings:
    clean = replace(settings, place=nfc(settings.place), parent_body=nfc(settings.parent_body),
                    issuing_body=nfc(settings.issuing_body), signer_title=nfc(settings.signer_title),
                    body_symbol=nfc(settings.body_symbol) or "UBND",
                    recipients=[nfc(r) for r in settings.recipients if nfc(r)])
    if not clean.place:
        raise ValidationError(N_("Enter the place name for the date line."), field="place")
    if not clean.issuing_body:
        raise ValidationError(N_("Enter the issuing body."), field="issuing_body")
    if clean.authority not in AUTHORITIES:
        raise ValidationError(N_("Unknown signing authority {value}."), field="authority",
                              value=clean.authority)
    if clean.signer_id and _signer(session, clean.signer_id) is None:
        raise ValidationError(N_("The chosen signer is not a working officer."), field="signer")
    set_setting(session, SETTINGS_KEY, asdict(clean))
    return clean


def _signer(session: Session, officer_id: str) -> Officer | None:
    try:
        officer = session.get(Officer, uuid.UUID(officer_id))
    except ValueError:
        return None
    return officer if officer is not None and officer.active and not officer.deleted else None


def signer_lines(session: Session, s: ReportSettings) -> tuple[list[str], str]:
    """The bold upper-case lines above the signature, and the signer's full name."""
    officer = _signer(session, s.signer_id) if s.signer_id else None
    lines = []
    if s.authority in ("tm", "tm_kt"):
        lines.append("TM. ỦY BAN NHÂN DÂN")
    if s.authority in ("tm_kt", "kt"):
        lines.append("KT. CHỦ TỊCH")
    title = s.signer_title or (_title_of(officer.position) if officer else "")
    if title:
        lines.append(title.upper())
    return lines, officer.full_name if officer else ""


# the supervisor's free text (section IV) --------------------------------------------------------
def note_id(commune: str, kind: str, period_key: str) -> uuid.UUID:
    """Each commune's note of a period is its own row (two communes write November's)."""
    return commune_id("report_note", commune, f"{kind}:{period_key}")


def _note(session: Session, kind: str, period_key: str) -> ReportNote | None:
    return session.execute(select(ReportNote).where(
        ReportNote.commune_code == _commune_code(session), ReportNote.kind == kind,
        ReportNote.period == period_key)).scalar_one_or_none()


def get_note(session: Session, kind: str, period_key: str) -> str:
    row = _note(session, kind, period_key)
    return row.text if row is not None and not row.deleted else ""


def save_note(session: Session, kind: str, period_key: str, text: str) -> None:
    """Remember what was typed for this period; the text keeps its lines (NFC only)."""
    import unicodedata

    text = unicodedata.normalize("NFC", text or "").strip()
    row = _note(session, kind, period_key)
    if row is None:
        commune = _commune_code(session)
        session.add(ReportNote(id=note_id(commune, kind, period_key), kind=kind,
                               period=period_key, text=text, commune_code=commune))
    elif row.text != text or row.deleted:
        row.text, row.deleted = text, False


def _commune_code(session: Session) -> str:
    from core import settings as keys

    return get_setting(session, keys.COMMUNE_CODE, "")


# the register of issued reports -----------------------------------------------------------------
@dataclass(frozen=True)
class Issued:
    id: uuid.UUID
    symbol: str
    number: int
    issued_on: dt.date
    sha256: str
    signed_by: str = ""  # who signed it digitally ("" = not signed digitally)


def next_number(session: Session, year: int, doc_type: str = "BC") -> int:
    last = session.execute(select(func.max(ReportRegister.number)).where(
        ReportRegister.year == year, ReportRegister.doc_type == doc_type)).scalar()
    return (last or 0) + 1


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def issue(session: Session, kind: str, period_key: str, issued_on: dt.date,
          make_document, render, doc_type: str = "BC") -> tuple[Issued, bytes]:
    """Take the next number of the year, stamp the date, render, and record the file's hash.

    ``make_document(number, issued_on)`` builds the document; ``render(document)`` gives bytes.
    Both run inside the caller's transaction, so a failure leaves no number taken.
    """
    number = next_number(session, issued_on.year, doc_type)
    document: Document = make_document(number, issued_on)
    if document.empty_list:
        raise ValidationError(N_("This list has no one on it for the chosen period, so it cannot "
                                 "be issued with a number. Choose another period; the list can "
                                 "still be previewed, printed and exported."))
    data = render(document)
    settings = load_settings(session)
    lines, name = signer_lines(session, settings)
    row = ReportRegister(
        year=issued_on.year, doc_type=doc_type, number=number,
        symbol=wording.symbol(number, doc_type, settings.body_symbol), kind=kind,
        period=period_key, title=document.summary, issued_on=issued_on, signer_name=name,
        signer_title=lines[-1] if lines else "", file_sha256=sha256(data),
        snapshot=orjson.dumps({**document.to_dict(), "renderer": _renderer()}).decode(),
        commune_code=_commune_code(session))
    session.add(row)
    session.flush()
    return Issued(row.id, row.symbol, number, issued_on, row.file_sha256), data


@dataclass(frozen=True)
class RegisterRow:
    id: uuid.UUID
    symbol: str
    issued_on: dt.date
    kind: str
    period: str
    title: str
    signer_name: str
    sha256: str
    signed_by: str = ""  # the digital signature's signer ("" = not signed digitally)
    signed_sha256: str = ""


def register(session: Session, year: int | None = None) -> list[RegisterRow]:
    stmt = select(ReportRegister).where(ReportRegister.deleted.is_(False))
    if year is not None:
        stmt = stmt.where(ReportRegister.year == year)
    rows = session.execute(stmt.order_by(ReportRegister.year.desc(),
                                         ReportRegister.number.desc())).scalars()
    return [RegisterRow(r.id, r.symbol, r.issued_on, r.kind, r.period, r.title, r.signer_name,
                        r.file_sha256, r.signed_by, r.signed_sha256) for r in rows]


def issued_document(session: Session, register_id: uuid.UUID) -> tuple[Document, Issued]:
    """The document of an issued report, as it was issued."""
    row = session.get(ReportRegister, register_id)
    if row is None or row.deleted:
        raise UserError(N_("This report is not in the register."))
    return (Document.from_dict(orjson.loads(row.snapshot)),
            Issued(row.id, row.symbol, row.number, row.issued_on, row.file_sha256, row.signed_by))


def _renderer() -> int:
    from core.reports.pdf import RENDERER

    return RENDERER


class RedrawnCopy(UserError):
    """The report was issued by a version of Xã Số that drew PDFs differently: the reprint holds
    the issued content but is not the issued file to the byte. ``data`` is that reprint."""

    def __init__(self, symbol: str, data: bytes) -> None:
        super().__init__(N_("Report {symbol} was issued by an earlier version of Xã Số, which laid "
                            "out PDF files slightly differently. This copy is rebuilt from the "
                            "content kept in the register, so it is not the issued file to the "
                            "byte. For the original, use the PDF file saved when it was issued."),
                         symbol=symbol)
        self.data = data


def reprint(session: Session, register_id: uuid.UUID, render) -> bytes:
    """The issued report again, identical to the byte; refuses if the stored copy was altered.

    Issued by a version that drew differently: :class:`RedrawnCopy` carries the rebuilt copy.
    """
    document, issued = issued_document(session, register_id)
    data = render(document)
    drawn_by = orjson.loads(session.get(ReportRegister, register_id).snapshot).get("renderer", 1)
    if sha256(data) != issued.sha256 and drawn_by != _renderer():
        raise RedrawnCopy(issued.symbol, data)
    if sha256(data) != issued.sha256:
        raise UserError(N_("Report {symbol} cannot be printed again identically: its stored copy "
                           "does not match the hash recorded when it was issued."),
                        symbol=issued.symbol)
    return data


@dataclass(frozen=True)
class Summary:
    year: int
    issued: int  # reports issued this year
    latest: RegisterRow | None
    last_month_key: str  # "2026-11"
    last_month_done: bool  # the monthly report of last month is issued


def summary(session: Session, today: dt.date | None = None) -> Summary:
    today = today or dt.date.today()
    last = today.replace(day=1) - dt.timedelta(days=1)
    key = f"{last.year}-{last.month:02d}"
    rows = register(session, today.year)
    done = session.execute(select(func.count()).where(
        ReportRegister.deleted.is_(False), ReportRegister.kind == "monthly",
        ReportRegister.period == key)).scalar_one() > 0
    return Summary(today.year, len(rows), rows[0] if rows else None, key, done)
