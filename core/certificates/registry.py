"""Signing certificates: import (preview, then all-or-nothing), officer matching, lifecycle, list.

Reading and classifying files is in cert_parse; requests and support tickets in cert_requests;
alerts and coverage in cert_status.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cryptography import x509
from sqlalchemy import Select, func, or_, select
from sqlalchemy.orm import Session

from core.certificates import parse
from core.paging import PageRequest, fetch_page, row_key
from core.rows import live_row
from core.text import fold, format_date, nfc, search_terms
from db.base import utcnow
from db.changes import bulk_insert, context_of
from db.errors import N_, UserError, ValidationError
from db.ids import commune_id
from db.models import CertAuthority, Certificate, Officer
from db.models.certificates import CARRIERS, CERT_STATUSES, SUBSCRIBERS

Progress = Callable[[int, int], None]
VIETNAM = dt.timezone(dt.timedelta(hours=7), "ICT")  # end dates as the officer reads them


def certificate_id_for(commune: str, fingerprint: str) -> uuid.UUID:
    """The same certificate file imported in two communes makes two rows (one each)."""
    return commune_id("certificate", commune, fingerprint)


# reading ----------------------------------------------------------------------------------
@dataclass
class FileRead:
    path: Path
    certs: list[parse.ParsedCert] = field(default_factory=list)
    error: UserError | None = None


def read_files(paths: Iterable[Path], password: str | None = None,
               progress: Progress | None = None) -> list[FileRead]:
    files = parse.collect_files(list(paths))
    out: list[FileRead] = []
    for i, path in enumerate(files):
        try:
            out.append(FileRead(path, parse.read_file(path, password)))
        except UserError as err:
            out.append(FileRead(path, error=err))
        if progress and i % 50 == 0:
            progress(i, len(files))
    return out


# matching ---------------------------------------------------------------------------------
def _name_key(name: str) -> str:
    return nfc(name).casefold()


class OfficerIndex:
    """Officers by CCCD and by NFC name, loaded once per import."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(
            select(Officer.id, Officer.full_name, Officer.cccd).where(Officer.deleted.is_(False))
        ).all()
        self.names = {r.id: r.full_name for r in rows}
        self.by_cccd = {r.cccd: r.id for r in rows}
        self.by_name: dict[str, list[uuid.UUID]] = {}
        for r in rows:
            self.by_name.setdefault(_name_key(r.full_name), []).append(r.id)

    def match(self, cert: parse.ParsedCert) -> tuple[uuid.UUID | None, str]:
        """(officer id, basis): basis cccd / name, or the problem: ambiguous / no_match /
        organisation (an organisation's certificate belongs to no officer)."""
        cccd = cert.cccd
        if cccd and cccd in self.by_cccd:
            return self.by_cccd[cccd], "cccd"
        if cert.subscriber == "organisation":
            return None, "organisation"
        found = self.by_name.get(_name_key(cert.subject_cn), [])
        if len(found) == 1:
            return found[0], "name"
        return None, "ambiguous" if found else "no_match"


MATCH_TEXTS = {
    "cccd": N_("matched by CCCD"),
    "name": N_("matched by name"),
    "ambiguous": N_("several officers have this name: choose one in the review list"),
    "no_match": N_("no officer with this CCCD or name: assign it in the review list"),
    "organisation": N_("organisation certificate (belongs to no officer)"),
}

STATUS_TEXTS = {
    "active": N_("In use"),
    "suspended": N_("Suspended"),
    "revoked": N_("Revoked"),
    "expired": N_("Expired"),
    "replaced": N_("Replaced"),
}
CARRIER_TEXTS = {"": N_("Not stated"), "token": N_("USB token"), "sim": N_("SIM PKI"),
                 "remote": N_("Remote signing")}
SUBSCRIBER_TEXTS = {"individual": N_("Individual"), "organisation": N_("Organisation"),
                    "device": N_("Device")}


def known_cas(session: Session) -> dict[x509.Name, list[x509.Certificate]]:
    cas: dict[x509.Name, list[x509.Certificate]] = {}
    for der in session.execute(select(CertAuthority.der).where(CertAuthority.deleted.is_(False))).scalars():
        cert = x509.load_der_x509_certificate(der)
        cas.setdefault(cert.subject, []).append(cert)
    return cas


# import preview / apply -------------------------------------------------------------------
@dataclass(frozen=True)
class Held:
    """A certificate of the officer's that an import would replace, or that would replace it: as
    the clerk knows it (the name on it, its serial, its end, its file, whether it is still valid)."""

    subject_cn: str
    serial: str
    not_after: dt.datetime
    file_name: str
    valid: bool  # in use and not expired at the preview
    in_file: bool = False  # another file of the same import, not a certificate already kept


@dataclass
class ImportItem:
    file: str
    cert: parse.ParsedCert
    kind: parse.Classification
    officer_id: uuid.UUID | None
    officer_name: str
    match: str
    duplicate: bool
    # what link_renewals will do once it is written: the officer's older certificates of the same
    # kind it replaces, or the newer one that replaces it straight away
    replaces: list[Held] = field(default_factory=list)
    replaced_by: Held | None = None

    @property
    def replaces_valid(self) -> bool:
        """It takes the place of a certificate still in use (the clerk should know)."""
        return any(h.valid and not h.in_file for h in self.replaces)


@dataclass
class ImportPreview:
    items: list[ImportItem]
    errors: list[UserError]
    skipped_cas: int = 0
    error_files: list[Path] = field(default_factory=list)  # the file of each error, in order
    left_out: list[Path] = field(default_factory=list)  # unreadable files the clerk took out

    @property
    def has_errors(self) -> bool:
        return bool(self.errors)

    @property
    def new_items(self) -> list[ImportItem]:
        return [i for i in self.items if not i.duplicate]

    @property
    def duplicates(self) -> int:
        return sum(1 for i in self.items if i.duplicate)

    @property
    def unmatched(self) -> int:
        return sum(1 for i in self.new_items if i.match in ("ambiguous", "no_match"))

    @property
    def replacing(self) -> int:
        """New certificates that take the place of one still in use."""
        return sum(1 for i in self.new_items if i.replaces_valid)

    @property
    def password_needed(self) -> bool:
        return any(isinstance(e, parse.PasswordNeeded) for e in self.errors)

    def without(self, paths: Iterable[Path]) -> ImportPreview:
        """The same preview with the unreadable ``paths`` left out of the import (they brought
        no certificate, so nothing else changes); the rest need not be read again."""
        gone = set(paths) & set(self.error_files)
        kept = [(e, p) for e, p in zip(self.errors, self.error_files, strict=True) if p not in gone]
        return ImportPreview(self.items, [e for e, _ in kept], self.skipped_cas, [p for _, p in kept],
                             self.left_out + [p for p in self.error_files if p in gone])


def preview(session: Session, files: list[FileRead]) -> ImportPreview:
    """What an import would do, file by file; nothing is written."""
    index = OfficerIndex(session)
    cas = known_cas(session)
    fingerprints = [c.fingerprint for f in files for c in f.certs]
    existing: set[str] = set()
    for start in range(0, len(fingerprints), 900):
        existing.update(session.execute(select(Certificate.fingerprint).where(
            Certificate.fingerprint.in_(fingerprints[start:start + 900]))).scalars())
    items: list[ImportItem] = []
    errors: list[UserError] = []
    error_files: list[Path] = []
    skipped = 0
    for read in files:
        if read.error is not None:
            errors.append(read.error)
            error_files.append(read.path)
            continue
        for cert in read.certs:
            if cert.is_ca:  # a chain shipped along; CAs are imported by the admin on purpose
                skipped += 1
                continue
            officer_id, basis = index.match(cert)
            items.append(ImportItem(
                read.path.name, cert, parse.classify(cert, cas), officer_id,
                index.names.get(officer_id, "") if officer_id else "", basis,
                cert.fingerprint in existing))
            existing.add(cert.fingerprint)
    _renewals(session, [i for i in items if not i.duplicate and i.officer_id is not None])
    return ImportPreview(items, errors, skipped, error_files)


def _renewals(session: Session, items: list[ImportItem]) -> None:
    """Per officer and kind, what link_renewals will do after the import: the newest certificate
    (kept or imported) replaces the older ones in use or expired."""
    if not items:
        return
    now = utcnow()
    officers = list({i.officer_id for i in items})
    held: dict[tuple, list[tuple[dt.datetime, Held, ImportItem | None]]] = {}
    for start in range(0, len(officers), 900):
        for c in session.execute(select(  # not the certificate bytes
                Certificate.officer_id, Certificate.kind, Certificate.subject_cn, Certificate.serial,
                Certificate.not_after, Certificate.file_name, Certificate.status).where(
                Certificate.officer_id.in_(officers[start:start + 900]), Certificate.deleted.is_(False),
                Certificate.status.in_(("active", "expired")))):
            valid = c.status == "active" and _aware(c.not_after) > now
            held.setdefault((c.officer_id, c.kind), []).append(
                (_aware(c.not_after), Held(c.subject_cn, c.serial, _aware(c.not_after), c.file_name, valid),
                 None))
    for item in items:
        c = item.cert
        held.setdefault((item.officer_id, item.kind.kind), []).append(
            (c.not_after, Held(c.subject_cn, c.serial, c.not_after, item.file, c.not_after > now, True),
             item))
    for group in held.values():
        newest_end, newest, newest_item = max(group, key=lambda g: (g[0], g[2] is None))
        for end, known, item in group:
            if end >= newest_end:
                continue
            if newest_item is not None:
                newest_item.replaces.append(known)
            if item is not None:
                item.replaced_by = newest


def _held_text(held: Held, tr: Callable[[str], str]) -> str:
    return tr(N_("“{name}” valid until {date} (file {file})")).format(
        name=held.subject_cn, date=format_date(held.not_after.astimezone(VIETNAM).date()),
        file=held.file_name or "—")


def renewal_texts(item: ImportItem, tr: Callable[[str], str]) -> list[str]:
    """What importing ``item`` does to the officer's other certificates of the same kind, in
    words (the app's preview and xaso-admin import-certs say the same)."""
    texts = []
    for held in item.replaces:
        if held.in_file:
            texts.append(tr(N_("replaces the certificate of the file {file}")).format(file=held.file_name))
        elif held.valid:
            texts.append(tr(N_("replaces {certificate}, still in use")).format(
                certificate=_held_text(held, tr)))
        else:
            texts.append(tr(N_("replaces {certificate}, expired")).format(certificate=_held_text(held, tr)))
    if item.replaced_by is not None:
        texts.append(tr(N_("older than {certificate}: kept as Replaced")).format(
            certificate=_held_text(item.replaced_by, tr)))
    return texts

def _aware(moment: dt.datetime) -> dt.datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


def _row(item: ImportItem, now: dt.datetime, commune: str) -> dict:
    c = item.cert
    return {
        "id": certificate_id_for(commune, c.fingerprint), "der": c.der, "fingerprint": c.fingerprint,
        "serial": c.serial, "subject_cn": c.subject_cn, "subject_o": c.subject_o,
        "subject_l": c.subject_l, "subject_uid": c.subject_uid, "subject_serial": c.subject_serial,
        "issuer_cn": c.issuer_cn, "issuer_o": c.issuer_o, "not_before": c.not_before,
        "not_after": c.not_after, "key_usage": c.key_usage, "kind": item.kind.kind,
        "kind_reason": item.kind.reason, "signature_verified": item.kind.verified,
        "carrier": "", "subscriber": c.subscriber,
        "status": "expired" if c.not_after <= now else "active",
        "officer_id": item.officer_id,
        "match_problem": item.match if item.match in ("ambiguous", "no_match") else "",
        "replaced_by_id": None, "file_name": item.file[:256], "note": "",
        "search_key": " " + " ".join(fold(p) for p in (c.subject_cn, c.subject_o, c.subject_uid,
                                                       c.subject_serial) if p)[:510],
    }


def apply(session: Session, result: ImportPreview) -> int:
    """Insert the new certificates in the caller's transaction; refuses if any file failed."""
    if result.has_errors:
        raise ValidationError(N_("Some files could not be read, so nothing was imported: "
                                 "{files}."), files=", ".join(e.params.get("file", "")
                                                               for e in result.errors))
    now = utcnow()
    commune = context_of(session).commune_code
    rows = [_row(item, now, commune) for item in result.new_items]
    bulk_insert(session, Certificate, rows)
    officers = {r["officer_id"] for r in rows if r["officer_id"] is not None}
    link_renewals(session, officers)
    return len(rows)


# lifecycle --------------------------------------------------------------------------------
def get(session: Session, cert_id: uuid.UUID) -> Certificate:
    return live_row(session, Certificate, cert_id,
                    N_("This certificate no longer exists (deleted on this or another PC)."))


def link_renewals(session: Session, officer_ids: Iterable[uuid.UUID]) -> int:
    """For each officer, older active certificates of the same kind are replaced by the newest."""
    linked = 0
    for officer_id in officer_ids:
        certs = session.execute(
            select(Certificate).where(Certificate.officer_id == officer_id,
                                      Certificate.deleted.is_(False),
                                      Certificate.status.in_(("active", "expired")))
            .order_by(Certificate.not_after.desc())
        ).scalars().all()
        newest: dict[str, Certificate] = {}
        for cert in certs:
            latest = newest.setdefault(cert.kind, cert)
            if latest is not cert and cert.not_after < latest.not_after:
                cert.status = "replaced"
                cert.replaced_by_id = latest.id
                linked += 1
        from core.certificates.requests import close_requests_for

        for cert in newest.values():
            if cert.kind == "official_duty":
                close_requests_for(session, officer_id, cert)
    session.flush()
    return linked


def assign(session: Session, cert_id: uuid.UUID, officer_id: uuid.UUID) -> Certificate:
    """The clerk says whose certificate this is (from the review list)."""
    cert = get(session, cert_id)
    officer = session.get(Officer, officer_id)
    if officer is None or officer.deleted:
        raise ValidationError(N_("This officer no longer exists (deleted on this or another PC)."))
    cert.officer_id = officer_id
    cert.match_problem = ""
    session.flush()
    link_renewals(session, [officer_id])
    return cert


def update_details(session: Session, cert_id: uuid.UUID, *, status: str, carrier: str,
                   subscriber: str, note: str = "") -> Certificate:
    cert = get(session, cert_id)
    if status not in CERT_STATUSES or carrier not in CARRIERS or subscriber not in SUBSCRIBERS:
        raise ValidationError(N_("Choose a status, carrier and subscriber type from the lists."))
    for name, value in (("status", status), ("carrier", carrier), ("subscriber", subscriber),
                        ("note", nfc(note))):
        if getattr(cert, name) != value:
            setattr(cert, name, value)
    session.flush()
    return cert


def import_ca(session: Session, path: Path) -> tuple[int, int]:
    """Trust the CA certificates of a file; re-classifies the stored certificates.
    Returns (CAs added, certificates whose classification changed)."""
    certs = [c for c in parse.read_file(path) if c.is_ca or c.self_signed]
    if not certs:
        raise UserError(N_("{file}: holds no CA certificate."), file=path.name)
    added = 0
    for c in certs:
        ca_id = commune_id("cert_authority", context_of(session).commune_code, c.fingerprint)
        if session.get(CertAuthority, ca_id) is None:
            session.add(CertAuthority(
                id=ca_id, der=c.der, fingerprint=c.fingerprint, subject_cn=c.subject_cn,
                subject_o=c.subject_o, not_after=c.not_after,
                official=parse.is_official_name(c.subject_cn, c.subject_o)))
            added += 1
    session.flush()
    return added, reclassify(session)


def reclassify(session: Session) -> int:
    cas = known_cas(session)
    changed = 0
    for cert in session.execute(select(Certificate).where(Certificate.deleted.is_(False))).scalars():
        result = parse.classify(parse.describe(x509.load_der_x509_certificate(cert.der)), cas)
        if (cert.kind, cert.kind_reason, cert.signature_verified) != (
                result.kind, result.reason, result.verified):
            cert.kind, cert.kind_reason, cert.signature_verified = (
                result.kind, result.reason, result.verified)
            changed += 1
    session.flush()
    return changed


# listing ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class CertQuery:
    commune_code: str = ""
    search: str = ""
    view: str = "all"  # all / review / expiring / public_ca / official_duty
    sort: str = "not_after"
    descending: bool = False


@dataclass(frozen=True)
class CertRow:
    id: uuid.UUID
    officer_name: str
    subject_cn: str
    subject_o: str
    issuer_cn: str
    issuer_o: str
    kind: str
    kind_reason: str
    status: str
    carrier: str
    subscriber: str
    not_before: dt.datetime
    not_after: dt.datetime
    match_problem: str
    officer_id: uuid.UUID | None
    key: tuple = field(compare=False)

    @property
    def days_left(self) -> int:
        return (self.not_after - utcnow()).days

    @property
    def shown_status(self) -> str:
        return "expired" if self.status == "active" and self.not_after <= utcnow() else self.status


SORT_COLUMNS = {
    "not_after": Certificate.not_after,
    "officer": func.coalesce(Officer.sort_key, ""),
    "subject": Certificate.subject_cn,
    "kind": Certificate.kind,
    "status": Certificate.status,
    "issuer": Certificate.issuer_cn,
}
_COLUMNS = (
    Certificate.id, func.coalesce(Officer.full_name, ""), Certificate.subject_cn,
    Certificate.subject_o, Certificate.issuer_cn, Certificate.issuer_o, Certificate.kind,
    Certificate.kind_reason, Certificate.status, Certificate.carrier, Certificate.subscriber,
    Certificate.not_before, Certificate.not_after, Certificate.match_problem,
    Certificate.officer_id,
)


def _filtered(query: CertQuery, stmt: Select) -> Select:
    stmt = stmt.select_from(Certificate).outerjoin(Officer, Officer.id == Certificate.officer_id)
    if query.commune_code:
        stmt = stmt.where(Certificate.commune_code == query.commune_code)
    stmt = stmt.where(Certificate.deleted.is_(False))
    if query.view == "review":
        stmt = stmt.where(Certificate.officer_id.is_(None), Certificate.match_problem != "")
    elif query.view == "expiring":
        soon = utcnow() + dt.timedelta(days=30)
        stmt = stmt.where(Certificate.status.in_(("active", "expired")),
                          Certificate.not_after <= soon)
    elif query.view in ("public_ca", "official_duty"):
        stmt = stmt.where(Certificate.kind == query.view)
    for term in search_terms(query.search):
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        like = f"%{escaped}%"
        stmt = stmt.where(or_(Officer.search_key.like(like, escape="\\"),
                              Certificate.search_key.like(like, escape="\\")))
    return stmt


def count(session: Session, query: CertQuery) -> int:
    return session.execute(_filtered(query, select(func.count()))).scalar_one()


def page(session: Session, query: CertQuery, request: PageRequest) -> list[CertRow]:
    sort = SORT_COLUMNS.get(query.sort, Certificate.not_after)
    rows = fetch_page(session, _filtered(query, select(*_COLUMNS)), sort, Certificate.id,
                      query.descending, request)
    return [CertRow(*row[: len(_COLUMNS)], key=row_key(row)) for row in rows]


def officer_choices(session: Session) -> list[tuple[uuid.UUID, str]]:
    rows = session.execute(
        select(Officer.id, Officer.full_name, Officer.cccd, Officer.department)
        .where(Officer.deleted.is_(False)).order_by(Officer.sort_key)
    ).all()
    return [(r.id, f"{r.full_name} — {r.cccd}" + (f" — {r.department}" if r.department else ""))
            for r in rows]

