"""A real xaso hub (hub/app.py) served by uvicorn on 127.0.0.1, over HTTP or TLS with a CA and a
server certificate made with ``cryptography``; the node is enrolled with it (URL included)."""

from __future__ import annotations

import datetime as dt
import ipaddress
import socket
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import uvicorn
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from core.sync import service as sync_svc
from core.sync.state import SyncIdentity
from hub.app import create_app
from tests.sync.conftest import open_node


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_tls_files(folder: Path) -> tuple[Path, Path, Path]:
    """(ca.pem, server.pem, server-key.pem): a province CA and a certificate for 127.0.0.1."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "CA Sở TT&TT thử nghiệm")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name)
          .public_key(ca_key.public_key()).serial_number(x509.random_serial_number())
          .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
          .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
          .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False),
                         critical=True)
          .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), False)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")]))
            .issuer_name(ca_name).public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=30))
            .add_extension(x509.SubjectAlternativeName([x509.IPAddress(
                ipaddress.ip_address("127.0.0.1"))]), critical=False)
            .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                           False)
            .sign(ca_key, hashes.SHA256()))
    paths = folder / "ca.pem", folder / "server.pem", folder / "server-key.pem"
    paths[0].write_bytes(ca.public_bytes(serialization.Encoding.PEM))
    paths[1].write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    paths[2].write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return paths


@contextmanager
def running_hub(tmp_path: Path, node, tls: bool = False):
    """Yields (hub store, url, ca file or None); ``node`` is enrolled with the hub's URL."""
    store = open_node(tmp_path / "hub")
    base = sync_svc.identity(store)
    ident = SyncIdentity(base.node_id, base.epoch, None, base.keys, base.schema)
    port = free_port()
    scheme = "https" if tls else "http"
    url = f"{scheme}://127.0.0.1:{port}"
    card = sync_svc.node_card(store)
    card.update(role="hub", name="Máy chủ tỉnh", commune="", url=url)
    sync_svc.enrol_peer(node, card)
    sync_svc.enrol_peer(store, sync_svc.node_card(node))
    work = tmp_path / "hubwork"
    work.mkdir()
    options = {}
    ca = None
    if tls:
        ca, cert, key = make_tls_files(tmp_path)
        options = {"ssl_certfile": str(cert), "ssl_keyfile": str(key)}
    server = uvicorn.Server(uvicorn.Config(create_app(store.engine, ident, work), host="127.0.0.1",
                                           port=port, log_level="warning", **options))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    try:
        yield store, url, ca
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        store.close()
