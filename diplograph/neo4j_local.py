"""A real Neo4j Community server on this machine, fetched from Maven Central (no Docker).

Maven resolves ``org.neo4j:neo4j`` (the artifact with ``org.neo4j.server.CommunityEntryPoint``)
into ``<home>/lib`` once; the server then runs from those jars, listening on 127.0.0.1 only.
``<home>`` is env ``DIPLOGRAPH_NEO4J_HOME`` or ``~/.cache/diplograph/neo4j-5.26.30``::

    pom.xml          generated; one dependency
    lib/             the runtime jars, and lib/.complete once the copy has finished
    conf/neo4j.conf  rewritten on every start (the ports may change)
    data/ logs/      the server's own; logs/console.log is its stdout and stderr
    state.json       password, ports and pid (mode 0600)

Examples:
    >>> info = start()  # doctest: +SKIP
    >>> info.bolt_url  # doctest: +SKIP
    'bolt://127.0.0.1:7687'
    >>> local_credentials(info.bolt_url)  # doctest: +SKIP
    ('neo4j', '...')
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import psutil

from diplograph.ground.errors import DiplographError

__all__ = [
    "NEO4J_VERSION",
    "Neo4jLocalError",
    "ServerInfo",
    "ensure_artifacts",
    "local_credentials",
    "local_server_url",
    "neo4j_home",
    "start",
    "status",
    "stop",
]
__all__ += ["local_server_url", "neo4j_home", "start", "status", "stop"]

NEO4J_VERSION = "5.26.30"
DEFAULT_BOLT_PORT = 7687
DEFAULT_HTTP_PORT = 7474
USER = "neo4j"
ENTRY_POINT = "org.neo4j.server.CommunityEntryPoint"
HOST = "127.0.0.1"
_INSTALL_HINT = "Debian/Ubuntu: apt-get install -y openjdk-17-jre-headless maven"

# Maven 3.8 binds maven-dependency-plugin 2.8 by default; pinning it keeps other Maven versions on
# the same, verified behaviour.
_POM = f"""<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>diplograph</groupId><artifactId>neo4j-runtime</artifactId><version>1</version>
  <dependencies><dependency>
    <groupId>org.neo4j</groupId><artifactId>neo4j</artifactId><version>{NEO4J_VERSION}</version>
  </dependency></dependencies>
  <build><pluginManagement><plugins><plugin>
    <groupId>org.apache.maven.plugins</groupId><artifactId>maven-dependency-plugin</artifactId>
    <version>2.8</version>
  </plugin></plugins></pluginManagement></build>
</project>
"""

# From the flags Neo4j's own launcher passes (server.jvm.additional in its default neo4j.conf):
# without the --add-opens the page cache falls back to a slower mode and says so in debug.log.
_JVM_FLAGS = [
    *("-Xms512m", "-Xmx1g", "-XX:+UseG1GC", "-XX:-OmitStackTraceInFastThrow", "-XX:+ExitOnOutOfMemoryError"),
    *("-Djdk.nio.maxCachedBufferSize=1024", "-Dio.netty.tryReflectionSetAccessible=true", "-Dlog4j2.disable.jmx=true"),
    *(f"--add-opens=java.base/{package}=ALL-UNNAMED" for package in ("java.nio", "java.io", "sun.nio.ch")),
]


class Neo4jLocalError(DiplographError):
    """The local Neo4j server could not be fetched, started, reached or stopped."""


@dataclass(frozen=True)
class ServerInfo:
    """What is known about the local server. ``bolt_url`` is the URL for ``--store``."""

    running: bool
    pid: int | None
    bolt_url: str
    http_url: str
    version: str | None
    home: Path
    password_file: Path
    data_bytes: int


def neo4j_home() -> Path:
    """The server's home: env ``DIPLOGRAPH_NEO4J_HOME``, else under the user's cache."""
    if env := os.environ.get("DIPLOGRAPH_NEO4J_HOME"):
        return Path(env).expanduser().resolve()
    return Path.home() / ".cache" / "diplograph" / f"neo4j-{NEO4J_VERSION}"


def local_server_url(*, home: Path | None = None) -> str | None:
    """``bolt://127.0.0.1:<port>`` once a local server has been set up, else None (one read)."""
    state = _read_state(home or neo4j_home())
    return f"bolt://{HOST}:{state['bolt_port']}" if state.get("password") else None


def local_credentials(url: str, *, home: Path | None = None) -> tuple[str, str] | None:
    """``("neo4j", password)`` if ``url`` is the local server's Bolt address, else None."""
    parts = urlsplit(url)
    if parts.scheme not in ("bolt", "neo4j") or parts.hostname not in (HOST, "localhost"):
        return None
    state = _read_state(home or neo4j_home())
    if not state.get("password") or (parts.port or DEFAULT_BOLT_PORT) != state["bolt_port"]:
        return None
    return USER, state["password"]


def ensure_artifacts(*, home: Path | None = None) -> Path:
    """Fetch the server's jars into ``<home>/lib`` unless a finished copy is there; return it."""
    home = home or neo4j_home()
    with _locked(home):
        return _ensure_artifacts(home)


def start(
    bolt_port: int | None = None,
    http_port: int | None = None,
    timeout: float = 120,
    *,
    home: Path | None = None,
) -> ServerInfo:
    """Start the server (a no-op if it runs) and wait until Bolt accepts the stored password.

    The ports default to the ones used last time, then 7687 and 7474.
    """
    home = home or neo4j_home()
    with _locked(home):
        state = _read_state(home)
        if _server_alive(state):
            ports = (state["bolt_port"], state["http_port"])
            if (bolt_port or ports[0], http_port or ports[1]) != ports:
                raise Neo4jLocalError(f"the server already runs on bolt/http ports {ports}: stop it to change them")
            _wait_for_bolt(home, state, timeout)  # an earlier start may have given up waiting
            return _status(home)
        java = _require_java()
        bolt = bolt_port or state.get("bolt_port") or DEFAULT_BOLT_PORT
        http = http_port or state.get("http_port") or DEFAULT_HTTP_PORT
        if bolt == http:
            raise Neo4jLocalError(f"the bolt and http ports must differ (both are {bolt})")
        _check_port_free(bolt, "bolt")  # before the slow steps: a taken port fails at once
        _check_port_free(http, "http")
        lib = _ensure_artifacts(home)
        _write_conf(home, bolt, http)
        state.update(bolt_port=bolt, http_port=http, pid=None, started=None)
        _init_password(home, state, java, lib)
        argv = [java, *_JVM_FLAGS, "-cp", f"{lib}/*", ENTRY_POINT, f"--home-dir={home}", f"--config-dir={home}/conf"]
        # posix_spawn, not subprocess.Popen: the server is meant to outlive this process, and a
        # Popen object warns (ResourceWarning) when it is collected while its child still runs.
        log = str(home / "logs" / "console.log")
        out = [
            # Truncated: its tail, quoted when a start fails, must be this start's (neo4j.log keeps history).
            (os.POSIX_SPAWN_OPEN, 1, log, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
            (os.POSIX_SPAWN_DUP2, 1, 2),
        ]
        stdin = [(os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0)]
        # setsid: its own session, so a Ctrl-C in the terminal that started it does not reach it.
        pid = os.posix_spawn(java, argv, _neo4j_env(home), file_actions=stdin + out, setsid=True)
        with contextlib.suppress(psutil.Error):  # if it died at once, _wait_for_bolt says why
            state.update(pid=pid, started=psutil.Process(pid).create_time())
        _write_state(home, state)
        try:
            _wait_for_bolt(home, state, timeout)
        except Neo4jLocalError:
            _terminate(state)  # a failed start must not leave a half-started server behind
            state.update(pid=None, started=None)
            _write_state(home, state)
            raise
        return _status(home)


def stop(*, home: Path | None = None, grace: float = 60) -> ServerInfo:
    """Stop the server: SIGTERM, then SIGKILL after ``grace`` seconds. Safe to call twice."""
    home = home or neo4j_home()
    with _locked(home):
        state = _read_state(home)
        if state.get("pid"):
            _terminate(state, grace=grace)
            state.update(pid=None, started=None)
            _write_state(home, state)
        return _status(home)


def status(*, home: Path | None = None) -> ServerInfo:
    """Running means: the recorded pid is this home's Neo4j, and Bolt answers."""
    return _status(home or neo4j_home())


# --- helpers ------------------------------------------------------------------------------------


def _status(home: Path) -> ServerInfo:
    state = _read_state(home)
    bolt_url = f"bolt://{HOST}:{state.get('bolt_port', DEFAULT_BOLT_PORT)}"
    pid = state["pid"] if _server_alive(state) else None
    version = _server_version(bolt_url, state["password"]) if pid else None
    return ServerInfo(
        running=version is not None,
        pid=pid,
        bolt_url=bolt_url,
        http_url=f"http://{HOST}:{state.get('http_port', DEFAULT_HTTP_PORT)}",
        version=version,
        home=home,
        password_file=home / "state.json",
        data_bytes=_tree_size(home / "data"),
    )


def _ensure_artifacts(home: Path) -> Path:
    lib = home / "lib"
    if (lib / ".complete").is_file():
        return lib
    mvn = shutil.which("mvn")
    if mvn is None:
        raise Neo4jLocalError(f"Maven (`mvn`) fetches the Neo4j jars once and is not on PATH. {_INSTALL_HINT}")
    _require_java()  # Maven needs it too, and this message is clearer than Maven's
    shutil.rmtree(lib, ignore_errors=True)  # no marker: a half-finished copy, so start over
    (home / "pom.xml").write_text(_POM)
    cmd = [mvn, "-q", "-B", "-f", f"{home}/pom.xml", "dependency:copy-dependencies", f"-DoutputDirectory={lib}"]
    cmd.append("-DincludeScope=runtime")
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=1800, check=False)
    if done.returncode != 0 or not list(lib.glob(f"neo4j-{NEO4J_VERSION}.jar")):
        tail = "\n".join((done.stdout + done.stderr).splitlines()[-30:])
        raise Neo4jLocalError(f"fetching Neo4j with Maven failed: {' '.join(cmd)}\n{tail}")
    (lib / ".complete").write_text(f"org.neo4j:neo4j:{NEO4J_VERSION}\n")
    return lib


def _require_java() -> str:
    java = shutil.which("java")
    if java is None:
        raise Neo4jLocalError(f"Neo4j needs Java 17 or newer, and `java` is not on PATH. {_INSTALL_HINT}")
    out = subprocess.run([java, "-version"], capture_output=True, text=True, check=False).stderr
    match = re.search(r'version "(\d+)(?:\.(\d+))?', out)
    # Java 8 and older say "1.8.0_x": there the major version is the second number.
    major = (int(match[2] or 0) if match[1] == "1" else int(match[1])) if match else 0
    if major < 17:
        found = out.splitlines()[0] if out else "an unknown version"
        raise Neo4jLocalError(f"Neo4j needs Java 17 or newer, and {java} is {found!r}. {_INSTALL_HINT}")
    return java


def _check_port_free(port: int, what: str) -> None:
    with socket.socket() as sock:
        # SO_REUSEADDR: a port left in TIME_WAIT is usable (Neo4j binds the same way); a listener is not.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((HOST, port))
        except OSError as exc:
            raise Neo4jLocalError(
                f"port {port} ({what}) on {HOST} is already in use ({exc.strerror}): "
                f"free it or choose another with --{what}-port"
            ) from None


#: Address ranges LOAD CSV must never fetch from: loopback, private, link-local (cloud metadata),
#: carrier-grade NAT, "this network", and their IPv6 counterparts. Neo4j resolves the URL's host
#: and refuses an address in these ranges.
BLOCKED_RANGES = (
    "0.0.0.0/8",
    "10.0.0.0/8",
    "100.64.0.0/10",
    "127.0.0.0/8",
    "169.254.0.0/16",
    "172.16.0.0/12",
    "192.168.0.0/16",
    "::1/128",
    "fc00::/7",
    "fe80::/10",
)

#: What keeps LOAD CSV from reading the server's files or reaching local services (issue 15). The
#: API refuses LOAD CSV by the query's plan as well; these hold for every other client of the server.
#: ``internal.dbms.cypher_ip_blocklist`` is the 5.x name (``unsupported.`` before 5.0), verified in
#: neo4j-configuration-5.26.30.jar; the README lists both for users of their own servers.
LOAD_CSV_SETTINGS = {
    "dbms.security.allow_csv_import_from_file_urls": "false",
    "internal.dbms.cypher_ip_blocklist": ",".join(BLOCKED_RANGES),
}


def _write_conf(home: Path, bolt: int, http: int) -> None:
    for sub in ("conf", "data", "logs", "run", "plugins", "import"):
        (home / sub).mkdir(parents=True, exist_ok=True)
    # No db.transaction.timeout: clients set their own, per transaction.
    (home / "conf" / "neo4j.conf").write_text(
        "# Written by diplograph.neo4j_local on every start: edits are overwritten.\n"
        f"server.default_listen_address={HOST}\n"
        f"server.bolt.listen_address={HOST}:{bolt}\n"
        f"server.http.listen_address={HOST}:{http}\n"
        "server.https.enabled=false\n"
        "server.memory.heap.initial_size=512m\n"
        "server.memory.heap.max_size=1g\n"
        "server.memory.pagecache.size=512m\n"
        "dbms.security.auth_enabled=true\n"
        "dbms.usage_report.enabled=false\n"  # it would try to reach the internet
        + "".join(f"server.directories.{d}={home / d}\n" for d in ("data", "logs", "run", "plugins"))
        + "".join(f"{key}={value}\n" for key, value in LOAD_CSV_SETTINGS.items())
        + f"server.directories.import={home / 'import'}\n"
    )


def _init_password(home: Path, state: dict, java: str, lib: Path) -> None:
    """Generate the password on first use, store it, then hand it to Neo4j before first start."""
    started_before = (home / "data" / "databases" / "system").exists()
    if not state.get("password"):
        if started_before:
            raise Neo4jLocalError(
                f"{home / 'data'} was set up with a password that {home / 'state.json'} no "
                f"longer holds: delete {home / 'data'} to start afresh with a new password"
            )
        state["password"] = secrets.token_urlsafe(24)
        while state["password"].startswith("-"):  # the admin tool would read it as an option
            state["password"] = secrets.token_urlsafe(24)
    _write_state(home, state)  # stored before it is used, so a crash cannot lose it
    if started_before or (home / "data" / "dbms" / "auth.ini").exists():
        return  # an initial password only counts before the first start
    tool = [java, "-cp", f"{lib}/*", "org.neo4j.cli.AdminTool", "dbms", "set-initial-password"]
    done = subprocess.run([*tool, state["password"]], env=_neo4j_env(home), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise Neo4jLocalError(f"setting the initial password failed:\n{done.stdout}{done.stderr}")


def _wait_for_bolt(home: Path, state: dict, timeout: float) -> None:
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError, DriverError, Neo4jError

    url = f"bolt://{HOST}:{state['bolt_port']}"
    deadline = time.monotonic() + timeout
    with GraphDatabase.driver(url, auth=(USER, state["password"]), connection_timeout=2) as driver:
        while True:
            if not _server_alive(state):
                raise Neo4jLocalError(f"Neo4j exited while starting.\n{_log_tails(home)}")
            try:
                driver.verify_connectivity()
                return
            except AuthError as exc:  # waiting longer cannot help
                raise Neo4jLocalError(f"{url} refused the password in state.json: {exc}") from None
            except (DriverError, Neo4jError, OSError):
                pass  # not listening yet
            if time.monotonic() > deadline:
                raise Neo4jLocalError(f"Neo4j did not answer on {url} within {timeout:g} s.\n{_log_tails(home)}")
            time.sleep(0.5)


def _server_version(url: str, password: str) -> str | None:
    from neo4j import GraphDatabase
    from neo4j.exceptions import DriverError, Neo4jError

    try:
        with GraphDatabase.driver(url, auth=(USER, password), connection_timeout=2) as driver:
            return driver.get_server_info().agent.removeprefix("Neo4j/")
    except (DriverError, Neo4jError, OSError):
        return None


def _server_alive(state: dict) -> bool:
    """True while ``state["pid"]`` is still the process that start() spawned, not a recycled pid.

    It is identified by its start time, recorded at spawn: cmdline and status cannot do it, since a
    stopping JVM's first thread exits before the others, and Linux then shows the process as a
    zombie with an empty cmdline while it still holds its ports.
    """
    if not state.get("pid"):
        return False
    with contextlib.suppress(ChildProcessError):  # raised when the server is not our child
        if os.waitpid(state["pid"], os.WNOHANG)[0] == state["pid"]:
            return False  # it had exited: reaping it here stops a zombie from looking alive
    try:
        # 1 s of slack: psutil derives the time from the boot time, which the kernel may adjust.
        return abs(psutil.Process(state["pid"]).create_time() - (state.get("started") or 0)) < 1
    except psutil.Error:
        return False


def _terminate(state: dict, *, grace: float = 60) -> None:
    for sig, wait in ((signal.SIGTERM, grace), (signal.SIGKILL, 10)):
        if not _server_alive(state):
            return
        os.kill(state["pid"], sig)
        deadline = time.monotonic() + wait
        while time.monotonic() < deadline and _server_alive(state):
            time.sleep(0.2)
    if _server_alive(state):
        raise Neo4jLocalError(f"Neo4j (pid {state['pid']}) still runs after SIGKILL")


def _log_tails(home: Path, lines: int = 30) -> str:
    parts = []
    for path in (home / "logs" / "console.log", home / "logs" / "neo4j.log"):
        text = path.read_text(errors="replace").splitlines()[-lines:] if path.is_file() else ["(no such file)"]
        parts.append(f"--- last {lines} lines of {path} ---\n" + "\n".join(text))
    return "\n".join(parts)


def _tree_size(folder: Path) -> int:
    total = 0
    for root, _dirs, files in os.walk(folder):
        for name in files:
            with contextlib.suppress(OSError):  # a running server rotates and deletes files
                total += os.lstat(os.path.join(root, name)).st_size
    return total


def _neo4j_env(home: Path) -> dict[str, str]:
    return {**os.environ, "NEO4J_HOME": str(home), "NEO4J_CONF": str(home / "conf")}


def _read_state(home: Path) -> dict:
    try:
        return json.loads((home / "state.json").read_text())
    except FileNotFoundError:
        return {}


def _write_state(home: Path, state: dict) -> None:
    # A fresh 0600 file renamed into place: the password is never readable by others, even briefly.
    tmp = home / "state.json.tmp"
    tmp.unlink(missing_ok=True)
    with os.fdopen(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w") as out:
        json.dump(state, out, indent=2)
    tmp.replace(home / "state.json")


@contextlib.contextmanager
def _locked(home: Path) -> Iterator[None]:
    """One start, stop or fetch at a time per home, across processes (e.g. parallel test runs)."""
    home.mkdir(parents=True, exist_ok=True)
    with (home / ".lock").open("w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield
