"""Load a bulk directory (:mod:`diplograph.graph.bulk`) into the local Neo4j with neo4j-admin.

Neo4j's offline importer writes the store files directly, an order of magnitude faster than
transactions, but only into a stopped database, and it replaces that database whole. So:

1. the server is started if needed, and a database that holds anything is refused without
   ``force`` (the import would erase it);
2. the server is stopped and ``org.neo4j.cli.AdminTool database import full`` runs from the jars
   ``diplograph neo4j start`` fetched, with the options the bulk directory's ``import.json`` gives;
3. the server is started again on the same ports and the constraints and indexes the store
   creates (``graph.queries.neo4j_schema_statements``) are built over the imported data, all in one
   transaction so that Neo4j populates them in one pass over the store.

The stop costs a checkpoint and the JVM's exit (15 s and more for a database that holds millions of
relationships): a caller that writes the CSV first can begin it beforehand with
:class:`EarlyStop`, so it runs while the CSV is written (``ingest --bulk`` does, during extraction).

Example:
    >>> result = import_directory("bulk/", force=True)  # doctest: +SKIP
    >>> result.relationships  # doctest: +SKIP
    2020000
"""

from __future__ import annotations

import subprocess
import threading
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from diplograph import neo4j_local
from diplograph.graph import queries
from diplograph.graph.bulk import BulkManifest, BulkWriter
from diplograph.ground.errors import WriteError

__all__ = ["BulkSink", "EarlyStop", "ImportResult", "check_importable", "finish_import", "import_directory"]

DATABASE = "neo4j"  # Community edition serves one user database
# The importer's JVM: its own buffers are off-heap (capped below, the machine is shared).
_IMPORT_JVM = ["-Xms512m", "-Xmx1g", "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError"]


@dataclass(frozen=True)
class ImportResult:
    nodes: int
    relationships: int
    import_seconds: float  # neo4j-admin alone, JVM start included
    schema_seconds: float  # constraints and indexes built over the imported data
    total_seconds: float  # stop (or the wait for an early one), import, start, schema
    bolt_url: str
    stop_seconds: float = 0.0  # the server's stop, or what was left of an early one
    start_seconds: float = 0.0  # the server's start until Bolt answers


class EarlyStop:
    """The local server's stop, begun on a thread while the caller still writes the CSV.

    Begin it only after :func:`check_importable`: the database is going to be replaced. If the
    CSV is never finished, :meth:`undo` starts the server again on its ports.
    """

    def __init__(self, *, home: Path | None = None) -> None:
        self.home = home or neo4j_local.neo4j_home()
        self.seconds = 0.0  # the stop's own duration
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._stop, name="neo4j-early-stop", daemon=True)
        self._thread.start()

    def _stop(self) -> None:
        started = time.perf_counter()
        try:
            neo4j_local.stop(home=self.home)
        except BaseException as exc:  # handed to whoever waits
            self._error = exc
        finally:
            self.seconds = time.perf_counter() - started

    def wait(self) -> float:
        """Wait until the server is stopped; return how long this call waited."""
        started = time.perf_counter()
        self._thread.join()
        if self._error is not None:
            raise self._error
        return time.perf_counter() - started

    def undo(self) -> None:
        """Start the server again (its database untouched), once the stop has ended."""
        self._thread.join()
        neo4j_local.start(*_ports(self.home), home=self.home)


class BulkSink(BulkWriter):
    """The CSV writer of ``ingest --bulk``: the server the import replaces is stopped while the
    corpus is read (:class:`EarlyStop`; give ``stopping`` to :func:`import_directory`), and started
    again if the reading fails. Check the database (:func:`check_importable`) before making one."""

    def __init__(self, root: str | Path, *, home: Path | None = None) -> None:
        super().__init__(root)
        self.stopping = EarlyStop(home=home)

    def __exit__(self, exc_type: object, *exc: object) -> None:
        try:
            super().__exit__(exc_type, *exc)
        finally:
            if exc_type is not None:
                self.stopping.undo()


def import_directory(
    directory: str | Path,
    *,
    force: bool = False,
    home: Path | None = None,
    max_off_heap: str = "2g",
    timeout: float = 3600,
    stopping: EarlyStop | None = None,
) -> ImportResult:
    """Replace the local server's database with the bulk directory's graph.

    ``stopping``: a stop the caller began once it had checked the database (:class:`EarlyStop`);
    without it the database is checked and the server stopped here.

    Raises:
        Neo4jLocalError: the database is not empty (without ``force``), or the importer, the
            server or the schema failed (the importer's report and output tail are quoted).
        WriteError: the directory is not a bulk directory.
    """
    started = time.perf_counter()
    home = stopping.home if stopping else home or neo4j_local.neo4j_home()
    manifest = BulkManifest.read(directory)
    if stopping is None:
        check_importable(force=force, home=home)
    ports = _ports(home)
    t0 = time.perf_counter()
    if stopping is None:
        neo4j_local.stop(home=home)
    else:
        stopping.wait()
    stop_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    _run_importer(manifest, home, max_off_heap=max_off_heap, timeout=timeout)
    import_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    info = neo4j_local.start(*ports, home=home)
    start_seconds = time.perf_counter() - t0
    t0 = time.perf_counter()
    user, password = neo4j_local.local_credentials(info.bolt_url, home=home) or ("", "")
    finish_import(info.bolt_url.replace("bolt://", f"bolt://{user}:{quote(password, safe='')}@", 1), manifest)
    schema_seconds = time.perf_counter() - t0
    return ImportResult(
        nodes=_count(info.bolt_url, home, queries.COUNT_ALL_NODES),
        relationships=_count(info.bolt_url, home, queries.COUNT_ALL_RELATIONSHIPS),
        import_seconds=import_seconds,
        schema_seconds=schema_seconds,
        total_seconds=time.perf_counter() - started,
        bolt_url=info.bolt_url,
        stop_seconds=stop_seconds,
        start_seconds=start_seconds,
    )


def check_importable(*, force: bool = False, home: Path | None = None) -> str:
    """Start the local server if needed and refuse a database that holds anything (unless
    ``force``); return its Bolt URL. ``ingest --bulk`` asks before it reads a corpus."""
    home = home or neo4j_local.neo4j_home()
    info = neo4j_local.start(home=home)  # a fresh home gets its password and an empty database
    held = _count(info.bolt_url, home, queries.COUNT_ALL_NODES)
    if held and not force:
        raise neo4j_local.Neo4jLocalError(
            f"the database at {info.bolt_url} holds {held} nodes, which an import would erase: "
            "give --force to replace them"
        )
    return info.bolt_url


def _run_importer(manifest: BulkManifest, home: Path, *, max_off_heap: str, timeout: float) -> None:
    java = neo4j_local._require_java()
    lib = neo4j_local.ensure_artifacts(home=home)
    report = home / "logs" / "import.report"
    argv = [java, *_IMPORT_JVM, "-cp", f"{lib}/*", "org.neo4j.cli.AdminTool", "database", "import", "full", DATABASE]
    argv += ["--overwrite-destination=true", f"--report-file={report}", f"--max-off-heap-memory={max_off_heap}"]
    argv += manifest.importer_options()
    done = subprocess.run(
        argv, env=neo4j_local._neo4j_env(home), capture_output=True, text=True, timeout=timeout, check=False
    )
    if done.returncode != 0:
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-25:])
        bad = report.read_text(errors="replace")[:2000] if report.is_file() else ""
        raise neo4j_local.Neo4jLocalError(
            f"neo4j-admin import failed (exit {done.returncode}); the database is left as the importer left it\n"
            f"{tail}\n{bad}"
        )


def finish_import(url: str, manifest: BulkManifest) -> None:
    """What follows neo4j-admin on the server at ``url`` (credentials as ``--store`` takes them):
    the store's constraints and indexes, populated, then the empty lists the CSV could not carry.
    For a Neo4j elsewhere (Docker) that ran the importer itself: ``diplograph neo4j import DIR
    --server URL``."""
    from diplograph.connect import local_auth
    from diplograph.graph.stores.neo4j import Neo4jStore
    from diplograph.ground.config import get_settings

    try:
        # The constraints and indexes the store creates when it opens, here in one transaction:
        # Neo4j populates the indexes a transaction creates in one pass over the store, where one
        # transaction each (as Neo4jStore's start-up makes them) costs a pass each. Population runs
        # in the background, so wait for it.
        settings = get_settings()
        with Neo4jStore(url, settings=settings, auth=local_auth(url, settings), ensure_schema=False) as store:
            with store._driver.session(database=store.database) as session:
                statements = queries.neo4j_schema_statements()
                session.execute_write(lambda tx: [tx.run(st).consume() for st in statements])
            run = store._driver.execute_query
            run(queries.AWAIT_INDEXES, database_=store.database)
            for what, by_name in manifest.empty_lists.items():
                for name, by_prop in by_name.items():
                    for prop, ids in by_prop.items():
                        # labels, types and property names come from the contract's vocabulary, never input
                        if not (name.isidentifier() and prop.isidentifier()):
                            raise WriteError(f"unexpected name in {manifest.root}/import.json: {name}.{prop}")
                        cypher = queries.set_empty_lists(what, name, prop)
                        for i in range(0, len(ids), 10_000):
                            run(cypher, {"ids": ids[i : i + 10_000]}, database_=store.database)
    except WriteError:
        raise
    except Exception as exc:  # the driver's errors, with what was being done
        raise WriteError(f"creating the constraints and indexes after the import failed: {exc}") from exc


def _count(url: str, home: Path, cypher: str) -> int:
    from neo4j import GraphDatabase

    auth = neo4j_local.local_credentials(url, home=home)
    with GraphDatabase.driver(url, auth=auth) as driver:
        records, _, _ = driver.execute_query(cypher, database_=DATABASE)
        return int(records[0][0])


def _ports(home: Path) -> tuple[int, int]:
    state = neo4j_local._read_state(home)
    return state["bolt_port"], state["http_port"]
