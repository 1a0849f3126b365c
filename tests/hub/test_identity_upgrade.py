"""Installations of the release of schema 0012 upgrade in place to commune-scoped ids and sync
afterwards with nothing lost (tests/fixtures/release-0012: a hub and three commune computers,
made by tests/fixtures/make_release_0012.py with that release)."""

from __future__ import annotations

import json
import tarfile
import threading
import time
from collections import Counter
from pathlib import Path

import keyring
import pytest
import uvicorn
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from core.hub.store import open_hub
from core.sync import service as sync_svc
from db.chain import verify_chain
from db.ids import commune_id
from db.models import (
    Attendance,
    Certificate,
    CourseResult,
    Officer,
    ReportNote,
    SyncConflict,
    TrainingSession,
)
from hub.app import create_app
from tests.hub.conftest import RunningHub, _free_port, open_pc
from tests.hub.test_hub_sync import sync

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "release-0012.tar.xz"
A, B = "06385", "06040"
TABLES = (Officer, Certificate, ReportNote, TrainingSession, Attendance, CourseResult)


def unpack(target: Path) -> Path:
    with tarfile.open(FIXTURE) as tar:
        tar.extractall(target, filter="data")
    for node, secret in json.loads((target / "keys.json").read_text()).items():
        keyring.set_password("xaso", f"node-{node}", secret)
    return target


def counts(engine, commune: str | None = None) -> dict[str, int]:
    out = {}
    with Session(engine) as s:
        for model in TABLES:
            query = select(func.count()).select_from(model).where(model.deleted.is_(False))
            if commune:
                query = query.where(model.commune_code == commune)
            out[model.__tablename__] = s.scalar(query)
    return out


def rows(engine, commune: str) -> set[tuple]:
    """(table, id, version) of a commune's rows: equal on its computers and at the hub."""
    with Session(engine) as s:
        return {(m.__tablename__, r.id, r.version) for m in TABLES
                for r in s.scalars(select(m).where(m.commune_code == commune))}


def serve(opened) -> tuple[RunningHub, uvicorn.Server, threading.Thread]:
    port = _free_port()
    app = create_app(opened.engine, opened.identity, opened.data_dir / "work",
                     rate_per_minute=1000)
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    assert server.started
    return RunningHub(opened, f"http://127.0.0.1:{port}"), server, thread


def hub_at_0013_on(url: str, sqlite_file: Path) -> None:
    """The fixture's hub database moved to PostgreSQL as a hub of that release would hold it:
    both at schema 0013, every row copied (the models' types: UUIDs, UTC times)."""
    from alembic import command
    from sqlalchemy import column, create_engine, insert, inspect
    from sqlalchemy import table as sa_table

    from db.base import Base
    from db.engine import make_engine
    from db.migrate import alembic_config

    source, target = make_engine(sqlite_file), create_engine(url)
    try:
        for engine in (source, target):
            with engine.begin() as conn:
                cfg = alembic_config()
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "0013")
        schema = inspect(source)  # at 0013: later migrations' tables and columns are not there
        present = {t: {c["name"] for c in schema.get_columns(t)} for t in schema.get_table_names()}
        with source.connect() as read, target.begin() as write:
            for table in Base.metadata.sorted_tables:
                if table.name not in present:
                    continue
                columns = [c for c in table.c if c.name in present[table.name]]
                rows = [dict(r) for r in read.execute(select(*columns)).mappings()]
                if not rows:
                    continue
                # only the columns of 0013 (a later column's default would name a missing one)
                write.execute(insert(sa_table(table.name, *(column(c.name, c.type)
                                                            for c in columns))), rows)
                if "id" in table.c and table.c.id.autoincrement is True:  # numbered: go on
                    write.exec_driver_sql(f"SELECT setval(pg_get_serial_sequence('{table.name}', "
                                          f"'id'), (SELECT max(id) FROM {table.name}))")
    finally:
        source.dispose()
        target.dispose()


@pytest.fixture
def upgraded(tmp_path, db_url):
    root = unpack(tmp_path / "release")
    if db_url:
        hub_at_0013_on(db_url, root / "hub" / "xaso-hub.sqlite")
    opened = open_hub(root / "hub", db_url)
    running, server, thread = serve(opened)
    stores = [open_pc(root / name) for name in ("pc-a1", "pc-a2", "pc-b1")]
    yield running, stores
    for store in stores:
        store.close()
    server.should_exit = True
    thread.join(timeout=10)
    opened.close()


def test_a_release_0012_hub_and_communes_upgrade_in_place_and_sync(upgraded, tmp_path):
    running, (a1, a2, b1) = upgraded
    before = {"a1": counts(a1.engine), "b1": counts(b1.engine)}
    assert sync_svc.status(a1).pending > 0 and sync_svc.status(b1).pending > 0
    for store in (a1, b1, a2, a1):
        sync(store, running, tmp_path)
    for store in (a1, a2, b1):
        status = sync_svc.status(store)
        assert (status.pending, status.refused, status.quarantined, status.open_conflicts) == (
            0, 0, 0, 0)
        with store.engine.connect() as conn:
            assert verify_chain(conn).ok
    # nothing lost on the computers, and the hub holds exactly what each commune holds
    assert counts(a1.engine) == before["a1"] and counts(b1.engine) == before["b1"]
    assert rows(running.engine, A) == rows(a1.engine, A) == rows(a2.engine, A)
    assert rows(running.engine, B) == rows(b1.engine, B)
    with running.engine.connect() as conn:
        assert verify_chain(conn).ok
    with Session(running.engine) as s:
        assert s.scalar(select(func.count()).select_from(SyncConflict)) == 0
        # the same person in both communes: two rows, ids scoped by the commune
        people = {r.commune_code: r for r in s.scalars(select(Officer).where(
            Officer.cccd == "020190001234"))}
        assert {c: (p.id, p.phone, p.position) for c, p in people.items()} == {
            A: (commune_id("officer", A, "020190001234"), "0987654321", "Công chức Văn phòng"),
            B: (commune_id("officer", B, "020190001234"), "", "Phó Chủ tịch UBND xã")}
        # the same certificate file and the same month's note in both communes
        assert Counter(s.scalars(select(Certificate.commune_code))) == {A: 1, B: 1}
        notes = dict(s.execute(select(ReportNote.commune_code, ReportNote.text)).all())
        assert notes == {A: "Thiếu máy quét.", B: "Đề nghị tỉnh hỗ trợ đường truyền."}
        # references followed their rows: the certificate, attendance and results of A's An
        an = people[A].id
        assert s.scalar(select(Certificate.officer_id).where(Certificate.commune_code == A)) == an
        assert {r.officer_id for r in s.scalars(select(CourseResult))} == {an}
        assert s.scalar(select(func.count()).select_from(CourseResult)) == 2
        assert an in set(s.scalars(select(Attendance.officer_id)))
    with Session(a2.engine) as s:  # a1's pending edit and new officer reached its other PC
        assert s.get(Officer, commune_id("officer", A, "020190001234")).phone == "0987654321"
        assert s.scalar(select(Officer.full_name).where(Officer.cccd == "020190002222")) == \
            "Lê Văn Cường"
