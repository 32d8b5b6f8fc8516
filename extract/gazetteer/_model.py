"""The gazetteer's records (entries, offices, memberships), its data error, and date periods.

Imports nothing of the package but ``_normalise``; the index (``_gazetteer``) and the data-file
reader (``_loading``) build on it.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from diplograph.graph.schema import NodeKind

from ._normalise import normalise_surface

_DATE = re.compile(r"\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?")


class GazetteerDataError(ValueError):
    """A data file breaks a rule of the gazetteer (malformed id or date, unknown role, dangling reference)."""


@dataclass(frozen=True)
class Office:
    """One office held by one person over one period.

    ``end`` is inclusive: on a hand-over day both the outgoing and the incoming holder match.
    Dates are ISO ``YYYY-MM-DD``; ``YYYY-MM`` (or ``YYYY``) where the day is uncertain, which
    offices.tsv says in the row's note. ``end`` is ``None`` while the person is still in office
    (as of late 2025). An office that counts as two kinds (a US president) keeps the first in
    ``kind``; :meth:`Gazetteer.office_kinds` gives both.
    """

    holder: str  # person id
    of: str  # state or org id the office belongs to
    role: str  # controlled vocabulary (see _roles.ROLE_KINDS)
    kind: str  # one of OFFICE_KINDS
    start: str | None  # ISO date (YYYY-MM-DD, YYYY-MM or YYYY)
    end: str | None


@dataclass(frozen=True)
class Entry:
    """A node the gazetteer knows, with every form that names it.

    ``aliases`` are English forms (name, acronym, official name, spelling variants); ``aliases_zh``
    Chinese forms. ``demonyms`` (states only) are adjectives and people nouns ("Russian",
    "Russians"); ``metonyms`` capitals and seats of power, English and Chinese ("Moscow",
    "Kremlin", "克里姆林宫"). ``ambiguous`` holds the forms that need context (see the module doc).
    """

    id: str
    kind: NodeKind
    name: str
    aliases: tuple[str, ...]
    aliases_zh: tuple[str, ...]
    ambiguous: frozenset[str]
    properties: dict[str, Any] = field(compare=False, hash=False)
    demonyms: tuple[str, ...] = ()
    metonyms: tuple[str, ...] = ()
    ambiguous_keys: frozenset[str] = field(default=frozenset(), repr=False, compare=False, hash=False)

    def is_ambiguous(self, surface: str) -> bool:
        """Whether this form names the entry only with support from context.

        >>> from diplograph.extract.gazetteer import Gazetteer
        >>> Gazetteer.load().get("state:GEO").is_ambiguous("Georgia")
        True
        """
        return normalise_surface(surface) in self.ambiguous_keys

    def forms(self) -> tuple[str, ...]:
        """Every surface form of the entry: aliases, Chinese aliases, demonyms and metonyms."""
        return _unique((*self.aliases, *self.aliases_zh, *self.demonyms, *self.metonyms))


@dataclass(frozen=True)
class _Membership:
    member: str
    org: str
    start: str | None
    end: str | None
    status: str
    note: str | None


# ==================================================================== dates


@functools.lru_cache(maxsize=4096)
def _span(date: str) -> tuple[int, int]:
    """First and last day (proleptic ordinals) of a YYYY, YYYY-MM or YYYY-MM-DD period."""
    if not _DATE.fullmatch(date):
        raise ValueError(f"malformed date {date!r}: expected YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in date.split("-")]
    if len(parts) == 1:
        return _dt.date(parts[0], 1, 1).toordinal(), _dt.date(parts[0], 12, 31).toordinal()
    if len(parts) == 2:
        first = _dt.date(parts[0], parts[1], 1)
        following = _dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
        return first.toordinal(), following.toordinal() - 1
    day = _dt.date(*parts).toordinal()
    return day, day


def _lo(date: str | None) -> int:
    return _span(date)[0] if date else 0


def _hi(date: str | None) -> int:
    return _span(date)[1] if date else 10**7


def _overlaps(office: Office, lo: int, hi: int) -> bool:
    return _lo(office.start) <= hi and lo <= _hi(office.end)


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in items if i))
