"""Load a bulk directory (:mod:`diplograph.graph.bulk`) into the local Neo4j with neo4j-admin.

Neo4j's offline importer writes the store files directly, an order of magnitude faster than
transactions, but only into a stopped database, and it replaces that database whole. So:

1. the server is started if needed, and a database that holds anything is refused without
   ``force`` (the import would erase it);
2. the server is stopped and ``org.neo4j.cli.AdminTool database import full`` runs from the jars
   ``diplograph neo4j start`` fetched, with the options the bulk directory's ``import.json`` gives;
3. the server is started again on the same ports and the constraints and indexes the store
   creates (``graph.queries.neo4j_schema_statements``) are built over the imported data.

Example:
    >>> result = import_directory("bulk/", force=True)  # doctest: +SKIP
    >>> result.relationships  # doctest: +SKIP
    2020000
"""

from __future__ import annotations

import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from diplograph import neo4j_local
from diplograph.graph import queries
from diplograph.graph.bulk import BulkManifest
from diplograph.ground.errors import WriteError

__all__ = ["ImportResult", "check_importable", "finish_import", "import_directory"]

DATABASE = "neo4j"  # Community edition serves one user database
# The importer's JVM: its own buffers are off-heap (capped below, the machine is shared).
_IMPORT_JVM = ["-Xms512m", "-Xmx1g", "-XX:+UseG1GC", "-XX:+ExitOnOutOfMemoryError"]


@dataclass(frozen=True)
class ImportResult:
    nodes: int
    relationships: int
    import_seconds: float  # neo4j-admin alone, JVM start included
    schema_seconds: float  # constraints and indexes built over the imported data
    total_seconds: float  # stop, import, start, schema
    bolt_url: str


def import_directory(
    directory: str | Path,
    *,
    force: bool = False,
    home: Path | None = None,
    max_off_heap: str = "2g",
    timeout: float = 3600,
) -> ImportResult:
    """Replace the local server's database with the bulk directory's graph.

    Raises:
        Neo4jLocalError: the database is not empty (without ``force``), or the importer, the
            server or the schema failed (the importer's report and output tail are quoted).
        WriteError: the directory is not a bulk directory.
    """
    started = time.perf_counter()
    home = home or neo4j_local.neo4j_home()
    manifest = BulkManifest.read(directory)
    check_importable(force=force, home=home)
    ports = _ports(home)
    neo4j_local.stop(home=home)
    t0 = time.perf_counter()
    _run_importer(manifest, home, max_off_heap=max_off_heap, timeout=timeout)
    import_seconds = time.perf_counter() - t0
    info = neo4j_local.start(*ports, home=home)
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
        # Neo4jStore creates the constraints and indexes when it opens; Neo4j populates the
        # indexes over the imported data in the background, so wait for them.
        settings = get_settings()
        with Neo4jStore(url, settings=settings, auth=local_auth(url, settings)) as store:
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
