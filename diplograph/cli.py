"""The ``diplograph`` command line.

Exit statuses: 0 success; 1 some input was rejected (ingest) or a query failed; 2 bad usage or
configuration; 3 the store cannot be reached.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from diplograph.ground.config import get_settings
from diplograph.ground.errors import ConfigError, DiplographError, StoreUnavailable

F = TypeVar("F", bound=Callable[..., Any])
# soft_wrap: a line stays one line when the output is a pipe or a log, whatever its length
err = Console(stderr=True, soft_wrap=True)
out = Console(soft_wrap=True)


def store_option(fn: F) -> F:
    """``--store`` on every command that touches the graph (or ``DIPLOGRAPH_STORE``)."""
    return click.option(
        "--store",
        "store_url",
        envvar="DIPLOGRAPH_STORE",
        default=None,
        metavar="URL",
        help="bolt:// or neo4j:// URL, a directory, or embedded:PATH [default: .diplograph]",
    )(fn)


def require_store(store_url: str | None) -> None:
    """Refuse (exit 2) a store that does not exist: a mistyped --store must not read as an empty
    graph. Only ``ingest`` and ``import`` create a store."""
    from diplograph.connect import store_exists

    try:
        if store_exists(store_url):
            return
    except ConfigError as exc:
        err.print(f"[red]configuration:[/] {escape(str(exc))}")
        sys.exit(2)
    url = store_url or get_settings().store
    err.print(
        f"[red]no store at {escape(url)}:[/] check --store (or DIPLOGRAPH_STORE); "
        f"`diplograph ingest PATH --store {escape(url)}` or `diplograph import FILE --store {escape(url)}` creates one"
    )
    sys.exit(2)


def _open(store_url: str | None, *, create: bool = False):
    """Open the store, or exit with the CLI's status for why not (see the module docstring)."""
    from diplograph.connect import open_store

    if not create:
        require_store(store_url)
    try:
        return open_store(store_url)
    except StoreUnavailable as exc:
        err.print(f"[red]store unavailable:[/] {escape(str(exc))}")
        sys.exit(3)
    except ConfigError as exc:
        err.print(f"[red]configuration:[/] {escape(str(exc))}")
        sys.exit(2)


def _parse_params(pairs: tuple[str, ...]) -> dict[str, Any]:
    """``k=v`` pairs; a value that parses as JSON (numbers, lists, true/null) is taken as such."""
    params: dict[str, Any] = {}
    for pair in pairs:
        name, sep, raw = pair.partition("=")
        if not sep or not name:
            raise click.BadParameter(f"expected NAME=VALUE, got {pair!r}", param_hint="--param")
        try:
            params[name] = json.loads(raw)
        except json.JSONDecodeError:
            params[name] = raw
    return params


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.option("-v", "--verbose", count=True, help="more logging (-vv for debug)")
@click.version_option(package_name="diplograph")
def main(verbose: int) -> None:
    """diplograph: a knowledge graph of geopolitical actors, events and positions."""
    level = logging.WARNING - 10 * min(verbose, 2)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s")
    from pydantic import ValidationError

    try:
        get_settings()  # validated here, once: a bad setting is a configuration error (exit 2)
    except ValidationError as exc:
        for error in exc.errors():
            field = ".".join(str(part) for part in error["loc"]) or "settings"
            err.print(f"[red]configuration:[/] {escape(field)}: {escape(str(error['msg']))}")
        sys.exit(2)


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option(
    "--manifest", type=click.Path(path_type=Path), help="manifest (JSON, JSONL or CSV) with document metadata"
)
@click.option("--force", is_flag=True, help="rewrite documents even when unchanged")
@click.option("--model", default=None, help="spaCy pipeline package or path [default: DIPLOGRAPH_SPACY_MODEL]")
@click.option(
    "--processes", default=1, show_default=True, type=click.IntRange(1, 64), help="extraction processes (Ray: actors)"
)
@click.option(
    "--engine", type=click.Choice(["local", "ray"]), default="local", show_default=True, help="where extraction runs"
)
@click.option("--address", metavar="URL", help="Ray cluster to join (ray://host:10001) [default: a local Ray]")
@click.option("--bulk", is_flag=True, help="write neo4j-admin CSV and import it into the local Neo4j in one go")
@click.option(
    "--bulk-dir", type=click.Path(file_okay=False, path_type=Path), help="keep the CSV here [default: temporary]"
)
@click.option("--json", "as_json", is_flag=True, help="print the summary as JSON")
@click.option(
    "--follow-links", is_flag=True, help="follow symbolic links that lead out of the folders ingested [default: refuse]"
)
@store_option
def ingest(
    paths: tuple[Path, ...],
    manifest: Path | None,
    force: bool,
    model: str | None,
    processes: int,
    engine: str,
    address: str | None,
    bulk: bool,
    bulk_dir: Path | None,
    as_json: bool,
    follow_links: bool,
    store_url: str | None,
) -> None:
    """Read documents (files or folders of .txt/.md) into the graph.

    With --bulk the graph goes to neo4j-admin CSV and is imported into the local Neo4j
    (`diplograph neo4j start`), replacing its database: a non-empty one only with --force.
    """
    from diplograph.ingest import ingest as run_ingest

    settings = get_settings()
    if address and engine != "ray":
        raise click.UsageError("--address is the Ray cluster of --engine ray")
    if bulk_dir and not bulk:
        raise click.UsageError("--bulk-dir goes with --bulk")
    extractor = _extractor(engine, model or settings.spacy_model, processes=processes, address=address)
    sink = _bulk_sink(bulk_dir, store_url, force=force) if bulk else None
    with sink or _open(store_url, create=True) as store:
        progress = _progress_bar(disable=as_json)
        with progress:
            task = progress.add_task("", total=None)

            def on_progress(done: int, total: int, name: str) -> None:
                progress.update(task, completed=done, total=total, description=name[:40])

            try:
                report = run_ingest(
                    paths,
                    store,
                    extractor,
                    manifest=manifest,
                    force=force,
                    max_bytes=settings.max_file_bytes,
                    on_progress=on_progress,
                    follow_links=follow_links,
                )
            except StoreUnavailable as exc:
                err.print(f"[red]store unavailable:[/] {escape(str(exc))}")
                sys.exit(3)
    summary = report.as_dict()
    if sink is not None:
        summary["import"] = _bulk_import(
            sink.root, force=force, keep=bulk_dir is not None, quiet=as_json, stopping=sink.stopping
        )
    if as_json:
        click.echo(json.dumps(summary, indent=1))
    else:
        _print_report(report, store.url)
    sys.exit(1 if report.rejected else 0)


def _progress_bar(*, disable: bool) -> Any:
    """ingest's progress on stderr: documents done of all, time left, the current file."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    return Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        TextColumn("{task.description}"),
        console=err,
        transient=True,
        disable=disable,
    )


def _extractor(engine: str, model: str, *, processes: int, address: str | None) -> Any:
    """The extractor of ``--engine``: local processes, or Ray workers (local or a cluster's)."""
    if engine != "ray":
        from diplograph.extract.pipeline import build_extractor

        return build_extractor(model, processes=processes)
    try:
        import ray  # noqa: F401
    except ImportError:
        raise click.UsageError("--engine ray needs Ray: pip install -c requirements/lock.txt '.[ray]'") from None
    from diplograph.ray_engine import RayExtractor

    return RayExtractor(model, workers=processes, address=address)


def _bulk_sink(bulk_dir: Path | None, store_url: str | None, *, force: bool) -> Any:
    import tempfile

    from diplograph.neo4j_import import BulkSink, check_importable
    from diplograph.neo4j_local import Neo4jLocalError, local_server_url

    if store_url and store_url != local_server_url():
        raise click.UsageError("--bulk loads the local Neo4j (`diplograph neo4j start`): leave out --store")
    try:  # before the corpus is read, not after
        check_importable(force=force)
    except Neo4jLocalError as exc:
        err.print(f"[red]bulk import refused:[/] {escape(str(exc))}")
        sys.exit(1)
    return BulkSink(bulk_dir or Path(tempfile.mkdtemp(prefix="diplograph-bulk-")))


def _bulk_import(root: Path, *, force: bool, keep: bool, quiet: bool, stopping: Any = None) -> dict[str, Any]:
    """Import a finished bulk directory into the local Neo4j (exit 1 if refused or failed)."""
    import shutil

    from diplograph.ground.errors import WriteError
    from diplograph.neo4j_import import import_directory
    from diplograph.neo4j_local import Neo4jLocalError

    try:
        result = import_directory(root, force=force, stopping=stopping)
    except (Neo4jLocalError, WriteError) as exc:
        err.print(f"[red]bulk import failed:[/] {escape(str(exc))}")
        err.print(f"the CSV is kept in {escape(str(root))}: `diplograph neo4j import {escape(str(root))}` loads it")
        sys.exit(1)
    if not keep:
        shutil.rmtree(root, ignore_errors=True)
    if not quiet:
        err.print(
            f"imported {result.nodes} nodes and {result.relationships} relationships into {result.bolt_url} in "
            f"{result.total_seconds:.1f} s (waiting for the server's stop {result.stop_seconds:.1f} s, neo4j-admin "
            f"{result.import_seconds:.1f} s, start {result.start_seconds:.1f} s, constraints and indexes "
            f"{result.schema_seconds:.1f} s)"
        )
    return {
        "nodes": result.nodes,
        "relationships": result.relationships,
        "stop_seconds": round(result.stop_seconds, 3),
        "import_seconds": round(result.import_seconds, 3),
        "start_seconds": round(result.start_seconds, 3),
        "schema_seconds": round(result.schema_seconds, 3),
        "total_seconds": round(result.total_seconds, 3),
        "store": result.bolt_url,
    }


def _print_report(report: Any, url: str) -> None:
    out.print(
        f"[bold]{report.documents}[/] documents into {escape(url)} "
        f"({report.created} new, {report.replaced} replaced, {report.unchanged} unchanged) "
        f"in {report.seconds:.1f} s: {report.nodes} nodes and {report.relationships} relationships written"
    )
    if report.claims_by_type:
        out.print("claims: " + ", ".join(f"{k} {v}" for k, v in sorted(report.claims_by_type.items())))
    if report.normalisations:
        out.print("normalisations: " + ", ".join(f"{k} {v}" for k, v in sorted(report.normalisations.items())))
    for rejected in report.rejected:
        err.print(f"[yellow]rejected[/] {escape(rejected.path)}: {escape(rejected.reason)}")
    if report.rejected:
        err.print(f"[yellow]{len(report.rejected)} rejected[/]")


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "graphml", "csv", "parquet", "neo4j-admin"]),
    default="jsonl",
    show_default=True,
    help="jsonl: APOC-style lines; graphml: one file (Gephi, networkx); csv, parquet: a folder of tables; "
    "neo4j-admin: a folder of importer CSV (`diplograph neo4j import DIR`)",
)
@click.option(
    "-o",
    "--output",
    type=click.Path(path_type=Path),
    help="file to write (jsonl, graphml) [default: stdout], or folder (csv, parquet, neo4j-admin; required)",
)
@store_option
def export(fmt: str, output: Path | None, store_url: str | None) -> None:
    """Export the graph: JSON lines (nodes first, then relationships), GraphML, tables (nodes
    and one per relationship type) as CSV or Parquet, or neo4j-admin import CSV."""
    from diplograph.graph import tables
    from diplograph.graph.stores import export_line

    if fmt == "neo4j-admin":
        _export_neo4j_admin(output, store_url)
        return
    if fmt in ("csv", "parquet") and output is None:
        raise click.UsageError(f"--format {fmt} writes a folder of tables: give it with -o DIR")
    with _open(store_url) as store:
        if fmt in ("csv", "parquet"):
            written = (tables.write_csv if fmt == "csv" else tables.write_parquet)(store, output)  # type: ignore[arg-type]
            err.print(f"{len(written)} files into {escape(str(output))}: " + ", ".join(p.name for p in written))
            return
        if fmt == "graphml":
            if output:
                tables.write_graphml(store, output)
            else:
                import tempfile

                with tempfile.TemporaryDirectory() as tmp:
                    path = tables.write_graphml(store, Path(tmp) / "graph.graphml")
                    sys.stdout.write(path.read_text(encoding="utf-8"))
            return
        stream = output.open("w", encoding="utf-8") if output else sys.stdout
        try:
            for obj in store.export():
                stream.write(export_line(obj) + "\n")
        finally:
            if output:
                stream.close()


def _export_neo4j_admin(output: Path | None, store_url: str | None) -> None:
    from diplograph.graph.bulk import write_export
    from diplograph.ground.errors import WriteError

    if output is None:
        raise click.UsageError("--format neo4j-admin writes a directory: give it with -o DIR")
    with _open(store_url) as store:
        try:
            manifest = write_export(store.export(), output)
        except (ValueError, WriteError) as exc:
            err.print(f"[red]export failed:[/] {escape(str(exc).splitlines()[0])}")
            sys.exit(1)
    out.print(f"{manifest.node_count} nodes and {manifest.relationship_count} relationships in {escape(str(output))}")


@main.command("import")
@click.argument("source", type=click.File("r", encoding="utf-8"))
@click.option("--force", is_flag=True, help="rewrite documents even when unchanged")
@store_option
def import_(source: Any, force: bool, store_url: str | None) -> None:
    """Load an export (JSON lines, - for stdin) into the store, one document per transaction."""
    from diplograph.graph.transfer import batches_from_export
    from diplograph.ground.errors import WriteError

    written = unchanged = 0
    with _open(store_url, create=True) as store:
        try:
            for batch in batches_from_export(source):
                result = store.write_document(batch, force=force)
                written += result.status != "unchanged"
                unchanged += result.status == "unchanged"
        except (ValueError, WriteError) as exc:
            err.print(f"[red]import failed:[/] {escape(str(exc).splitlines()[0])}")
            sys.exit(1)
        url = store.url
    out.print(f"{written + unchanged} documents into {escape(url)} ({written} written, {unchanged} unchanged)")


FORMATS = ("table", "json", "csv", "tsv")


@main.command()
@click.argument("cypher", required=False)
@click.option("--name", help="run a cookbook query from cypher/ by name instead")
@click.option("--list", "list_queries", is_flag=True, help="list the cookbook's queries and their parameters")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE", help="query parameter (repeatable)")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="output: a table on a terminal, tab-separated rows (a header line first) otherwise",
)
@click.option("--json", "as_json", is_flag=True, help="same as --format json")
@click.option("--timeout", type=float, default=None, help="server-side timeout in seconds")
@store_option
def query(
    cypher: str | None,
    name: str | None,
    list_queries: bool,
    params: tuple[str, ...],
    fmt: str | None,
    as_json: bool,
    timeout: float | None,
    store_url: str | None,
) -> None:
    """Run a read-only Cypher query (the store refuses writes), or a cookbook query by --name."""
    fmt = "json" if as_json else fmt or ("table" if sys.stdout.isatty() else "tsv")
    if list_queries:
        _list_cookbook(fmt)
        return
    if bool(cypher) == bool(name):
        raise click.UsageError("give either a CYPHER text or --name (--list shows the names)")
    if name:
        from diplograph.cypher import ParamError, get_query

        try:
            cookbook = get_query(name)
        except KeyError as exc:
            raise click.UsageError(str(exc).strip('"')) from None
        raw: dict[str, str] = {}
        for pair in params:
            key, sep, value = pair.partition("=")
            if not sep or not key:
                raise click.BadParameter(f"expected NAME=VALUE, got {pair!r}", param_hint="--param")
            raw[key] = value
        try:  # typed by the query's declared parameters: since=2022 stays the string "2022"
            values = cookbook.bind(cookbook.from_text(raw))
        except ParamError as exc:
            raise click.UsageError(str(exc)) from None
        cypher = cookbook.text
    else:
        values = _parse_params(params)
    assert cypher is not None
    with _open(store_url) as store:
        try:
            result = store.read(cypher, values, timeout=timeout)
        except StoreUnavailable as exc:
            err.print(f"[red]store unavailable:[/] {escape(one_line(exc))}")
            sys.exit(3)
        except DiplographError as exc:
            err.print(f"[red]{type(exc).__name__}:[/] {escape(one_line(exc))}")
            sys.exit(1)
    _print_rows(result.columns, result.rows, fmt, truncated=result.truncated)


def one_line(exc: BaseException) -> str:
    """An error's message on one line: Neo4j adds the query and a caret on lines of their own."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return lines[0] if lines else type(exc).__name__


def _cell(value: Any) -> str:
    if value is None:
        return ""
    return value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)


def _print_rows(columns: list[str], rows: list[list[Any]], fmt: str, *, truncated: bool = False) -> None:
    """Rows as a table (a terminal), JSON, CSV or tab-separated lines (anything else)."""
    if fmt == "json":
        records = [dict(zip(columns, row, strict=True)) for row in rows]
        click.echo(
            json.dumps({"columns": columns, "rows": records, "truncated": truncated}, ensure_ascii=False, indent=1)
        )
        return
    if fmt == "csv":
        import csv

        writer = csv.writer(sys.stdout, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([_cell(v) for v in row] for row in rows)
    elif fmt == "tsv":
        # one record per line whatever a value holds: tabs and line breaks in values are escaped
        def field(value: Any) -> str:
            return _cell(value).replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")

        click.echo("\t".join(columns))
        for row in rows:
            click.echo("\t".join(field(v) for v in row))
    else:
        table = Table(*columns, show_lines=False)
        for row in rows:
            table.add_row(*(Text(_cell(v)) for v in row))
        out.print(table)
    err.print(f"{len(rows)} rows" + (" (truncated)" if truncated else ""))


def _list_cookbook(fmt: str) -> None:
    from diplograph.cypher import load_queries

    queries = load_queries().values()
    columns = ["name", "question", "params", "returns"]
    rows = [
        [
            q.name,
            q.question,
            ", ".join(f"{p}{'' if p in q.required else '?'}" for p in q.params),
            q.returns,
        ]
        for q in queries
    ]
    if fmt == "json":
        click.echo(
            json.dumps(
                [
                    {
                        "name": q.name,
                        "question": q.question,
                        "params": [
                            {
                                "name": p,
                                "description": d,
                                "required": p in q.required,
                                "example": q.example_params().get(p),
                            }
                            for p, d in q.params.items()
                        ],
                        "returns": q.returns,
                    }
                    for q in queries
                ],
                ensure_ascii=False,
                indent=1,
            )
        )
        return
    _print_rows(columns, rows, fmt)


@main.command()
@click.option("--json", "as_json", is_flag=True)
@store_option
def stats(as_json: bool, store_url: str | None) -> None:
    """Count nodes per label and relationships per type."""
    with _open(store_url) as store:
        s = store.stats()
        url = store.url
    if as_json:
        click.echo(json.dumps({"store": url, "nodes": s.nodes, "relationships": s.relationships}, indent=1))
        return
    table = Table("label / type", "count", title=url)
    for k, v in s.nodes.items():
        table.add_row(f":{k}", str(v))
    for k, v in s.relationships.items():
        table.add_row(f"[{k}]", str(v))
    table.add_row("[bold]nodes[/]", str(s.node_count))
    table.add_row("[bold]relationships[/]", str(s.relationship_count))
    out.print(table)


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=int)
@store_option
def serve(host: str, port: int, store_url: str | None) -> None:
    """Serve the HTTP API over the store: OpenAPI at /openapi.json, interactive docs at /docs,
    the explorer page at /ui."""
    import signal

    import uvicorn

    from diplograph.api.main import create_app

    require_store(store_url)
    app = create_app(store_url)
    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="info"))
    # uvicorn shuts down gracefully (the lifespan closes the store, and with it the embedded
    # store's bundled server) on SIGINT and SIGTERM; a closed terminal's SIGHUP would otherwise
    # end the process without that and leave the bundled server running.
    signal.signal(signal.SIGHUP, lambda sig, frame: server.handle_exit(sig, frame))
    try:
        server.run()
    finally:
        app.state.stores.close()  # idempotent: whatever stopped the server, its store is closed


@main.command()
@click.option("--yes", is_flag=True, help="do not ask")
@store_option
def reset(yes: bool, store_url: str | None) -> None:
    """Delete every node and relationship in the store."""
    with _open(store_url) as store:
        if not yes:
            click.confirm(f"delete everything in {store.url}?", abort=True)
        store.wipe()
        err.print(f"emptied {escape(store.url)}")


def _register_command_modules() -> None:
    """Commands kept in modules of their own (they import their dependencies only when run)."""
    from diplograph.neo4j_cli import neo4j_group
    from diplograph.positions_cli import positions

    main.add_command(neo4j_group)
    main.add_command(positions)


_register_command_modules()


if __name__ == "__main__":  # pragma: no cover
    main()
