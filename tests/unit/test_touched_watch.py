"""A process-wide watch (db/touched.py) sees what every thread commits from its start: the
tables of committed transactions, none of a rolled-back one, nothing once it is ended."""

from __future__ import annotations

import threading

import pytest

from db import touched
from db.models import Officer, Setting


def _officer(s, cccd: str) -> None:
    s.add(Officer(full_name="Nguyễn Văn An", cccd=cccd, position="Công chức",
                  search_key="nguyen van an", sort_key=f"an {cccd}"))


def test_a_watch_sees_the_commits_of_other_threads_and_not_rolled_back_ones(ready_store):
    watch = touched.watch()
    try:
        def other_thread() -> None:
            with ready_store.write("admin") as s:
                _officer(s, "020190000001")

        worker = threading.Thread(target=other_thread)
        worker.start()
        worker.join()
        assert "officer" in watch.tables and "change_log" in watch.tables
        with pytest.raises(RuntimeError), ready_store.write("admin") as s:
            s.add(Setting(key="watch.test", value="1"))
            s.flush()
            raise RuntimeError("rolled back")
        assert "setting" not in watch.tables
    finally:
        touched.unwatch(watch)
    with ready_store.write("admin") as s:
        s.add(Setting(key="watch.after", value="1"))
    assert "setting" not in watch.tables  # ended: later commits are not added


def test_a_transaction_under_way_when_the_watch_starts_is_seen_whole(ready_store):
    """Its first statements ran before the watch: the commit still names their tables."""
    with ready_store.write("admin") as s:
        _officer(s, "020190000002")
        s.flush()  # the INSERT ran
        watch = touched.watch()
    try:
        assert {"officer", "change_log"} <= watch.tables
    finally:
        touched.unwatch(watch)
