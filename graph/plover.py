"""PLOVER event codes and a signed intensity for every claim, from one documented table.

PLOVER is the open event ontology POLECAT codes in (the successor of CAMEO, which ICEWS used).
``data/plover.yaml`` maps each relation type, with the claim's own properties (``choice``,
``source_says``, ``status``, ``role``, the kind of its end), to a PLOVER event and mode and
gives the event's conflict/cooperation score from the PLOVER manual; the file cites its source
and says why each row reads as it does. The table is loaded and checked when this module is
imported, so a bad row, or a relation type without a row, fails at start and in the tests rather
than leaving claims uncoded.

The stores call :func:`code_claim` when they write a claim (as they derive ``date_from`` and
``date_to``), so extraction never has to know PLOVER and an import recomputes the codes.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from .schema import CLAIM_TYPES, DERIVED_CLAIM_PROPERTIES, BaseLabel, RelType, base_label, kind_of

__all__ = ["EVENTS", "MODES", "PLOVER_PROPERTIES", "SCORES", "Coding", "code_claim", "load_table", "rows_for"]

DATA = Path(__file__).parent / "data" / "plover.yaml"

#: the properties the stores write on every claim from this table
PLOVER_PROPERTIES = DERIVED_CLAIM_PROPERTIES

_CONDITIONS = ("choice", "source_says", "role", "status", "target")


@dataclass(frozen=True)
class Coding:
    """What a claim is in PLOVER's terms: event (None: PLOVER codes no event), mode, intensity."""

    event: str | None
    mode: str | None
    intensity: float

    def properties(self) -> dict[str, Any]:
        """The stored properties: a missing event or mode is left out, as PLOVER leaves it null."""
        props: dict[str, Any] = {"intensity": self.intensity}
        if self.event is not None:
            props["plover_event"] = self.event
        if self.mode is not None:
            props["plover_mode"] = self.mode
        return props


@dataclass(frozen=True)
class _Row:
    conditions: dict[str, Any]
    coding: Coding
    why: str

    def fits(self, props: dict[str, Any], target_label: str | None) -> bool:
        for name, wanted in self.conditions.items():
            if name == "status":
                if props.get("status") not in wanted:
                    return False
            elif name == "target":
                if target_label not in wanted:
                    return False
            elif props.get(name) != wanted:
                return False
        return True


def load_table(path: Path = DATA) -> tuple[dict[str, float], dict[str, tuple[str, ...]], dict[RelType, list[_Row]]]:
    """The table at ``path``, checked: (event scores, modes per event, rows per relation type).

    Raises:
        ValueError: naming the file and row: an unknown relation type, event or mode, a row
            without its reason, a type without a default row, a claim type without rows.
    """
    name = path.name  # the messages name the file read
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    scores = {str(k): float(v) for k, v in data["scores"].items()}
    modes = {str(k): tuple(v) for k, v in data["modes"].items()}
    if unknown := set(modes) - set(scores):
        raise ValueError(f"{name}: modes for events PLOVER does not define: {sorted(unknown)}")
    table: dict[RelType, list[_Row]] = {}
    for rel_name, rows in data["relations"].items():
        try:
            rel = RelType(rel_name)
        except ValueError:
            raise ValueError(f"{name}: {rel_name!r} is not a relation type of the graph contract") from None
        parsed = []
        for i, row in enumerate(rows):
            where = f"{name}: {rel_name} row {i + 1}"
            row = dict(row)
            event, mode, why = row.pop("event"), row.pop("mode", None), row.pop("why", "")
            if not why:
                raise ValueError(f"{where}: says no 'why'")
            if unknown := set(row) - set(_CONDITIONS):
                raise ValueError(f"{where}: unknown conditions {sorted(unknown)}")
            if event is not None and event not in scores:
                raise ValueError(f"{where}: {event!r} is not a PLOVER event")
            if mode is not None and mode not in modes.get(event, ()):
                raise ValueError(f"{where}: {mode!r} is not a mode of {event}")
            if "target" in row and not set(row["target"]) <= {b.value for b in BaseLabel}:
                raise ValueError(f"{where}: target must list base labels")
            conditions = {k: (frozenset(v) if k in ("status", "target") else v) for k, v in row.items()}
            intensity = scores[event] if event is not None else 0.0
            parsed.append(_Row(conditions, Coding(event, mode, intensity), why))
        if not parsed or parsed[-1].conditions:
            raise ValueError(f"{name}: the last row of {rel_name} must have no condition (the default)")
        table[rel] = parsed
    if missing := set(CLAIM_TYPES) - set(table):
        raise ValueError(f"{name}: no PLOVER row for {sorted(t.value for t in missing)}")
    if extra := set(table) - set(CLAIM_TYPES):
        raise ValueError(f"{name}: rows for types that are not claims: {sorted(t.value for t in extra)}")
    return scores, modes, table


SCORES, MODES, _TABLE = load_table()
#: PLOVER's event types, most conflictual first
EVENTS: tuple[str, ...] = tuple(sorted(SCORES, key=SCORES.__getitem__))


def rows_for(rel_type: RelType | str) -> list[tuple[dict[str, Any], Coding, str]]:
    """The table's rows for one relation type: (conditions, coding, why), in the order tried."""
    return [(dict(r.conditions), r.coding, r.why) for r in _TABLE[RelType(rel_type)]]


def code_claim(rel_type: RelType | str, props: dict[str, Any], target: str | None = None) -> Coding:
    """The PLOVER coding of one claim of ``rel_type`` with properties ``props``, ending at ``target``.

    >>> code_claim("OPPOSES", {"choice": "no", "source_says": "vetoed"})
    Coding(event='REJECT', mode=None, intensity=-4.2)
    >>> code_claim("VISITS", {}), code_claim("VISITS", {"status": "cancelled"}).event
    (Coding(event='CONSULT', mode='visit', intensity=2.1), 'SANCTION')
    >>> code_claim("HOSTS", {}, "summit:g20-2016").mode, code_claim("ABSTAINS", {"choice": "abstain"}).intensity
    ('multilateral', 0.0)
    """
    label = base_label(kind_of(target)).value if target else None
    for row in _TABLE[RelType(rel_type)]:
        if row.fits(props, label):
            return row.coding
    raise AssertionError("unreachable: every type's last row has no condition")  # checked in load_table
