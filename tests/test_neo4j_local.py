"""The local Neo4j server of diplograph.neo4j_local, for real: Maven-fetched jars, a JVM, Bolt.

Tests marked ``neo4j`` use the server the session already has at the default home (scripts/test
starts one) and start their own only for what would disturb it: the stop test runs on a server in a
temp home, on free ports, sharing the default home's jars. The unit tests at the top need neither.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from neo4j import GraphDatabase

from diplograph import neo4j_local
from diplograph.neo4j_cli import neo4j_group
from diplograph.neo4j_local import Neo4jLocalError, ServerInfo

APT_HINT = "apt-get install -y openjdk-17-jre-headless maven"


def free_ports(count: int) -> list[int]:
    """Ports free on loopback right now (held open together, so they differ)."""
    socks = [socket.socket() for _ in range(count)]
    try:
        for sock in socks:
            sock.bind(("127.0.0.1", 0))
        return [sock.getsockname()[1] for sock in socks]
    finally:
        for sock in socks:
            sock.close()


# --- unit tests: faults that cannot be caused otherwise --------------------------------------------


def test_missing_java_is_explained(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    real_which = shutil.which
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None if name == "java" else real_which(name, *a, **k))
    with pytest.raises(Neo4jLocalError, match="Java 17 or newer") as caught:
        neo4j_local.start(home=tmp_path)
    assert APT_HINT in str(caught.value)


def test_missing_maven_is_explained(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(shutil, "which", lambda name, *a, **k: None)
    with pytest.raises(Neo4jLocalError, match=r"Maven \(`mvn`\)") as caught:
        neo4j_local.ensure_artifacts(home=tmp_path)
    assert APT_HINT in str(caught.value)
    assert not (tmp_path / "lib").exists()


def test_old_java_is_refused(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    java = bin_dir / "java"
    java.write_text("#!/bin/sh\necho 'openjdk version \"1.8.0_292\"' >&2\n")
    java.chmod(0o755)
    monkeypatch.setenv("PATH", str(bin_dir))
    with pytest.raises(Neo4jLocalError, match=r'needs Java 17 or newer, and .* is \'openjdk version "1.8.0_292"\''):
        neo4j_local.start(home=tmp_path / "home")


def test_stop_leaves_a_recycled_pid_alone(tmp_path: Path) -> None:
    """A stale state.json whose pid now belongs to another program: stop() must not kill it."""
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        # The pid a server had, started an hour before the program that has that pid now.
        state = {"password": "x", "bolt_port": 1, "http_port": 2, "pid": other.pid, "started": time.time() - 3600}
        (tmp_path / "state.json").write_text(json.dumps(state))
        info = neo4j_local.stop(home=tmp_path)
        assert not info.running
        assert info.pid is None
        assert other.poll() is None, "stop() killed a process that is not this home's Neo4j"
        assert json.loads((tmp_path / "state.json").read_text())["pid"] is None
    finally:
        other.kill()
        other.wait()


def test_credentials_only_for_the_local_bolt_address(tmp_path: Path) -> None:
    assert neo4j_local.local_server_url(home=tmp_path) is None
    assert neo4j_local.local_credentials("bolt://127.0.0.1:7687", home=tmp_path) is None
    (tmp_path / "state.json").write_text(json.dumps({"password": "pw", "bolt_port": 7699, "http_port": 7498}))
    assert neo4j_local.local_server_url(home=tmp_path) == "bolt://127.0.0.1:7699"
    for url in ("bolt://127.0.0.1:7699", "bolt://localhost:7699", "neo4j://127.0.0.1:7699"):
        assert neo4j_local.local_credentials(url, home=tmp_path) == ("neo4j", "pw")
    for url in ("bolt://127.0.0.1:7687", "bolt://127.0.0.1", "bolt://db.example:7699", "http://127.0.0.1:7699"):
        assert neo4j_local.local_credentials(url, home=tmp_path) is None


# --- a real server --------------------------------------------------------------------------------


def _need_tools() -> None:
    """Skip (or fail, under DIPLOGRAPH_REQUIRE_NEO4J=1) where Java or a first fetch cannot work."""
    lib_ready = (neo4j_local.neo4j_home() / "lib" / ".complete").is_file()
    missing = [tool for tool in ("java", "mvn") if shutil.which(tool) is None and (tool == "java" or not lib_ready)]
    if missing:
        message = f"{' and '.join(missing)} not on PATH: cannot run a local Neo4j ({APT_HINT})"
        if os.environ.get("DIPLOGRAPH_REQUIRE_NEO4J") == "1":
            pytest.fail(message)
        pytest.skip(message)


@pytest.fixture(scope="module")
def own_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerInfo]:
    """A server this module starts and stops: temp home, free ports, the default home's jars."""
    _need_tools()
    lib = neo4j_local.ensure_artifacts()  # fetched once into the default home, then shared
    home = tmp_path_factory.mktemp("neo4j-home")
    (home / "lib").symlink_to(lib, target_is_directory=True)
    bolt, http = free_ports(2)
    # generous: a second JVM beside the session's server starts slowly on a loaded CI machine
    info = neo4j_local.start(bolt_port=bolt, http_port=http, timeout=300, home=home)
    yield info
    neo4j_local.stop(home=home)


@pytest.fixture(scope="module")
def server(request: pytest.FixtureRequest) -> ServerInfo:
    """The session's server (default home) if it runs, else this module's own."""
    _need_tools()
    info = neo4j_local.status()
    return info if info.running else request.getfixturevalue("own_server")


@pytest.mark.neo4j
def test_status_of_a_running_server(server: ServerInfo) -> None:
    info = neo4j_local.status(home=server.home)
    assert info.running
    assert info.pid == server.pid
    assert info.version == neo4j_local.NEO4J_VERSION
    assert info.bolt_url.startswith("bolt://127.0.0.1:")
    assert info.http_url.startswith("http://127.0.0.1:")
    assert info.data_bytes > 0
    assert info.password_file.stat().st_mode & 0o777 == 0o600
    assert neo4j_local.local_server_url(home=server.home) == info.bolt_url


@pytest.mark.neo4j
def test_status_command_ends_with_the_store_url(server: ServerInfo, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DIPLOGRAPH_NEO4J_HOME", str(server.home))
    result = CliRunner().invoke(neo4j_group, ["status"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().splitlines()
    assert "running:  yes" in lines
    assert lines[-1] == server.bolt_url


@pytest.mark.neo4j
def test_write_and_read_through_the_driver(server: ServerInfo) -> None:
    auth = neo4j_local.local_credentials(server.bolt_url, home=server.home)
    assert auth is not None
    token = uuid.uuid4().hex  # the session's server is shared: touch only this test's node
    with GraphDatabase.driver(server.bolt_url, auth=auth) as driver:
        try:
            driver.execute_query("CREATE (:NeoLocalProbe {token: $token, at: datetime()})", token=token)
            records, _, _ = driver.execute_query(
                "MATCH (p:NeoLocalProbe {token: $token}) RETURN p.token AS token, count(*) AS n", token=token
            )
            assert [(r["token"], r["n"]) for r in records] == [(token, 1)]
        finally:
            driver.execute_query("MATCH (p:NeoLocalProbe {token: $token}) DELETE p", token=token)


@pytest.mark.neo4j
def test_start_when_running_is_a_no_op(server: ServerInfo) -> None:
    again = neo4j_local.start(home=server.home, timeout=10)
    assert (again.running, again.pid, again.bolt_url) == (True, server.pid, server.bolt_url)


@pytest.mark.neo4j
@pytest.mark.parametrize("taken", ["bolt", "http"])
def test_a_taken_port_is_named(taken: str, tmp_path: Path) -> None:
    _need_tools()
    bolt, http = free_ports(2)
    port = bolt if taken == "bolt" else http
    with socket.socket() as squatter:
        squatter.bind(("127.0.0.1", port))
        squatter.listen()
        with pytest.raises(Neo4jLocalError, match=rf"port {port} \({taken}\) on 127\.0\.0\.1 is already in use"):
            neo4j_local.start(bolt_port=bolt, http_port=http, home=tmp_path)
    assert not (tmp_path / "lib").exists(), "the port check must come before the fetch"


@pytest.mark.neo4j
def test_a_server_that_dies_while_starting_shows_its_log(tmp_path: Path) -> None:
    """A lib folder marked complete but empty: the JVM starts and exits at once."""
    _need_tools()
    (tmp_path / "lib").mkdir()
    (tmp_path / "lib" / ".complete").write_text("deliberately empty\n")
    (tmp_path / "data" / "dbms").mkdir(parents=True)
    (tmp_path / "data" / "dbms" / "auth.ini").write_text("")  # as if the password had been set
    (tmp_path / "state.json").write_text(json.dumps({"password": "not-used-here"}))
    bolt, http = free_ports(2)
    with pytest.raises(Neo4jLocalError, match="Neo4j exited while starting") as caught:
        neo4j_local.start(bolt_port=bolt, http_port=http, timeout=60, home=tmp_path)
    assert "console.log" in str(caught.value)
    assert "org.neo4j.server.CommunityEntryPoint" in str(caught.value)  # java's own complaint, quoted
    assert not neo4j_local.status(home=tmp_path).running


@pytest.mark.neo4j
def test_stop_is_idempotent(own_server: ServerInfo) -> None:
    """Last in the module: it stops the module's own server (never the session's)."""
    home = own_server.home
    first = neo4j_local.stop(home=home)
    assert (first.running, first.pid) == (False, None)
    port = int(own_server.bolt_url.rsplit(":", 1)[1])
    with socket.socket() as sock:  # the server let go of its port
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", port))
    second = neo4j_local.stop(home=home)
    assert (second.running, second.pid) == (False, None)
    result = CliRunner().invoke(neo4j_group, ["status"], env={"DIPLOGRAPH_NEO4J_HOME": str(home)})
    assert result.exit_code == 3
    assert result.output.strip().splitlines()[-1] == own_server.bolt_url


def test_load_csv_is_closed_in_the_local_conf_and_in_docker_compose(tmp_path: Path) -> None:
    """The local server's conf and docker-compose's Neo4j close LOAD CSV the same way (issue 15); the
    server starting with these settings is what every neo4j-marked test relies on."""
    neo4j_local._write_conf(tmp_path, 7687, 7474)
    conf = (tmp_path / "conf" / "neo4j.conf").read_text()
    blocklist = ",".join(neo4j_local.BLOCKED_RANGES)
    assert "dbms.security.allow_csv_import_from_file_urls=false\n" in conf
    assert f"internal.dbms.cypher_ip_blocklist={blocklist}\n" in conf
    assert f"server.directories.import={tmp_path / 'import'}\n" in conf and (tmp_path / "import").is_dir()
    compose = (Path(__file__).resolve().parents[1] / "docker-compose.yml").read_text()
    assert 'NEO4J_dbms_security_allow__csv__import__from__file__urls: "false"' in compose
    assert f'NEO4J_internal_dbms_cypher__ip__blocklist: "{blocklist}"' in compose
    assert "change-me" not in compose  # no default password
