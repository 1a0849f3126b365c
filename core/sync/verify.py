"""Verify a bundle completely before anything is written (DESIGN.md §4.3)."""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import orjson
from sqlalchemy import ARRAY, Uuid, any_, bindparam, func, literal_column, select
from sqlalchemy.orm import Session

from core.sync.bundle import BundleReader, BundleRejected, Limits
from core.sync.merge import UpdateClashes
from core.sync.state import Origin, SyncIdentity, coverage, exported_tables
from core.sync.values import BadValue, row_check, template
from db.changes import PROVINCE_WIDE
from db.errors import N_
from db.models import SyncPeer

SCHEMA_WINDOW = 2  # a receiver at schema N reads bundles of N-2..N
# ... but never older than the first schema with commune-scoped ids (db/ids.commune_id): a
# computer not yet upgraded would send or expect the old shared ids; once upgraded, its
# migration has re-keyed its log and it re-sends what was not acknowledged
FIRST_SCHEMA_READ = 14


class GapRejected(BundleRejected):
    """Changes before this bundle's range never arrived (or were lost in a restore here).

    The receiver still answers with a signed ACK of what it holds, so the sender rewinds.
    """

    peer: SyncPeer
    ranges: dict[Origin, tuple[int, int]]


class PartitionRejected(BundleRejected):
    """The sender wrote rows of another commune: the whole bundle is refused."""


_OTHER_COMMUNE = N_("The bundle {file} contains changes to data of commune {commune}, which its "
                    "sender may not change. Nothing from it was applied.")


@dataclass
class Verified:
    reader: BundleReader
    peer: SyncPeer
    ranges: dict[Origin, tuple[int, int]]
    counts: dict[str, int] = field(default_factory=dict)
    # on a hub: rows another commune already owns, (table, id text) -> that commune; their
    # changes are refused one by one (returned in the ACK), the rest of the bundle is applied
    refused: dict[tuple[str, str], str] = field(default_factory=dict)

    @property
    def manifest(self) -> dict[str, Any]:
        return self.reader.manifest


def _schema_number(text: Any) -> int | None:
    try:
        return int(str(text))
    except ValueError:
        return None


def _check_header(session: Session, identity: SyncIdentity, reader: BundleReader) -> SyncPeer:
    m, name = reader.manifest, reader.path.name
    try:
        sender = uuid.UUID(str(m.get("node_id")))
    except ValueError as err:
        raise BundleRejected(N_("The file {file} is not a Xã Số sync bundle."), file=name) from err
    if sender == identity.node_id:
        raise BundleRejected(N_("The bundle {file} was made by this computer; import it on the "
                                "other computer."), file=name)
    peer = session.get(SyncPeer, sender)
    if peer is None or not peer.active:
        raise BundleRejected(N_("The bundle {file} comes from a computer that is not enrolled "
                                "here (node {node}). Enrol it first, then import again."),
                             file=name, node=str(sender))
    if not reader.check_signature(peer.sign_key):
        raise BundleRejected(N_("The signature of the bundle {file} is not valid: it was changed "
                                "after it was made, or it was not made by the computer it names. "
                                "Do not use it; ask the sender for a new one."), file=name)
    if m.get("to") not in ("", str(identity.node_id)):
        raise BundleRejected(N_("The bundle {file} is meant for another computer."), file=name)
    commune = m.get("commune")
    # "*" (every commune) only ever comes from the hub; a commune computer never sends it
    allowed = (identity.commune_code, PROVINCE_WIDE) if peer.role == "hub" else (
        identity.commune_code,)
    if identity.commune_code is not None and commune not in allowed:
        raise BundleRejected(N_("The bundle {file} belongs to commune {commune}, not to this "
                                "commune."), file=name, commune=str(commune))
    if identity.commune_code is None and (commune != peer.commune_code or commune == PROVINCE_WIDE
                                          or not peer.commune_code):
        raise PartitionRejected(_OTHER_COMMUNE, file=name, commune=str(commune))
    mine, theirs = _schema_number(identity.schema), _schema_number(m.get("schema"))
    if theirs is None or mine is None or theirs > mine:
        raise BundleRejected(N_("The bundle {file} was made by a newer version of Xã Số. Update "
                                "Xã Số on this computer, then import again."), file=name)
    if theirs < max(mine - SCHEMA_WINDOW, FIRST_SCHEMA_READ):
        raise BundleRejected(N_("The bundle {file} was made by an old version of Xã Số that this "
                                "version no longer reads. Update Xã Số on the sending computer "
                                "and export again."), file=name)
    return peer


def _ranges(reader: BundleReader) -> dict[Origin, tuple[int, int]]:
    out: dict[Origin, tuple[int, int]] = {}
    try:
        for r in reader.manifest.get("ranges") or []:
            start, end = int(r["from"]), int(r["to"])
            if start < 1 or end < start:
                raise ValueError
            out[(uuid.UUID(r["node"]), int(r["epoch"]))] = (start, end)
    except (KeyError, TypeError, ValueError) as err:
        raise BundleRejected(N_("The file {file} is damaged or incomplete (not a whole bundle). "
                                "Copy it again from the sender."), file=reader.path.name) from err
    return out


_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def _check_line(change: Any, ranges: dict[tuple[str, int], tuple[int, int]], tables: dict,
                commune: str) -> str:
    bounds = ranges.get((change["n"], change["e"]))
    seq = change["s"]
    if bounds is None or not (bounds[0] <= seq <= bounds[1]) or not isinstance(seq, int):
        raise ValueError("change outside the declared ranges")
    table = change["t"]
    if table not in tables:
        raise KeyError(table)
    if not _UUID.match(change["r"]):
        raise ValueError("bad row id")
    payload = change["p"]
    if (not isinstance(payload, dict) or payload.get("id") != change["r"]
            or not isinstance(change["v"], int) or change["o"] not in ("insert", "update", "delete")):
        raise ValueError("bad change")
    return table


def _check_commune(change: Any, commune: str, file: str, from_hub: bool = False) -> None:
    """Partition: a change names its commune, and its row carries the same one; a commune node
    also takes the hub's province-wide rows (``"*"``: targets, required courses). ``commune`` is
    never "*" here: every line is checked, whatever the manifest says."""
    row_commune = change["p"].get("commune_code", change["c"])
    if from_hub and change["c"] == row_commune == PROVINCE_WIDE:
        return
    if change["c"] != commune or row_commune != commune:
        raise PartitionRejected(_OTHER_COMMUNE, file=file, commune=str(change["c"]))


def _owned_by(session: Session, model: Any, row_ids: set[uuid.UUID]) -> Any:
    """``model.id`` among ``row_ids``, the ids bound as one value (SQLite: a JSON array read by
    json_each; PostgreSQL: a uuid[] with ``= ANY``) rather than one parameter each; both search
    the primary key's index (EXPLAIN: "SEARCH … USING INDEX sqlite_autoindex_…" / "Index Scan
    using pk_…")."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        listed = orjson.dumps([i.hex for i in row_ids]).decode()
        return model.id.in_(select(literal_column("value"))
                            .select_from(func.json_each(bindparam("ids", listed))))
    if dialect == "postgresql":
        return model.id == any_(bindparam("ids", list(row_ids), type_=ARRAY(Uuid)))
    return model.id.in_(row_ids)


def other_owners(session: Session, tables: dict, ids: dict[str, set[uuid.UUID]],
                 commune: str) -> dict[tuple[str, str], str]:
    """On a hub: the rows among ``ids`` that belong to another commune, (table, id text) ->
    their commune (one query per table and chunk). A change may not take such a row over; it is
    refused alone, so one shared id never blocks a commune's other changes."""
    out: dict[tuple[str, str], str] = {}
    for table, row_ids in ids.items():
        model = tables[table]
        for row_id, other in session.execute(select(model.id, model.commune_code).where(
                _owned_by(session, model, row_ids), model.commune_code != commune)):
            out[(table, str(row_id))] = other
    return out


def verify_bundle(session: Session, identity: SyncIdentity, path: Path,
                  limits: Limits | None = None) -> Verified:
    """Open and check everything; the reader stays open for the apply (close it after)."""
    reader = BundleReader(path, limits)
    try:
        peer = _check_header(session, identity, reader)
        ranges = _ranges(reader)
        have = coverage(session, identity)
        for origin, (start, _end) in ranges.items():
            if start > have.get(origin, 0) + 1:
                gap = GapRejected(
                    N_("An earlier bundle from this computer is missing: changes {first} to "
                       "{last} have not arrived. Import the earlier bundle first, or ask the "
                       "sender to export again."),
                    first=str(have.get(origin, 0) + 1), last=str(start - 1))
                gap.peer, gap.ranges = peer, ranges
                raise gap
        verified = Verified(reader, peer, ranges)
        tables = exported_tables()
        # a commune node checks every line against its own commune (a hub's "*" manifest too)
        commune = identity.commune_code or reader.manifest.get("commune")
        by_text = {(str(n), e): bounds for (n, e), bounds in ranges.items()}
        on_hub = identity.commune_code is None
        from_hub = identity.commune_code is not None and peer.role == "hub"
        file_name = path.name
        clashes = UpdateClashes()
        for index in range(1, len(reader.manifest["chunks"]) + 1):
            ids: dict[str, set[uuid.UUID]] = {}
            for line, change in enumerate(reader.chunk_lines(index, identity.keys), start=1):
                try:
                    table = _check_line(change, by_text, tables, commune)
                except (KeyError, TypeError, ValueError, AttributeError) as err:
                    raise BundleRejected(
                        N_("Part {part} of the bundle {file} contains a change this version of "
                           "Xã Số cannot accept."), part=str(index), file=path.name) from err
                try:  # every value as this schema stores it: the apply cannot fail on one
                    row_check(table).check(change["p"])
                except BadValue as err:
                    raise BundleRejected(template(err), part=str(index), file=file_name,
                                         line=str(line), table=table, row=change["r"],
                                         column=err.column, limit=str(err.limit)) from err
                _check_commune(change, commune, file_name, from_hub)
                clashes.add(table, change["p"])
                if on_hub:  # the owner check below needs the ids
                    ids.setdefault(table, set()).add(uuid.UUID(change["r"]))
                verified.counts[table] = verified.counts.get(table, 0) + 1
            if on_hub:
                verified.refused.update(other_owners(session, tables, ids, commune))
        if verified.counts != (reader.manifest.get("counts") or {}):
            raise BundleRejected(N_("The file {file} is damaged or incomplete (not a whole "
                                    "bundle). Copy it again from the sender."), file=path.name)
        clashes.check(session)  # an update taking a key a local row keeps: refused whole
        return verified
    except BaseException:
        reader.close()
        raise
