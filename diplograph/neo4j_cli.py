"""``diplograph neo4j start|stop|status|import``: the local Neo4j server of :mod:`diplograph.neo4j_local`.

Every command prints human lines first and the store URL as its LAST line, so scripts can do
``url=$(diplograph neo4j status | tail -n 1)`` and pass it to ``diplograph --store``.
"""

from __future__ import annotations

from pathlib import Path

import click

from diplograph import neo4j_local

__all__ = ["neo4j_group"]

EXIT_NOT_RUNNING = 3  # as in LSB init scripts and `systemctl status`: "program is not running"
PORT = click.IntRange(1, 65535)

neo4j_group = click.Group(
    "neo4j",
    help=(
        "Run a local Neo4j Community server (no Docker): jars fetched once from Maven Central, "
        "listening on 127.0.0.1 only, password generated and stored in its home folder "
        "(env DIPLOGRAPH_NEO4J_HOME, default ~/.cache/diplograph/neo4j-"
        f"{neo4j_local.NEO4J_VERSION}). Needs Java 17+ and, for the first fetch, Maven."
    ),
)


def _echo_info(info: neo4j_local.ServerInfo) -> None:
    click.echo(f"running:  {'yes' if info.running else 'no'}")
    if info.running:
        click.echo(f"pid:      {info.pid}")
        click.echo(f"version:  Neo4j {info.version}")
    click.echo(f"http:     {info.http_url}")
    click.echo(f"home:     {info.home} (data {info.data_bytes / 1e6:.1f} MB)")
    click.echo(f"password: {info.password_file}")
    click.echo(info.bolt_url)


@neo4j_group.command("start")
@click.option("--bolt-port", type=PORT, help="Bolt port [default: the last one used, else 7687].")
@click.option("--http-port", type=PORT, help="HTTP port [default: the last one used, else 7474].")
@click.option("--timeout", default=120.0, show_default=True, help="Seconds to wait for Bolt.")
def start_command(bolt_port: int | None, http_port: int | None, timeout: float) -> None:
    """Start the server (no-op if running) and wait until it answers."""
    try:
        info = neo4j_local.start(bolt_port=bolt_port, http_port=http_port, timeout=timeout)
    except neo4j_local.Neo4jLocalError as exc:
        raise click.ClickException(str(exc)) from None
    _echo_info(info)


@neo4j_group.command("stop")
def stop_command() -> None:
    """Stop the server (SIGTERM, then SIGKILL after 60 s); fine if it is not running."""
    try:
        info = neo4j_local.stop()
    except neo4j_local.Neo4jLocalError as exc:
        raise click.ClickException(str(exc)) from None
    _echo_info(info)


@neo4j_group.command("status")
def status_command() -> None:
    """Show the server's state; exit 0 if it is running, 3 if not."""
    info = neo4j_local.status()
    _echo_info(info)
    if not info.running:
        raise click.exceptions.Exit(EXIT_NOT_RUNNING)


@neo4j_group.command("import")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace a database that is not empty.")
@click.option(
    "--server",
    metavar="URL",
    help="Skip the importer: only create the constraints, indexes and empty lists at URL, a Neo4j "
    "(e.g. in Docker) where you ran `neo4j-admin database import full @import.args` yourself.",
)
def import_command(directory: Path, force: bool, server: str | None) -> None:
    """Load DIRECTORY (from `diplograph export --format neo4j-admin`) with neo4j-admin import.

    Stops the server, imports, starts it again and creates the constraints and indexes. Refuses a
    database that holds anything unless --force (the import replaces it whole).
    """
    from diplograph.graph.bulk import BulkManifest
    from diplograph.ground.errors import DiplographError, WriteError
    from diplograph.neo4j_import import finish_import, import_directory

    if server:
        try:
            finish_import(server, BulkManifest.read(directory))
        except DiplographError as exc:
            raise click.ClickException(str(exc)) from None
        click.echo(f"constraints, indexes and empty lists in place at {server.split('@')[-1]}")
        return
    try:
        result = import_directory(directory, force=force)
    except (neo4j_local.Neo4jLocalError, WriteError) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(
        f"imported {result.nodes} nodes and {result.relationships} relationships in {result.total_seconds:.1f} s "
        f"(stop {result.stop_seconds:.1f} s, neo4j-admin {result.import_seconds:.1f} s, start "
        f"{result.start_seconds:.1f} s, constraints and indexes {result.schema_seconds:.1f} s)"
    )
    click.echo(result.bolt_url)


if __name__ == "__main__":  # `python -m diplograph.neo4j_cli status`, usable before cli.py wires it
    neo4j_group()
