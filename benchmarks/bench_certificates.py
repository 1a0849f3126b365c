"""Certificate import at scale: 2,000 certificate files read, classified, matched and stored.

Run from the project root:  .venv/bin/python benchmarks/bench_certificates.py [--files 2000]

Prints one line per metric (BENCHMARKS.md):
  metric=<name> value=<x> unit=<u> baseline=<y> ratio=<x/y> target=<t> ok=<yes|no>
Baseline (same run, same files): the bare cryptography parse — read the bytes, load the
certificate (PEM or DER), SHA-256 of the DER — with nothing else. The import does that plus
name decoding, classification, officer matching, duplicate check, the change-logged insert
and the commit. Files are made with a fixed seed in a temporary folder removed afterwards.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

SEED = 20255
COMMUNE = "06385"
TARGET_S = 5.0


def log(text: str) -> None:
    print(f"# {text}", file=sys.stderr, flush=True)


def make_files(folder: Path, count: int, officers: list[tuple[str, str]]) -> None:
    """count files: a mix of PEM .crt, DER .cer and PEM .pem; official and public issuers;
    CCCD in UID or serialNumber for known officers, unknown people otherwise."""
    import datetime as dt

    from demo.cert_factory import CertFactory, der, make_name, pem

    rng = random.Random(SEED)
    f = CertFactory(seed=SEED)
    for i in range(count):
        if i < len(officers) * 20 and rng.random() < 0.5:
            name, cccd = officers[i % len(officers)]
        else:
            name, cccd = f"Cán Bộ Thử {i}", f"0{rng.randint(10**10, 10**11 - 1)}"
        where = {"uid": f"CCCD:{cccd}"} if i % 2 else {"serial": f"CCCD:{cccd}"}
        subject = make_name(name, "UBND xã Hữu Lũng", "Lạng Sơn", **where,
                            string_type="bmp" if i % 5 == 0 else "utf8")
        cert = f.leaf(subject, issuer="public" if i % 7 == 0 else "official",
                      start=f.now - dt.timedelta(days=rng.randint(0, 1000)),
                      days_valid=rng.choice((365, 1095, 1825)), key_label=f"k{i % 50}", serial=i + 1)
        kind = i % 3
        data, suffix = ((pem(cert), ".crt"), (der(cert), ".cer"), (pem(cert), ".pem"))[kind]
        (folder / f"cert-{i:05d}{suffix}").write_bytes(data)


def baseline(folder: Path) -> float:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    start = time.perf_counter()
    for path in sorted(folder.iterdir()):
        data = path.read_bytes()
        cert = (x509.load_pem_x509_certificate(data) if data.startswith(b"-----")
                else x509.load_der_x509_certificate(data))
        hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()
    return time.perf_counter() - start


def import_once(work: Path, folder: Path, officers) -> tuple[float, int]:
    from core.certificates import registry as svc
    from core.config import Paths
    from core.officers.registry import OfficerInput, create
    from core.setup import SetupRequest, initialize
    from core.store import Store

    home = work / f"home-{time.monotonic_ns()}"
    store = Store.open(Paths(home))
    try:
        initialize(store, SetupRequest(COMMUNE, "admin", "quantri-2026", "Quản trị viên"))
        with store.write("bench") as s:
            for name, cccd in officers:
                create(s, OfficerInput(name, cccd))
        start = time.perf_counter()
        with store.write("bench") as s:
            result = svc.preview(s, svc.read_files([folder]))
            count = svc.apply(s, result)
        return time.perf_counter() - start, count
    finally:
        store.close()
        shutil.rmtree(home, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="xaso-bench-certs-"))
    os.environ["XASO_HOME"] = str(work / "home")
    try:
        from demo.commune import random_person

        rng = random.Random(SEED)
        officers = [(random_person(rng)[0], f"0201{9000000 + i:08d}") for i in range(60)]
        folder = work / "files"
        folder.mkdir()
        log(f"making {args.files} certificate files in {folder}")
        make_files(folder, args.files, officers)
        base_runs, import_runs = [], []
        for run in range(args.repeat):
            base_runs.append(baseline(folder))
            seconds, count = import_once(work, folder, officers)
            import_runs.append(seconds)
            log(f"run {run + 1}: baseline {base_runs[-1]:.3f} s, import {seconds:.3f} s ({count} rows)")
        value, base = statistics.median(import_runs), statistics.median(base_runs)
        print(f"metric=cert_import_{args.files}_files value={value:.3f} unit=s baseline={base:.3f} "
              f"ratio={value / base:.2f} target={TARGET_S} ok={'yes' if value <= TARGET_S else 'no'}")
        rate = args.files / value
        print(f"metric=cert_import_rate value={rate:.0f} unit=files/s baseline={args.files / base:.0f} "
              f"ratio={base / value:.2f} target={args.files / TARGET_S:.0f} "
              f"ok={'yes' if rate >= args.files / TARGET_S else 'no'}")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
