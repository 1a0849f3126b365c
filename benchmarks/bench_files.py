"""Record files at scale: verifying signed PDFs ("Kiểm tra tệp") and linking a folder by pattern.

Run from the project root:  .venv/bin/python benchmarks/bench_files.py [--files 2000] [--link 100000]

Prints one line per metric (BENCHMARKS.md):
  metric=<name> value=<x> unit=<u> baseline=<y> ratio=<x/y> target=<t> ok=<yes|no>
Everything is made in a temporary folder (removed afterwards): a test chain like the Ban Cơ yếu
one, signed PDFs, a data folder with the chain imported and a signer registered.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import re
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.bench_officers import _open_store, report  # noqa: E402

DISTINCT = 40  # distinct signed PDFs; the N files are copies of them (signing is not measured)


def _setup(home: Path, folder: Path, count: int, records: int):
    """A data folder with the chain and the signer registered, a lot of ``records`` records,
    and ``count`` signed PDFs named KS-<no>.pdf in ``folder``."""
    from core.backlog import lots as lot_svc
    from core.backlog import records as recs
    from core.certificates import registry
    from core.evidence import files
    from core.officers import registry as officers
    from core.officers.registry import OfficerInput
    from demo.signed_pdfs import SigningChain, plain_pdf, sign_pdf

    folder.mkdir(parents=True, exist_ok=True)
    store = _open_store(home, initialize=True)
    chain = SigningChain()
    leaf = chain.leaf("Nguyễn Văn An", "020190001234", agency="UBND xã Hữu Lũng")
    (home.parent / "ca.pem").write_bytes(chain.roots_pem())
    (home.parent / "an.cer").write_bytes(leaf.der())
    with store.write("bench") as s:
        officer_id = officers.create(s, OfficerInput("Nguyễn Văn An", "020190001234")).id
        registry.import_ca(s, home.parent / "ca.pem")
        registry.apply(s, registry.preview(s, registry.read_files([home.parent / "an.cer"])))
        lot_id = lot_svc.create_lot(s, lot_svc.LotInput(field="ho_tich", record_kind="Sổ khai sinh",
                                                        year_from=1999, year_to=1999,
                                                        total_records=records)).id
        recs.generate_records(s, lot_id, 1, records)
        files.set_storage_root(s, folder.parent)
    pdfs = [sign_pdf(plain_pdf(f"KS 1999 {i}", 2), leaf) for i in range(DISTINCT)]
    for no in range(1, count + 1):
        (folder / f"KS-{no:06d}.pdf").write_bytes(pdfs[no % DISTINCT])
    return store, lot_id, officer_id, chain


def bare_validation(folder: Path, chain) -> float:
    """Seconds for pyHanko alone: read each file, validate each signature against the roots."""
    from asn1crypto import x509 as asn1_x509
    from cryptography.hazmat.primitives import serialization
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    import core.evidence.verify  # noqa: F401  (the same quiet pyHanko loggers on both sides)

    der = serialization.Encoding.DER
    root = asn1_x509.Certificate.load(chain.root.public_bytes(der))
    issuing = asn1_x509.Certificate.load(chain.issuing.public_bytes(der))
    start = time.perf_counter()
    for path in sorted(folder.iterdir()):
        reader = PdfFileReader(io.BytesIO(path.read_bytes()), strict=False)
        for sig in reader.embedded_signatures:
            context = ValidationContext(trust_roots=[root], other_certs=[issuing],
                                        moment=sig.self_reported_timestamp, allow_fetching=False,
                                        revocation_mode="soft-fail")
            status = validate_pdf_signature(sig, context)
            assert status.bottom_line
    return time.perf_counter() - start


def bench_verify(base: Path, count: int) -> None:
    from core.evidence import check, files

    home, folder = base / "verify" / "home", base / "verify" / "kho" / "ho-tich"
    store, lot_id, _officer, chain = _setup(home, folder, count, count)
    with store.write("bench") as s:
        files.link_folder(s, folder.parent, lot_id, folder)
    print(f"# {count} signed PDFs linked; verifying", file=sys.stderr)
    bare = bare_validation(folder, chain)
    start = time.perf_counter()
    summary = check.run_check(store, lot_id, actor="bench")
    ours = time.perf_counter() - start
    assert summary.verdicts.get("valid") == count, summary.as_json()
    print(f"# bare pyHanko {bare:.1f} s, Kiểm tra tệp {ours:.1f} s", file=sys.stderr)
    store.close()
    report("verify_signed_pdfs", count / ours, "files/s", count / bare, "ratio>=0.8",
           bare / ours >= 0.8)


def bare_walk(folder: Path, pattern: re.Pattern[str]) -> float:
    """Seconds for the floor of linking: walk the folder, match names, hash every file."""
    start = time.perf_counter()
    found = 0
    for dirpath, _dirs, names in os.walk(folder):
        for name in names:
            if pattern.match(name):
                hashlib.sha256((Path(dirpath) / name).read_bytes()).hexdigest()
                found += 1
    assert found
    return time.perf_counter() - start


def bench_link(base: Path, count: int) -> None:
    from core.backlog import lots as lot_svc
    from core.backlog import records as recs
    from core.evidence import files

    home, folder = base / "link" / "home", base / "link" / "kho" / "ho-tich"
    folder.mkdir(parents=True)
    store = _open_store(home, initialize=True)
    with store.write("bench") as s:
        lot_id = lot_svc.create_lot(s, lot_svc.LotInput(field="ho_tich", record_kind="Sổ khai sinh",
                                                        year_from=2000, year_to=2000,
                                                        total_records=count)).id
        recs.generate_records(s, lot_id, 1, count)
        files.set_storage_root(s, folder.parent)
    body = b"%PDF-1.7\n% scanned page stand-in\n"
    for no in range(1, count + 1):
        (folder / f"KS-2000-{no:06d}.pdf").write_bytes(body + str(no).encode())
    print(f"# {count} files written; linking by pattern", file=sys.stderr)
    pattern = "KS-2000-{no}.pdf"
    bare = bare_walk(folder, files.compile_pattern(pattern))
    start = time.perf_counter()
    with store.write("bench") as s:
        result = files.link_folder(s, folder.parent, lot_id, folder, pattern)
    ours = time.perf_counter() - start
    assert result.linked == count
    print(f"# bare walk+hash {bare:.1f} s, link-files {ours:.1f} s", file=sys.stderr)
    store.close()
    report("link_files_by_pattern", count / ours, "files/s", count / bare, "value>=1000 files/s",
           count / ours >= 1000)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000, help="signed PDFs to verify")
    parser.add_argument("--link", type=int, default=100_000, help="files to link by pattern")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args(argv)
    base = Path(tempfile.mkdtemp(prefix="xaso-bench-files-"))
    os.environ["XASO_HOME"] = str(base / "xaso-home")
    try:
        if args.files:
            bench_verify(base, args.files)
        if args.link:
            bench_link(base, args.link)
    finally:
        if args.keep:
            print(f"# kept {base}", file=sys.stderr)
        else:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
