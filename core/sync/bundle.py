"""Bundle codec: one ``.xaso`` file = zip (stored) of manifest.json, manifest.sig and chunks.

Format in docs/sync-format.md. Writing and reading both stream one chunk at a time, so memory
stays flat whatever the number of changes. A reader checks everything a file could lie about —
entry names, sizes, hashes, the signature, the decompressed size — and raises
:class:`BundleRejected` with a reason a person can act on.
"""

from __future__ import annotations

import hashlib
import os
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
import zstandard
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from core.sync.keys import NodeKeys, b64, unb64, verify_signature
from db.errors import N_, UserError

FORMAT = "xaso-bundle"
FORMAT_VERSION = 1
ENCRYPTION = "x25519-hkdf-sha256-chacha20poly1305"
CHUNK_CHANGES = 5000
_NAME = re.compile(r"^(manifest\.json|manifest\.sig|chunks/[0-9]{4}\.ndjson\.zst)$")
# the fields of one change line, in this order; "p" (the row payload) always comes last
LINE_FIELDS = ("n", "e", "s", "t", "r", "c", "o", "v", "a", "at")


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 4 << 30
    max_manifest_bytes: int = 8 << 20
    max_chunk_bytes: int = 64 << 20  # stored (compressed, maybe encrypted) size
    max_chunk_raw_bytes: int = 256 << 20  # decompressed size
    max_bundle_raw_bytes: int = 16 << 30  # decompressed size of all chunks together
    max_chunks: int = 9999
    max_line_bytes: int = 16 << 20
    # zstd window a frame may ask for (our writer's level 3 uses at most 2 MiB)
    max_window_bytes: int = 32 << 20


class BundleRejected(UserError):
    """The bundle fails a check: nothing of it is written."""


def _reject(template: str, **params: Any) -> BundleRejected:
    return BundleRejected(template, **params)


def chunk_name(index: int) -> str:
    return f"chunks/{index:04d}.ndjson.zst"


def _chunk_key(shared: bytes, eph_pub: bytes, recipient_pub: bytes) -> bytes:
    info = b"xaso-bundle-v1" + eph_pub + recipient_pub
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=None, info=info).derive(shared)


def _nonce(index: int) -> bytes:
    return index.to_bytes(12, "big")


class BundleWriter:
    """Writes ``path`` through a temporary name; :meth:`close` signs, fsyncs and renames."""

    def __init__(self, path: Path, keys: NodeKeys, header: dict[str, Any],
                 recipient_box: str | None = None, chunk_changes: int = CHUNK_CHANGES) -> None:
        self.path = path
        self.tmp = path.with_name(path.name + ".part")
        self.keys = keys
        self.header = header
        self.chunk_changes = chunk_changes
        self._zip = zipfile.ZipFile(self.tmp, "w", compression=zipfile.ZIP_STORED)
        self._compressor = zstandard.ZstdCompressor(level=3)
        self._lines: list[bytes] = []
        self._chunks: list[dict[str, Any]] = []
        self._counts: dict[str, int] = {}
        self._total = 0
        self._aead: ChaCha20Poly1305 | None = None
        self._encryption: dict[str, str] | None = None
        if recipient_box:
            eph = X25519PrivateKey.generate()
            recipient = unb64(recipient_box)
            eph_pub = eph.public_key().public_bytes_raw()
            shared = eph.exchange(X25519PublicKey.from_public_bytes(recipient))
            self._aead = ChaCha20Poly1305(_chunk_key(shared, eph_pub, recipient))
            self._encryption = {"alg": ENCRYPTION, "ephemeral": b64(eph_pub),
                                "recipient": recipient_box}

    def add(self, table: str, line: bytes) -> None:
        self._lines.append(line)
        self._counts[table] = self._counts.get(table, 0) + 1
        self._total += 1
        if len(self._lines) >= self.chunk_changes:
            self._flush()

    def add_chunk(self, raw: bytes, changes: int, counts: dict[str, int]) -> None:
        """``changes`` lines already joined, each ending in a newline (``counts``: lines per
        table), stored as one chunk of their own."""
        self._flush()
        self._count(changes, counts)
        self._store(raw, changes)

    def _count(self, changes: int, counts: dict[str, int]) -> None:
        for table, n in counts.items():
            self._counts[table] = self._counts.get(table, 0) + n
        self._total += changes

    def _flush(self) -> None:
        if not self._lines:
            return
        self._store(b"\n".join(self._lines) + b"\n", len(self._lines))
        self._lines = []

    def _store(self, raw: bytes, changes: int) -> None:
        index = len(self._chunks) + 1
        data = self._compressor.compress(raw)
        if self._aead is not None:
            data = self._aead.encrypt(_nonce(index), data, chunk_name(index).encode())
        self._zip.writestr(chunk_name(index), data)
        self._chunks.append({"name": chunk_name(index), "sha256": hashlib.sha256(data).hexdigest(),
                             "size": len(data), "raw_size": len(raw), "changes": changes})

    def close(self) -> dict[str, Any]:
        """Finish the file; returns the manifest."""
        self._flush()
        manifest = dict(self.header, format=FORMAT, format_version=FORMAT_VERSION,
                        counts=self._counts, changes=self._total, chunks=self._chunks,
                        encryption=self._encryption)
        data = orjson.dumps(manifest, option=orjson.OPT_SORT_KEYS | orjson.OPT_INDENT_2)
        self._zip.writestr("manifest.json", data)
        self._zip.writestr("manifest.sig", self.keys.sign.sign(data))
        self._zip.close()
        with open(self.tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(self.tmp, self.path)
        return manifest

    def abort(self) -> None:
        self._zip.close()
        self.tmp.unlink(missing_ok=True)


def manifest_id(manifest_bytes: bytes) -> str:
    return hashlib.sha256(manifest_bytes).hexdigest()


class BundleReader:
    """Opens a bundle and checks its structure; chunks are read one at a time."""

    def __init__(self, path: Path, limits: Limits | None = None) -> None:
        self.path = path
        self.limits = limits or Limits()
        name = path.name
        try:
            size = path.stat().st_size
        except OSError as err:
            raise _reject(N_("The file {file} cannot be read: {reason}."), file=name,
                          reason=err.strerror or str(err)) from err
        if size > self.limits.max_file_bytes:
            raise _reject(N_("The file {file} is too large to be a sync bundle."), file=name)
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError, ValueError) as err:
            raise _reject(N_("The file {file} is damaged or incomplete (not a whole bundle). "
                             "Copy it again from the sender."), file=name) from err
        self._entries = self._check_entries()
        self.manifest_bytes = self._read("manifest.json", self.limits.max_manifest_bytes)
        self.signature = self._read("manifest.sig", 128)
        try:
            self.manifest: dict[str, Any] = orjson.loads(self.manifest_bytes)
        except orjson.JSONDecodeError as err:
            raise self._damaged() from err
        self._check_manifest()
        self.bundle_id = manifest_id(self.manifest_bytes)

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(self, *_exc) -> None:
        self.close()

    def _damaged(self) -> BundleRejected:
        return _reject(N_("The file {file} is damaged or incomplete (not a whole bundle). "
                          "Copy it again from the sender."), file=self.path.name)

    def _check_entries(self) -> dict[str, zipfile.ZipInfo]:
        entries: dict[str, zipfile.ZipInfo] = {}
        for info in self._zip.infolist():
            if not _NAME.match(info.filename) or info.filename in entries:
                raise _reject(N_("The file {file} contains an unexpected entry {entry}; it was "
                                 "not made by Xã Số and is refused."),
                              file=self.path.name, entry=info.filename[:80])
            if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise self._damaged()
            entries[info.filename] = info
        if "manifest.json" not in entries or "manifest.sig" not in entries:
            raise _reject(N_("The file {file} is not a Xã Số sync bundle."), file=self.path.name)
        if len(entries) > self.limits.max_chunks + 2:
            raise _reject(N_("The file {file} is too large to be a sync bundle."),
                          file=self.path.name)
        return entries

    def _read(self, name: str, limit: int) -> bytes:
        info = self._entries.get(name)
        if info is None:
            raise self._damaged()
        if info.file_size > limit:
            raise _reject(N_("The file {file} is too large to be a sync bundle."),
                          file=self.path.name)
        try:
            with self._zip.open(info) as fh:
                data = fh.read(limit + 1)
        except (zipfile.BadZipFile, OSError, EOFError, ValueError, zlib_error()) as err:
            raise self._damaged() from err
        if len(data) > limit:
            raise _reject(N_("The file {file} is too large to be a sync bundle."),
                          file=self.path.name)
        return data

    def _check_manifest(self) -> None:
        m = self.manifest
        if not isinstance(m, dict) or m.get("format") != FORMAT:
            raise _reject(N_("The file {file} is not a Xã Số sync bundle."), file=self.path.name)
        if m.get("format_version") != FORMAT_VERSION:
            raise _reject(N_("The bundle {file} has format version {version}, which this version "
                             "of Xã Số cannot read. Update Xã Số on both computers."),
                          file=self.path.name, version=str(m.get("format_version")))
        chunks = m.get("chunks")
        if not isinstance(chunks, list) or len(chunks) > self.limits.max_chunks:
            raise self._damaged()
        total = 0
        for i, chunk in enumerate(chunks, start=1):
            if (not isinstance(chunk, dict) or chunk.get("name") != chunk_name(i)
                    or chunk["name"] not in self._entries
                    or type(chunk.get("raw_size")) is not int or chunk["raw_size"] < 0
                    or chunk["raw_size"] > self.limits.max_chunk_raw_bytes
                    or self._entries[chunk["name"]].file_size != chunk.get("size")):
                raise self._damaged()
            total += chunk["raw_size"]
        if total > self.limits.max_bundle_raw_bytes:  # the per-bundle budget of decompression
            raise _reject(N_("The file {file} is too large to be a sync bundle."),
                          file=self.path.name)
        if len(self._entries) != len(chunks) + 2:
            raise self._damaged()
        encryption = m.get("encryption")
        if encryption is not None and not isinstance(encryption, dict):
            raise _reject(N_("The bundle {file} names an encryption this version of Xã Số "
                             "does not know; it is refused."), file=self.path.name)

    def check_signature(self, sign_key: str) -> bool:
        return verify_signature(sign_key, self.signature, self.manifest_bytes)

    def check_hashes(self) -> None:
        """Every chunk's stored bytes against the manifest (no decryption needed)."""
        for index, chunk in enumerate(self.manifest["chunks"], start=1):
            data = self._read(chunk["name"], self.limits.max_chunk_bytes)
            if hashlib.sha256(data).hexdigest() != chunk.get("sha256"):
                raise _reject(N_("Part {part} of the bundle {file} was changed or damaged after "
                                 "it was made (its checksum does not match). Copy it again from "
                                 "the sender."), part=str(index), file=self.path.name)

    def chunk_lines(self, index: int, keys: NodeKeys | None = None,
                    raw_payload: bool = False) -> list[dict[str, Any]]:
        """The changes of chunk ``index`` (1-based), after hash, decryption and size checks.

        With ``raw_payload`` each change also carries "_raw", the payload's JSON text as sent
        (JSON strings escape quotes, so the first ``,"p":`` is the payload key).
        """
        chunk = self.manifest["chunks"][index - 1]
        data = self._read(chunk["name"], self.limits.max_chunk_bytes)
        if hashlib.sha256(data).hexdigest() != chunk.get("sha256"):
            raise _reject(N_("Part {part} of the bundle {file} was changed or damaged after it "
                             "was made (its checksum does not match). Copy it again from the "
                             "sender."), part=str(index), file=self.path.name)
        enc = self.manifest.get("encryption")
        if enc:
            data = self._decrypt(index, data, enc, keys)
        raw = self._decompress(data, chunk["raw_size"])
        lines = [line for line in raw.splitlines() if line]
        if len(lines) != chunk.get("changes"):
            raise self._damaged()
        try:  # one parse for the whole chunk: a JSON line holds no raw line break
            changes = orjson.loads(b"[" + b",".join(lines) + b"]")
        except orjson.JSONDecodeError as err:
            raise self._damaged() from err
        if len(changes) != len(lines):  # a line held more than one value
            raise self._damaged()
        if raw_payload:
            for change, line in zip(changes, lines, strict=True):
                change["_raw"] = line[line.find(b',"p":') + 5:-1].decode()
        return changes

    def _decompress(self, data: bytes, size: int) -> bytearray:
        """Exactly ``size`` bytes out of one zstd frame, or the bundle is damaged.

        Streamed into a buffer of ``size + 1`` bytes: whatever content size the frame header
        declares (``decompress`` would trust it and allocate it), nothing beyond the budget the
        signed manifest gave is ever produced; the window a frame may ask for is capped too.
        """
        out = bytearray(size + 1)
        view = memoryview(out)
        filled = 0
        try:
            dctx = zstandard.ZstdDecompressor(max_window_size=self.limits.max_window_bytes)
            with dctx.stream_reader(data) as reader:
                while filled <= size:
                    n = reader.readinto(view[filled:])
                    if not n:
                        break
                    filled += n
        except zstandard.ZstdError as err:
            raise self._damaged() from err
        finally:
            view.release()
        if filled != size:  # more than declared (a bomb), or less (cut short)
            raise self._damaged()
        del out[size:]
        return out  # a bytearray: no second copy of the chunk

    def _decrypt(self, index: int, data: bytes, enc: dict[str, Any], keys: NodeKeys | None) -> bytes:
        if enc.get("alg") != ENCRYPTION:
            raise _reject(N_("The bundle {file} names an encryption this version of Xã Số "
                             "does not know; it is refused."), file=self.path.name)
        if keys is None or enc.get("recipient") != keys.box_public:
            raise _reject(N_("The bundle {file} is encrypted for another computer."),
                          file=self.path.name)
        try:
            eph = unb64(enc["ephemeral"])
            recipient = unb64(enc["recipient"])
            shared = keys.box.exchange(X25519PublicKey.from_public_bytes(eph))
            aead = ChaCha20Poly1305(_chunk_key(shared, eph, recipient))
            return aead.decrypt(_nonce(index), data, chunk_name(index).encode())
        except Exception as err:  # InvalidTag, bad base64, bad key length: all mean "damaged"
            raise self._damaged() from err


def zlib_error():
    import zlib

    return zlib.error


