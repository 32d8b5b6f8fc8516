"""The embedded store's own promises: durable acknowledged writes, recovery after a killed server,
and a fast close. Each test runs its own store in its own directory (never the session one)."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import psutil
import pytest

from diplograph.connect import open_store
from diplograph.graph.models import GraphBatch
from diplograph.graph.stores.embedded import DB_FILENAME, EmbeddedStore
from diplograph.ground.config import Settings
from diplograph.ground.errors import ConfigError

Batch = Callable[..., GraphBatch]
Exported = Callable[..., set[str]]

CLAIMS = [("SUPPORTS", "state:CHN", "state:RUS"), ("OPPOSES", "state:USA", "state:RUS")]


@pytest.fixture
def stores() -> Iterator[list[EmbeddedStore]]:
    """Stores a test opens; closed at the end whatever happened."""
    opened: list[EmbeddedStore] = []
    yield opened
    for s in opened:
        s.close()


#: kill -9 tests need every acknowledged write in the AOF: with ``everysec`` Redis postpones the write (up
#: to 2 s) while the last second's fsync is still running on a busy disk, and replies meanwhile, so a
#: server killed then loses those writes (graph/stores/embedded.py); ``always`` writes and fsyncs first
DURABLE = "always"


def _open(path: Path, stores: list[EmbeddedStore]) -> EmbeddedStore:
    s = open_store(f"embedded:{path}", settings=Settings(embedded_fsync=DURABLE))
    assert isinstance(s, EmbeddedStore)
    stores.append(s)
    return s


def _kill(pid: int) -> None:
    os.kill(pid, signal.SIGKILL)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                return
        except psutil.NoSuchProcess:
            return
        time.sleep(0.01)
    raise AssertionError(f"server {pid} survived SIGKILL")


def _run_python(code: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "DIPLOGRAPH_EMBEDDED_FSYNC": DURABLE}
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
        env=env,
    )


def test_acknowledged_writes_survive_kill_9_and_the_store_reopens_by_itself(
    tmp_path: Path, stores: list[EmbeddedStore], make_batch: Batch, exported: Exported
) -> None:
    store = _open(tmp_path, stores)
    store.write_document(make_batch("doc:a", CLAIMS))
    store.write_document(make_batch("doc:b", [("MEETS", "state:IND", "state:CHN")]))
    expected = exported(store)
    old_pid = store.server_pid
    assert old_pid is not None
    _kill(old_pid)  # no SHUTDOWN, no AOF rewrite: only what was acknowledged and appended

    # A new store in another process on the same directory finds every acknowledged write.
    child = _run_python(
        f"""
        import json
        from diplograph.connect import open_store
        from diplograph.graph.stores import export_line
        s = open_store({str(tmp_path)!r})
        print(json.dumps(sorted(export_line(o) for o in s.export())))
        s.close()
        """
    )
    assert child.returncode == 0, child.stderr
    assert set(json.loads(child.stdout.strip().splitlines()[-1])) == expected

    # The first store notices its server is gone, reopens once, and goes on reading and writing.
    assert exported(store) == expected
    assert store.server_pid not in (None, old_pid)
    store.write_document(make_batch("doc:c", [("SANCTIONS", "state:USA", "state:IRN")]))
    assert expected < exported(store)
    assert {"doc:a", "doc:b", "doc:c"} <= {row[0] for row in store.read("MATCH (d:Document) RETURN d.id").rows}


def test_a_new_store_in_the_same_process_opens_after_kill_9(
    tmp_path: Path, stores: list[EmbeddedStore], make_batch: Batch, exported: Exported
) -> None:
    first = _open(tmp_path, stores)
    first.write_document(make_batch("doc:a", CLAIMS))
    expected = exported(first)
    assert first.server_pid is not None
    _kill(first.server_pid)  # a zombie now: this process is its parent and has not reaped it
    assert (tmp_path / f"{DB_FILENAME}.settings").exists()  # the stale record a killed server leaves
    second = _open(tmp_path, stores)
    assert exported(second) == expected


def test_a_stale_settings_file_from_a_killed_process_does_not_block_the_next_open(
    tmp_path: Path, stores: list[EmbeddedStore], make_batch: Batch
) -> None:
    """Another process writes, SIGKILLs its server and dies without any cleanup (os._exit)."""
    child = _run_python(
        f"""
        import os, signal, time
        from diplograph.connect import open_store
        from diplograph.graph.models import GraphBatch, Node
        s = open_store({str(tmp_path)!r})
        s.write_document(GraphBatch(document=Node(id="doc:from-child", properties={{"title": "written, then killed"}})))
        print(s.server_pid, flush=True)
        os.kill(s.server_pid, signal.SIGKILL)
        time.sleep(0.2)
        os._exit(0)
        """
    )
    assert child.returncode == 0, child.stderr
    dead_pid = int(child.stdout.split()[-1])
    assert (tmp_path / f"{DB_FILENAME}.settings").exists()
    assert not psutil.pid_exists(dead_pid) or psutil.Process(dead_pid).status() == psutil.STATUS_ZOMBIE

    store = _open(tmp_path, stores)
    assert store.server_pid != dead_pid
    assert store.read("MATCH (d:Document) RETURN d.id, d.title").rows == [["doc:from-child", "written, then killed"]]
    store.write_document(make_batch("doc:a", CLAIMS))
    assert store.stats().node_count == 5


def test_close_is_fast_and_reopening_keeps_the_data(
    tmp_path: Path, make_batch: Batch, exported: Exported, record_property: Callable[[str, object], None]
) -> None:
    started = time.monotonic()
    store = EmbeddedStore(tmp_path)
    opened = time.monotonic() - started
    store.write_document(make_batch("doc:a", CLAIMS))
    expected = exported(store)
    pid = store.server_pid
    started = time.monotonic()
    store.close()
    closed = time.monotonic() - started
    record_property("embedded_open_s", round(opened, 3))
    record_property("embedded_close_s", round(closed, 3))
    assert closed < 3, f"close took {closed:.2f} s (falkordblite's own close takes ~4 s)"
    assert pid is not None and (not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE)
    assert not (tmp_path / f"{DB_FILENAME}.settings").exists()
    store.close()  # twice is fine
    again = EmbeddedStore(tmp_path)
    try:
        assert exported(again) == expected
    finally:
        again.close()


def test_two_stores_on_one_directory_share_the_server_and_close_independently(
    tmp_path: Path, stores: list[EmbeddedStore], make_batch: Batch
) -> None:
    first = _open(tmp_path, stores)
    second = _open(tmp_path, stores)
    assert first.server_pid == second.server_pid
    first.write_document(make_batch("doc:a", CLAIMS))
    assert second.stats().node_count == 4
    first.close()
    assert second.read("MATCH (d:Document) RETURN d.id").rows == [["doc:a"]]  # still served


def test_a_path_that_is_a_file_is_a_configuration_error(tmp_path: Path) -> None:
    file = tmp_path / "not-a-dir"
    file.write_text("x")
    with pytest.raises(ConfigError, match="exists and is not a directory"):
        open_store(str(file))


def test_a_query_longer_than_five_seconds_is_stopped_by_the_server_timeout_not_the_socket(
    embedded_store: EmbeddedStore,
) -> None:
    """redis-py 8 gives every command a 5 s socket timeout by default: a read allowed 6 s (or any
    write taking over 5 s, e.g. a big document or a wipe) must not die with a raw redis error
    while the server goes on running it."""
    from diplograph.ground.errors import QueryTimeout

    started = time.monotonic()
    with pytest.raises(QueryTimeout):
        embedded_store.read(
            "UNWIND range(1, 1000) AS a UNWIND range(1, 1000) AS b UNWIND range(1, 1000) AS c RETURN count(*)",
            timeout=6,
        )
    assert 5.5 < time.monotonic() - started < 20
    assert embedded_store.read("RETURN 1 AS ok").rows == [[1]]


def test_fixed_length_patterns_are_refused_before_they_reach_the_server(embedded_store: EmbeddedStore) -> None:
    """FalkorDB 0.11's server dies on [*2..2] / [*2]; the store refuses them with a QueryError and stays up."""
    from diplograph.ground.errors import QueryError

    pid = embedded_store.server_pid
    # judged on FalkorDB's parse of the pattern: leading zeros and spaces change nothing
    for query in (
        "MATCH p=(a)-[*2..2]->(b) RETURN p",
        "MATCH (a)-[:MEETS*3]->(b) RETURN b",
        "MATCH p=(a)-[*02..2]->(b) RETURN p",
        "MATCH p=(a)-[* 2 .. 002]->(b) RETURN p",
    ):
        with pytest.raises(QueryError, match="fixed-length pattern"):
            embedded_store.read(query)
    # the ranged form still runs, on the same server process, and so does one hop written [*1..1]
    [[count]] = embedded_store.read("MATCH p=(a)-[*1..2]->(b) RETURN count(p) AS n").rows
    assert isinstance(count, int)
    [[count]] = embedded_store.read("MATCH p=(a)-[*1..1]->(b) RETURN count(p) AS n").rows
    assert isinstance(count, int)
    assert embedded_store.server_pid == pid
