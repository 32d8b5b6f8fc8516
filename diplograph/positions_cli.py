"""``diplograph positions ACTOR``: an actor's stance towards each target over time, as a table or a plot.

Register it on the main group with ``main.add_command(positions)``. It reads the store through
:mod:`diplograph.graph.algorithms` (the same rules as ``GET /positions``): each cell is the stance
of the actor towards the target in that period (``+`` support, ``-`` opposition, ``=``
abstention, ``±`` mixed) with the number of claims behind it; ``--quotes`` lists those claims'
quotes, ``--json`` gives everything with claim keys and offsets, ``--plot`` draws the timeline.

Exit statuses: 0 success; 1 the actor or a target names nothing in the graph; 2 bad usage;
3 the store cannot be reached.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from diplograph.ground.errors import ConfigError, DiplographError, StoreUnavailable

if TYPE_CHECKING:  # networkx and the store load on use, so `diplograph --help` stays fast
    from diplograph.graph import algorithms as A
    from diplograph.graph.stores import GraphStore

__all__ = ["TargetTimeline", "TimelineReport", "plot_timeline", "positions", "read_timeline"]

_out = Console(soft_wrap=True)
_err = Console(stderr=True, soft_wrap=True)
_MARKS = {"support": ("+", "green"), "oppose": ("-", "red"), "abstain": ("=", "grey58"), "mixed": ("±", "yellow")}
_DATE = r"^\d{4}(-\d{2}(-\d{2})?)?$"


@dataclass
class TargetTimeline:
    """One target's row: its periods and the summary of each (see ``algorithms.stance_timeline``)."""

    id: str
    name: str
    periods: dict[str, dict[str, Any]]


@dataclass
class TimelineReport:
    actor: str
    actor_name: str
    granularity: str
    since: str | None
    until: str | None
    targets: list[TargetTimeline] = field(default_factory=list)
    claims: dict[str, A.ClaimRow] = field(default_factory=dict)
    #: issue or topic (analysis.at_level)
    level: str = "issue"

    @property
    def periods(self) -> list[str]:
        return sorted({p for t in self.targets for p in t.periods})

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready: every cell with its claims (key, type, date, document, quote, offsets)."""

        def claim(key: str) -> dict[str, Any]:
            r = self.claims[key]
            return {
                "key": r.key,
                "type": r.type,
                "date": r.date,
                "as_of": r.as_of,
                "dated": r.dated,
                "choice": r.choice,
                "speaker": r.speaker,
                "doc_id": r.doc_id,
                "evidence": r.evidence,
                "start": r.start,
                "end": r.end,
            }

        return {
            "actor": {"id": self.actor, "name": self.actor_name},
            "granularity": self.granularity,
            "level": self.level,
            "since": self.since,
            "until": self.until,
            "targets": [
                {
                    "id": t.id,
                    "name": t.name,
                    "periods": {
                        p: {
                            "stance": s["stance"],
                            "score": s["score"],
                            "count": len(s["claims"]),
                            "relations": s["relations"],
                            "claims": [claim(k) for k in s["claims"]],
                        }
                        for p, s in t.periods.items()
                    },
                }
                for t in self.targets
            ],
        }


def read_timeline(
    store: GraphStore,
    actor: str,
    *,
    targets: list[str] | None = None,
    since: str | None = None,
    until: str | None = None,
    granularity: A.Granularity = "year",
    min_periods: int = 1,
    level: A.Level = "issue",
) -> TimelineReport:
    """The actor's timeline, targets with positions in the most periods first, at a level of the
    issue taxonomy (``issue`` or its parent ``topic``; see ``analysis.at_level``).

    Raises:
        LookupError: the actor or a target names no node (id, exact name or alias).
    """
    from diplograph.graph import algorithms as A
    from diplograph.graph import readers as R

    found = R.resolve_node(store, actor, labels=("Actor",))
    if found is None:
        raise LookupError(f"no actor {actor!r} in the graph")
    target_ids = None
    if targets:
        target_ids = []
        for ref in targets:
            hit = R.resolve_node(store, ref, labels=("Issue", "Actor", "Event"))
            if hit is None and level == "topic" and ref.startswith("issue:"):
                hit = (ref, ref)  # a topic no claim names itself: its issues' claims still count
            if hit is None:
                raise LookupError(f"no target {ref!r} in the graph")
            target_ids.append(hit[0])
    rows = R.read_positions(store, [found[0]], targets=target_ids, since=since, until=until, level=level)
    G = A.claims_graph(rows)
    cells = A.stance_timeline(G, found[0], since=since, until=until, granularity=granularity)
    report = TimelineReport(found[0], found[1], granularity, since, until, claims={r.key: r for r in rows}, level=level)
    rows_out = [
        TargetTimeline(t, str(G.nodes[t].get("name") or t), periods)
        for t, periods in cells.items()
        if len(periods) >= min_periods
    ]
    report.targets = sorted(rows_out, key=lambda t: (-len(t.periods), t.name.lower(), t.id))
    return report


def plot_timeline(report: TimelineReport, path: Path, *, max_targets: int = 40) -> Path:
    """Draw stance over time per target: one row per target, one dot per period, coloured by the
    mean signed score (red -1, grey 0, green +1) and sized by the number of claims."""
    import matplotlib

    matplotlib.use("Agg")  # no display here, and none needed for a file
    import matplotlib.pyplot as plt
    from matplotlib.colors import LinearSegmentedColormap

    targets = report.targets[:max_targets][::-1]  # the most covered at the top
    periods = report.periods
    if periods and all(len(p) == 4 for p in periods):  # years: a continuous axis, so gaps show as gaps
        periods = [str(y) for y in range(int(periods[0]), int(periods[-1]) + 1)]
    x_of = {p: i for i, p in enumerate(periods)}
    cmap = LinearSegmentedColormap.from_list("stance", ["#c0392b", "#9a9a9a", "#2e8b57"])
    height = max(2.5, 0.32 * len(targets) + 1.4)
    fig, ax = plt.subplots(figsize=(max(6.0, 0.6 * len(periods) + 4.5), height), dpi=120)
    xs, ys, colours, sizes = [], [], [], []
    for y, target in enumerate(targets):
        for period, s in target.periods.items():
            xs.append(x_of[period])
            ys.append(y)
            colours.append(s["score"])
            sizes.append(40 + 30 * min(len(s["claims"]), 8))
    points = ax.scatter(xs, ys, c=colours, s=sizes, cmap=cmap, vmin=-1, vmax=1, edgecolors="#333333", linewidths=0.4)
    ax.set_yticks(range(len(targets)), [t.name[:48] for t in targets], fontsize=8)
    ax.set_xticks(range(len(periods)), periods, rotation=45 if len(periods) > 12 else 0, fontsize=8)
    ax.set_xlim(-0.6, max(len(periods) - 0.4, 0.6))
    ax.set_ylim(-0.6, max(len(targets) - 0.4, 0.6))
    ax.grid(True, color="#e6e6e6", linewidth=0.6)
    ax.set_axisbelow(True)
    span = f"{periods[0]}–{periods[-1]}" if periods else "no positions"
    ax.set_title(f"Positions of {report.actor_name} over time ({span})", fontsize=10)
    bar = fig.colorbar(points, ax=ax, fraction=0.03, pad=0.02)
    bar.set_label("mean stance (-1 oppose, 0 abstain, +1 support)", fontsize=7)
    bar.ax.tick_params(labelsize=7)
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def _table(report: TimelineReport) -> Table:
    periods = report.periods
    table = Table(title=f"{report.actor_name} ({report.actor})", show_lines=False)
    table.add_column("target", no_wrap=True, max_width=60, overflow="ellipsis")
    for period in periods:
        table.add_column(period, no_wrap=True)
    table.add_column("periods", no_wrap=True)
    for t in report.targets:
        cells = []
        for p in periods:
            s = t.periods.get(p)
            if s is None:
                cells.append(Text(""))
                continue
            mark, colour = _MARKS.get(s["stance"] or "abstain", ("?", "white"))
            cells.append(Text(f"{mark}{len(s['claims'])}", style=colour))
        table.add_row(Text(t.name), *cells, str(len(t.periods)))
    return table


def _print_quotes(report: TimelineReport) -> None:
    for t in report.targets:
        _out.print(f"\n[bold]{escape(t.name)}[/] ({escape(t.id)})")
        for period, s in t.periods.items():
            for key in s["claims"]:
                r = report.claims[key]
                when = r.date or f"as of {r.as_of}"
                choice = f" ({r.choice})" if r.choice else ""
                line = f"  {period} {r.type}{choice} [{when}] {r.doc_id or ''}: “{r.evidence or ''}”"
                _out.print(escape(line))


@click.command("positions")
@click.argument("actor")
@click.option(
    "--target", "targets", multiple=True, metavar="T", help="only this target: an id or exact name (repeatable)"
)
@click.option("--since", default=None, metavar="Y", help="from this date (YYYY, YYYY-MM or YYYY-MM-DD)")
@click.option("--until", default=None, metavar="Y", help="to this date (inclusive, at its precision)")
@click.option("--granularity", type=click.Choice(["year", "month"]), default="year", show_default=True)
@click.option(
    "--level",
    type=click.Choice(["issue", "topic"]),
    default="issue",
    show_default=True,
    help="issue: the taxonomy node each phrase was mapped to; topic: that issue's parent in the taxonomy",
)
@click.option(
    "--min-years",
    "min_periods",
    type=click.IntRange(1, 1000),
    default=1,
    show_default=True,
    help="only targets with positions in at least this many periods",
)
@click.option("--quotes", is_flag=True, help="list the quote behind every cell under the table")
@click.option(
    "--plot",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    metavar="FILE.png",
    help="also draw stance over time per target (matplotlib)",
)
@click.option("--json", "as_json", is_flag=True, help="print the timeline with every claim as JSON")
@click.option(
    "--store",
    "store_url",
    envvar="DIPLOGRAPH_STORE",
    default=None,
    metavar="URL",
    help="bolt:// or neo4j:// URL, a directory, or embedded:PATH [default: .diplograph]",
)
def positions(
    actor: str,
    targets: tuple[str, ...],
    since: str | None,
    until: str | None,
    granularity: str,
    level: str,
    min_periods: int,
    quotes: bool,
    plot: Path | None,
    as_json: bool,
    store_url: str | None,
) -> None:
    """ACTOR's stance towards each target over time (an id such as state:CHN, or a name such as China).

    Cells: + support, - opposition, = abstention, ± mixed, then the number of claims. Targets
    with positions in the most periods come first.
    """
    import re

    for name, value in (("--since", since), ("--until", until)):
        if value is not None and not re.match(_DATE, value):
            raise click.BadParameter(f"expected YYYY, YYYY-MM or YYYY-MM-DD, got {value!r}", param_hint=name)
    from diplograph.cli import require_store
    from diplograph.connect import open_store

    require_store(store_url)
    try:
        with open_store(store_url) as store:
            report = read_timeline(
                store,
                actor,
                targets=list(targets) or None,
                since=since,
                until=until,
                granularity=granularity,
                min_periods=min_periods,
                level=level,
            )  # type: ignore[arg-type]
    except StoreUnavailable as exc:
        _err.print(f"[red]store unavailable:[/] {escape(str(exc))}")
        sys.exit(3)
    except ConfigError as exc:
        _err.print(f"[red]configuration:[/] {escape(str(exc))}")
        sys.exit(2)
    except LookupError as exc:
        _err.print(f"[red]{escape(str(exc))}[/]: give a contract id (state:CHN) or an exact name or alias")
        sys.exit(1)
    except DiplographError as exc:
        _err.print(f"[red]{type(exc).__name__}:[/] {escape(str(exc))}")
        sys.exit(1)
    if plot is not None:
        plot_timeline(report, plot)
        _err.print(f"plot written to {escape(str(plot))}")
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
        return
    _print_timeline(report, quotes=quotes)


def _print_timeline(report: TimelineReport, *, quotes: bool) -> None:
    """The table (and the quotes) on stdout, a one-line summary on stderr."""
    # Wide enough for every period and the target names where the output is not a terminal (a
    # pipe, a file): cut to the default 80 columns, the table would hide the years it is about.
    names = max((len(t.name) for t in report.targets), default=6)
    needed = min(names, 60) + 8 * len(report.periods) + 20
    console = _out if _out.is_terminal else Console(soft_wrap=True, width=max(80, needed))
    console.print(_table(report))
    if quotes:
        _print_quotes(report)
    claims = sum(len(s["claims"]) for t in report.targets for s in t.periods.values())
    three = sum(1 for t in report.targets if len(t.periods) >= 3)
    _err.print(f"{len(report.targets)} targets, {claims} claims; {three} targets with positions in 3 or more periods")
