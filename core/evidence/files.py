"""Linking backlog records to their digitized files under the commune's storage folder.

Files are never copied into the database: a row keeps the path relative to the storage root
(a setting of each computer, so two PCs may mount the share at different places), the SHA-256,
size and page count. A folder is matched to a lot's records by record number: by default the
last number in the file name, or a pattern such as ``KS-1999-{no}.pdf`` (``*`` and ``?`` as in
file names). Linking is all or nothing: a file whose number is not a record of the lot stops it.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from core.backlog import lots
from core.evidence import verify
from core.settings import get_setting, set_setting
from db.changes import bulk_insert, bulk_update, context_of
from db.errors import N_, UserError, ValidationError
from db.ids import commune_id
from db.models import BacklogRecord, RecordFile

STORAGE_ROOT = "evidence.storage_root"
LINKABLE = (".pdf",) + verify.IMAGE_SUFFIXES
_LAST_NUMBER = re.compile(r"(\d+)(?!.*\d)")


# the storage root ----------------------------------------------------------------------------
def storage_root(session: Session) -> Path | None:
    value = get_setting(session, STORAGE_ROOT)
    return Path(value) if value else None


def set_storage_root(session: Session, folder: Path) -> Path:
    folder = Path(folder).expanduser()
    if not folder.is_dir():
        raise ValidationError(N_("The folder {folder} does not exist. Choose the folder where the "
                                 "commune keeps its digitized files."), field="root", folder=str(folder))
    folder = folder.resolve()
    set_setting(session, STORAGE_ROOT, str(folder))
    return folder


def require_root(session: Session) -> Path:
    root = storage_root(session)
    if root is None:
        raise UserError(N_("No storage folder is set for digitized files. Set it in Quản trị → "
                           "Thư mục lưu tệp số hóa (or xaso-admin set-storage-root FOLDER)."))
    return root


def relative_path(root: Path, path: Path) -> str:
    """``path`` relative to ``root`` with "/" separators; refused when outside the root."""
    try:
        return Path(os.path.abspath(path)).relative_to(Path(os.path.abspath(root))).as_posix()
    except ValueError:
        raise ValidationError(N_("{file} is not inside the storage folder {root}. Move it there or "
                                 "change the storage folder."), field="path", file=str(path),
                              root=str(root)) from None


# facts about one file --------------------------------------------------------------------------
@dataclass(frozen=True)
class FileFacts:
    path: str  # relative to the root
    kind: str
    sha256: str
    size: int
    pages: int | None


def read_facts(root: Path, path: Path) -> FileFacts:
    rel = relative_path(root, path)
    try:
        data = path.read_bytes()
    except OSError as err:
        raise UserError(N_("Cannot read {file}: {reason}."), file=rel,
                        reason=err.strerror or str(err)) from err
    kind = verify.file_kind(path.name)
    pages = None
    if kind == "pdf" and verify.looks_like_pdf(data):
        pages = _pdf_pages(data)
    elif kind == "image":
        pages = verify.image_pages(data)
    return FileFacts(rel, kind, verify.sha256(data), len(data), pages)


def _pdf_pages(data: bytes) -> int | None:
    import io

    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        return verify.page_count(PdfFileReader(io.BytesIO(data), strict=False))
    except Exception:  # noqa: BLE001  (unreadable PDF: linked, the check names it)
        return None


# matching a folder to records ------------------------------------------------------------------
def compile_pattern(pattern: str) -> re.Pattern[str]:
    """A file-name pattern with ``{no}`` (the record number), ``*`` and ``?``."""
    if "{no}" not in pattern:
        raise ValidationError(N_("The pattern {pattern} has no {{no}} for the record number, e.g. "
                                 "KS-1999-{{no}}.pdf."), field="pattern", pattern=pattern)
    out = []
    for part in re.split(r"(\{no\}|\*|\?)", pattern):
        out.append({"{no}": r"0*(\d+)", "*": ".*", "?": "."}.get(part, re.escape(part)))
    return re.compile("^" + "".join(out) + "$", re.IGNORECASE)


def number_of(name: str, pattern: re.Pattern[str] | None) -> int | None:
    if pattern is None:
        found = _LAST_NUMBER.search(Path(name).stem)
    else:
        found = pattern.match(name)
    return int(found.group(1)) if found else None


@dataclass
class LinkPlan:
    lot_id: uuid.UUID
    files: list[tuple[uuid.UUID, int, Path]] = field(default_factory=list)  # record, number, file
    unmatched: list[str] = field(default_factory=list)  # no record number, or not selected
    unknown: list[tuple[str, int]] = field(default_factory=list)  # number not a record of the lot


def _walk(folder: Path) -> Iterable[Path]:
    for dirpath, dirnames, filenames in os.walk(folder):
        dirnames.sort()
        for name in sorted(filenames):
            if name.lower().endswith(LINKABLE):
                yield Path(dirpath) / name


def plan_folder(session: Session, lot_id: uuid.UUID, folder: Path, pattern: str = "",
                only: set[uuid.UUID] | None = None) -> LinkPlan:
    """Which file goes to which record of the lot (``only``: a selection of its records)."""
    lots.get_lot(session, lot_id)
    folder = Path(folder)
    if not folder.is_dir():
        raise ValidationError(N_("The folder {folder} does not exist."), field="folder",
                              folder=str(folder))
    regex = compile_pattern(pattern) if pattern else None
    numbers = {no: rid for rid, no in session.execute(
        select(BacklogRecord.id, BacklogRecord.record_no).where(
            BacklogRecord.lot_id == lot_id, BacklogRecord.deleted.is_(False)))}
    plan = LinkPlan(lot_id)
    for path in _walk(folder):
        no = number_of(path.name, regex)
        if no is None:
            plan.unmatched.append(path.name)
        elif no not in numbers:
            plan.unknown.append((path.name, no))
        elif only is not None and numbers[no] not in only:
            plan.unmatched.append(path.name)  # a record of the lot, but not one of the selection
        else:
            plan.files.append((numbers[no], no, path))
    return plan


@dataclass
class LinkResult:
    linked: int = 0  # new links
    updated: int = 0  # a linked file replaced by a new version (new SHA-256)
    unchanged: int = 0
    unmatched: list[str] = field(default_factory=list)


def _existing(session: Session, ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[str, bool]]:
    out: dict[uuid.UUID, tuple[str, bool]] = {}
    for start in range(0, len(ids), 500):
        for fid, digest, deleted in session.execute(
                select(RecordFile.id, RecordFile.sha256, RecordFile.deleted)
                .where(RecordFile.id.in_(ids[start:start + 500]))):
            out[fid] = (digest, deleted)
    return out


def file_id(commune: str, record_id: uuid.UUID, rel_path: str) -> uuid.UUID:
    return commune_id("record_file", commune, f"{record_id}|{rel_path}")


def link(session: Session, root: Path, lot_id: uuid.UUID, items: list[tuple[uuid.UUID, Path]],
         progress: Callable[[int, int], None] | None = None) -> LinkResult:
    """Link each (record, file); a file linked again with new content is re-checked.
    ``progress(done, total)`` is called while the files are read (every 200 files)."""
    commune = context_of(session).commune_code
    facts = []
    for done, (rid, path) in enumerate(items, 1):
        facts.append((rid, read_facts(root, path)))
        if progress is not None and (done % 200 == 0 or done == len(items)):
            progress(done, len(items))
    ids = [file_id(commune, rid, f.path) for rid, f in facts]
    have = _existing(session, ids)
    result, fresh = LinkResult(), []
    for fid, (rid, f) in zip(ids, facts, strict=True):
        values = {"kind": f.kind, "sha256": f.sha256, "size": f.size, "pages": f.pages,
                  "file_state": "ok", "checked_at": None, "verdict": "", "signer_name": "",
                  "signer_fingerprint": "", "signed_at": None, "certificate_id": None,
                  "officer_id": None, "signature_count": 0, "signatures": "[]"}
        if fid not in have:
            fresh.append({"id": fid, "record_id": rid, "lot_id": lot_id, "path": f.path, **values})
            result.linked += 1
        elif have[fid][0] != f.sha256 or have[fid][1]:
            # new content, or a file taken off its record and linked again: checked afresh
            bulk_update(session, RecordFile, [fid], {**values, "deleted": False})
            result.updated += 1
        else:
            result.unchanged += 1
    for start in range(0, len(fresh), 5000):
        bulk_insert(session, RecordFile, fresh[start:start + 5000])
    return result


def link_folder(session: Session, root: Path, lot_id: uuid.UUID, folder: Path, pattern: str = "",
                only: set[uuid.UUID] | None = None,
                progress: Callable[[int, int], None] | None = None) -> LinkResult:
    """Link the files of ``folder`` (and its sub-folders) to the lot's records; all or nothing."""
    relative_path(root, Path(folder))
    plan = plan_folder(session, lot_id, folder, pattern, only)
    if plan.unknown:
        shown = ", ".join(f"{name} (số {no})" for name, no in plan.unknown[:5])
        raise ValidationError(
            N_("{count} files have a number that is not a record of this lot: {files}. Generate "
               "those records or move the files away, then link again. Nothing was linked."),
            field="folder", count=len(plan.unknown), files=shown + (" …" if len(plan.unknown) > 5 else ""))
    if not plan.files:
        raise ValidationError(N_("No file in {folder} matches a record number of this lot."),
                              field="folder", folder=str(folder))
    result = link(session, root, lot_id, [(rid, path) for rid, _no, path in plan.files], progress)
    result.unmatched = plan.unmatched
    return result


def link_record(session: Session, root: Path, record_id: uuid.UUID, paths: list[Path]) -> LinkResult:
    """Link the chosen files to one record."""
    record = session.get(BacklogRecord, record_id)
    if record is None or record.deleted:
        raise ValidationError(N_("This record no longer exists."))
    for path in paths:
        if not Path(path).is_file():
            raise ValidationError(N_("The file {file} does not exist."), field="path", file=str(path))
    return link(session, root, record.lot_id, [(record_id, Path(p)) for p in paths])


def unlink(session: Session, file_ids: list[uuid.UUID]) -> int:
    """Take files off their records (the rows become tombstones; the files stay on disk)."""
    return bulk_update(session, RecordFile, file_ids, {"deleted": True})
