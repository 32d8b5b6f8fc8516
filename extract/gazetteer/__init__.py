"""Reference gazetteers: states, organisations, groups and office-holders, read from reviewed data files.

The data lives in ``data/`` next to this module (see ``README.md`` for sources, licences and how to
add an entry); this module parses it once per process and answers the questions an extractor asks:

* which actor does a surface form name (:meth:`Gazetteer.lookup`, :meth:`Gazetteer.demonym`),
* which forms should a matcher look for (:meth:`Gazetteer.surface_forms`, :meth:`Gazetteer.blockers`),
* who held an office on a date (:meth:`Gazetteer.holder`, :meth:`Gazetteer.offices`),
* which states belonged to an organisation or group on a date (:meth:`Gazetteer.members`).

Examples:
    >>> gaz = Gazetteer.load()
    >>> [e.id for e in gaz.lookup("the Kremlin")]
    ['state:RUS']
    >>> gaz.holder("state:RUS", "foreign minister", "2022-05")
    ['person:sergey-lavrov']
    >>> gaz.demonym("Ukrainian").id
    'state:UKR'

Ambiguity convention: a form listed in :attr:`Entry.ambiguous` names the entry only with support
from context (an NER GPE/ORG/PERSON tag, a title such as "President", or the full name earlier in the
same document). Forms are flagged in the data ("Georgia", "Jordan", "Turkey", "Washington", surnames
such as "Kim" or "May"), and automatically when one form names several entries ("Congo", "Korea",
"Li"). Every single-character Chinese abbreviation (俄, 美, 中) is flagged: it is meant for compounds
such as 中俄 or 美俄关系 found by a segmenter, never for a character on its own.
"""

from __future__ import annotations

import csv
import datetime as _dt
import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from diplograph.graph.schema import NodeKind, check_id

from ._normalise import fold_accents, has_cjk, is_case_sensitive, normalise_surface
from ._roles import OFFICE_KINDS, ROLE_KINDS, canonical_role, normalise_role, role_kind

__all__ = [
    "DATA_DIR",
    "OFFICE_KINDS",
    "Entry",
    "Gazetteer",
    "GazetteerDataError",
    "Office",
    "is_case_sensitive",
    "normalise_surface",
    "role_kind",
]

#: the folder the data files are read from
DATA_DIR = Path(__file__).with_name("data")

# every scalar in the data files is a string (ids, names, ISO dates): the base loader skips implicit
# typing, which is both faster and safer (no "NO" -> False, no date objects)
_Loader: Any = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_DATE = re.compile(r"\d{4}(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?")
# titles that name one office, not a function: "the president" of a monarchy is nobody, and the
# UK's "Chancellor" is the finance minister, so these never fall back to a kind in holder()
_TITLES_WITHOUT_FALLBACK = frozenset(
    {
        "president",
        "vice president",
        "chancellor",
        "king",
        "queen",
        "emperor",
        "emir",
        "pope",
        "supreme leader",
        "crown prince",
    }
)
_KIND_ORDER = {NodeKind.STATE: 0, NodeKind.ORGANISATION: 1, NodeKind.GROUP: 2, NodeKind.PERSON: 3}


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


class Gazetteer:
    """The loaded reference data with its indexes. Build it with :meth:`load` (cached)."""

    def __init__(
        self,
        entries: Iterable[Entry],
        offices: Iterable[Office] = (),
        *,
        office_kinds: dict[Office, frozenset[str]] | None = None,
        memberships: Iterable[_Membership] = (),
        blockers: Iterable[str] = (),
    ) -> None:
        """Index entries, offices and memberships. Most callers want :meth:`load` instead."""
        self._entries: dict[str, Entry] = {}
        for entry in sorted(entries, key=lambda e: e.id):
            if entry.id in self._entries:
                raise GazetteerDataError(f"duplicate id {entry.id}")
            self._entries[entry.id] = entry
        self._index: dict[str, tuple[Entry, ...]] = {}
        self._demonyms: dict[str, tuple[Entry, ...]] = {}
        self._build_indexes()
        self._offices_by_holder: dict[str, list[Office]] = defaultdict(list)
        self._offices_by_of: dict[str, list[Office]] = defaultdict(list)
        self._office_kinds = dict(office_kinds or {})
        for office in sorted(offices, key=lambda o: (_lo(o.start), o.holder, o.role)):
            self._offices_by_holder[office.holder].append(office)
            self._offices_by_of[office.of].append(office)
        self._memberships: dict[str, list[_Membership]] = defaultdict(list)
        for membership in memberships:
            self._memberships[membership.org].append(membership)
        self._blockers = tuple(_unique(blockers))

    # ---------------------------------------------------------------- loading

    @classmethod
    def load(cls) -> Gazetteer:
        """The gazetteer read from :data:`DATA_DIR`, parsed once per process."""
        return _load_default()

    def _build_indexes(self) -> None:
        index: dict[str, list[Entry]] = defaultdict(list)
        demonyms: dict[str, list[Entry]] = defaultdict(list)
        for entry in self._entries.values():  # id order
            keys = {normalise_surface(f) for f in entry.forms()}
            keys.discard("")
            for key in keys:
                index[key].append(entry)
            for key in {normalise_surface(d) for d in entry.demonyms}:
                demonyms[key].append(entry)

        def rank(key: str, entry: Entry) -> tuple[bool, bool, int, str]:
            return (
                key in entry.ambiguous_keys,
                normalise_surface(entry.name) != key,
                _KIND_ORDER.get(entry.kind, 9),
                entry.id,
            )

        for key, found in index.items():
            if len(found) > 1:
                found.sort(key=lambda e, k=key: rank(k, e))
        self._index = {key: tuple(found) for key, found in index.items()}
        self._demonyms = {key: tuple(found) for key, found in demonyms.items()}

    # ---------------------------------------------------------------- entries and forms

    def get(self, node_id: str) -> Entry | None:
        """The entry with this contract id, or ``None``."""
        return self._entries.get(node_id)

    def __contains__(self, node_id: object) -> bool:
        return node_id in self._entries

    def __len__(self) -> int:
        return len(self._entries)

    def entries(self, kind: NodeKind | None = None) -> Iterator[Entry]:
        """Every entry, or every entry of one kind, in id order."""
        for entry in self._entries.values():
            if kind is None or entry.kind is kind:
                yield entry

    def lookup(self, surface: str) -> list[Entry]:
        """The entries a written form names, best candidate first.

        Matching is exact after :func:`normalise_surface` (case, accents, curly quotes, a leading
        "the", a trailing possessive, dots in initialisms). Initialisms are case-sensitive ("US"
        but not "us"); a form written all in capitals also matches names ("RUSSIA"). Demonyms
        and metonyms count. Entries for which the form is ambiguous come after the others.

        >>> [e.id for e in Gazetteer.load().lookup("U.S.")]
        ['state:USA']
        >>> Gazetteer.load().lookup("us")
        []
        """
        key = normalise_surface(surface)
        if not key:
            return []
        found = self._index.get(key)
        if found is None and is_case_sensitive(key):
            found = self._index.get(key.casefold())
        return list(found or ())

    def demonym(self, adjective: str) -> Entry | None:
        """The state a demonym or adjective names ("Russian", "Russians", "U.S."), or ``None``.

        ``None`` too when the word names several states ("Congolese", "Korean").
        """
        key = normalise_surface(adjective)
        found = self._demonyms.get(key)
        if found is None and is_case_sensitive(key):
            found = self._demonyms.get(key.casefold())
        if found and len(found) == 1:
            return found[0]
        return None

    def surface_forms(self, lang: str = "en") -> Iterator[tuple[str, Entry]]:
        """Every (form, entry) pair for building matcher patterns or a jieba user dictionary.

        ``lang`` is ``"en"`` (forms without CJK characters: aliases, demonyms, metonyms), ``"zh"``
        (forms with CJK characters) or ``"any"``. A form with an apostrophe is also given with a
        curly one. Check :meth:`Entry.is_ambiguous` before accepting a match, and compare forms for
        which :func:`is_case_sensitive` holds on their exact spelling.
        """
        if lang not in ("en", "zh", "any"):
            raise ValueError(f"lang must be 'en', 'zh' or 'any', not {lang!r}")
        for entry in self._entries.values():
            for form in entry.forms():
                cjk = has_cjk(form)
                if (lang == "en" and cjk) or (lang == "zh" and not cjk):
                    continue
                yield form, entry
                if "'" in form:
                    yield form.replace("'", "\u2019"), entry

    def blockers(self, lang: str = "en") -> tuple[str, ...]:
        """Longer names that contain an actor's form but are not that actor ("South China Sea").

        Add them to a matcher under a label of their own: with longest-match filtering they
        stop "China" from matching inside "South China Sea". ``lang`` as in :meth:`surface_forms`.
        """
        if lang == "any":
            return self._blockers
        return tuple(b for b in self._blockers if has_cjk(b) == (lang == "zh"))

    # ---------------------------------------------------------------- offices

    def offices(self, person_id: str, on: str | None = None) -> list[Office]:
        """The offices a person held, or held on a date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``).

        A year or a month counts if any day of it falls within the office. Sorted by start.
        """
        found = self._offices_by_holder.get(person_id, [])
        if on is None:
            return list(found)
        lo, hi = _span(on)
        return [o for o in found if _overlaps(o, lo, hi)]

    def office_kinds(self, office: Office) -> frozenset[str]:
        """Every kind an office counts as (a US president is head of state and of government)."""
        return self._office_kinds.get(office, frozenset({office.kind}))

    def holder(self, of: str, kind_or_role: str, on: str | None) -> list[str]:
        """Person ids holding an office of a state or organisation on a date (all dates if ``None``).

        ``kind_or_role`` is an office kind ("foreign-minister") or title words ("foreign minister",
        "FM", "Secretary of State", "president", "premier", "chancellor", "spokesperson"). Title
        words are matched against the recorded role first; when no office has that role on the
        date, they are matched by their kind, so "foreign minister" finds the US Secretary of State
        and "prime minister" finds China's premier (titles of one office, such as "president",
        "chancellor" or "king", are never widened this way). Sorted by the start of the office.

        >>> Gazetteer.load().holder("state:USA", "president", "2022-03-02")
        ['person:joe-biden']
        """
        candidates = self._offices_by_of.get(of, [])
        if on is not None:
            lo, hi = _span(on)
            candidates = [o for o in candidates if _overlaps(o, lo, hi)]
        text = normalise_role(kind_or_role)
        if text.replace(" ", "-") in OFFICE_KINDS:  # "foreign-minister", "head of state"
            kind = text.replace(" ", "-")
            chosen = [o for o in candidates if kind in self.office_kinds(o)]
        else:
            role = canonical_role(text)
            chosen = [o for o in candidates if o.role == role]
            if not chosen and role not in _TITLES_WITHOUT_FALLBACK:
                kind = role_kind(text)
                if kind is not None and kind != "other":
                    chosen = [o for o in candidates if kind in self.office_kinds(o)]
        return list(_unique(o.holder for o in chosen))

    # ---------------------------------------------------------------- memberships

    def members(self, org_id: str, on: str | None = None, *, status: str = "member") -> list[str]:
        """Ids of the members of an organisation or group, on a date where the data has dates.

        With ``on=None``, every member the data lists, past ones included (the UK for the EU).
        ``status`` selects other listed relations ("observer", "partner", "invited"). Members are
        states, and for a few bodies organisations (the EU and the AU in the G20). Sorted by id.
        """
        found = self._memberships.get(org_id, [])
        if on is not None:
            lo, hi = _span(on)
            found = [m for m in found if _lo(m.start) <= hi and lo <= _hi(m.end)]
        return sorted({m.member for m in found if m.status == status})

    def membership_notes(self, org_id: str) -> dict[str, str]:
        """Notes the data attaches to memberships (suspensions, frozen participation), by member id."""
        return {m.member: m.note for m in self._memberships.get(org_id, []) if m.note}


# ==================================================================== dates


def _check_date(value: Any, where: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, _dt.date):
        return value.isoformat()
    text = str(value)
    if not _DATE.fullmatch(text):
        raise GazetteerDataError(f"{where}: malformed date {value!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    try:
        _span(text)
    except ValueError as exc:
        raise GazetteerDataError(f"{where}: impossible date {value!r}") from exc
    return text


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


# ==================================================================== forms


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(i for i in items if i))


_SPELLING_PAIRS = (
    ("Organisation", "Organization"),
    ("organisation", "organization"),
    ("Defence", "Defense"),
    ("Programme", "Program"),
    ("Co-operation", "Cooperation"),
    ("co-operation", "cooperation"),
)


_VARIANT_TRIGGER = re.compile(
    r"[Oo]rgani[sz]ation|Defen[cs]e|Program|[Oo]peration|^(?:United Nations|United States|UN|U\.N\.|US|U\.S\.) "
)
_PREFIX_VARIANTS = {
    "United Nations ": ("UN ", "U.N. "),
    "UN ": ("U.N. ",),
    "U.N. ": ("UN ",),
    "United States ": ("US ", "U.S. "),
    "US ": ("U.S. ",),
    "U.S. ": ("US ",),
}


def _english_variants(form: str, *, prefixes: bool = True) -> list[str]:
    """The form and its regular variants: British/American spelling, "UN"/"U.N." and
    "US"/"U.S." prefixes (organisations and groups only), and the accent-free spelling.

    >>> _english_variants("United Nations Development Programme")[:3]
    ['United Nations Development Programme', 'United Nations Development Program', 'UN Development Programme']
    """
    if form.isascii() and not _VARIANT_TRIGGER.search(form):
        return [form]
    if "internationale" in form:  # a French name ("Organisation internationale de la Francophonie")
        return list(_unique([form, fold_accents(form)]))
    out = [form]
    for british, american in _SPELLING_PAIRS:
        for current in list(out):
            if british in current:
                out.append(current.replace(british, american))
            elif american in current:
                out.append(current.replace(american, british))
    if prefixes:
        for current in list(out):
            for prefix, replacements in _PREFIX_VARIANTS.items():
                if current.startswith(prefix) and len(current) > len(prefix) + 1:
                    out += [r + current[len(prefix) :] for r in replacements]
    out += [fold_accents(f) for f in out]
    return list(_unique(out))


def _plural_demonyms(demonyms: Iterable[str]) -> list[str]:
    out: list[str] = []
    for demonym in demonyms:
        out.append(demonym)
        last = demonym.rsplit(" ", 1)[-1]
        if last.isalpha() and last[0].isupper() and (last.endswith("an") or last.endswith("i")):
            out.append(demonym + "s")
    return out


def _as_list(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return list(value)
    raise GazetteerDataError(f"{where}: expected a string or a list of strings, got {value!r:.80}")


# ==================================================================== reading the data files


def _read_yaml(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return yaml.load(handle, Loader=_Loader)


def _read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a tab-separated file; lines starting with "#" and blank lines are comments."""
    with path.open(encoding="utf-8", newline="") as handle:
        lines = (line for line in handle if line.strip() and not line.startswith("#"))
        rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for number, row in enumerate(rows, 1):
        if None in row or any(v is None for v in row.values()):
            raise GazetteerDataError(f"{path.name}: data row {number} has the wrong number of columns: {row}")
    return rows


def _split(cell: str) -> list[str]:
    """A "; "-separated list cell."""
    return [part.strip() for part in cell.split(";") if part.strip()]


def _read_states_base(path: Path) -> dict[str, dict[str, str]]:
    return {row["iso3"]: row for row in _read_tsv(path)}


def _read_persons(path: Path) -> list[dict[str, Any]]:
    """persons.tsv rows in the record shape the organisation and group files have."""
    return [
        {
            "id": row["id"],
            "name": row["name"],
            "aliases": _split(row["aliases"]),
            "zh": _split(row["zh"]),
            "ambiguous": _split(row["ambiguous"]),
            "note": row["note"] or None,
        }
        for row in _read_tsv(path)
    ]


@dataclass
class _Draft:
    """An entry being assembled before cross-entry ambiguity is known."""

    id: str
    kind: NodeKind
    name: str
    aliases: list[str]
    aliases_zh: list[str]
    ambiguous: set[str]
    properties: dict[str, Any]
    demonyms: list[str] = field(default_factory=list)
    metonyms: list[str] = field(default_factory=list)

    def forms(self) -> list[str]:
        return [*self.aliases, *self.aliases_zh, *self.demonyms, *self.metonyms]


def _split_by_script(forms: Iterable[str]) -> tuple[list[str], list[str]]:
    en: list[str] = []
    zh: list[str] = []
    for form in forms:
        (zh if has_cjk(form) else en).append(form)
    return en, zh


def _state_drafts(base: dict[str, dict[str, str]], overlay: dict[str, Any]) -> list[_Draft]:
    unknown = set(overlay) - set(base)
    if unknown:
        raise GazetteerDataError(f"states.yaml: codes not in states_base.tsv: {sorted(unknown)}")
    drafts = []
    for iso3, row in base.items():
        node_id = f"state:{iso3}"
        where = f"states.yaml {iso3}"
        check_id(node_id, NodeKind.STATE)
        extra = overlay.get(iso3) or {}
        name = extra.get("name") or row["common_name"] or row["name"]
        official = extra.get("official") or row["official_name"] or name
        official = re.sub(r"^the ", "", official)
        base_forms = [
            f for f in (row["name"], row["official_name"], row["common_name"]) if f and "," not in f and "(" not in f
        ]
        english: list[str] = []
        for form in [name, official, *base_forms, *_as_list(extra.get("aliases"), where)]:
            english += _english_variants(re.sub(r"^the ", "", form), prefixes=False)
        zh_main = _as_list(extra.get("zh"), where) or [row["zh"]]
        drop = set(_as_list(extra.get("zh_drop"), where))
        zh_forms = [*zh_main, *([row["zh_official"]] if row["zh_official"] not in drop else [])]
        zh_abbr = _as_list(extra.get("zh_abbr"), where)
        capitals = _as_list(extra.get("capital"), where)
        metonyms: list[str] = []
        for form in [*capitals, *_as_list(extra.get("metonyms"), where)]:
            metonyms += _english_variants(form, prefixes=False)
        metonyms += _as_list(extra.get("zh_metonyms"), where)
        ambiguous = set(_as_list(extra.get("ambiguous"), where)) | set(zh_abbr)
        properties: dict[str, Any] = {
            "name": name,
            "official_name": official,
            "iso2": row["iso2"],
            "iso3": iso3,
            "un_status": row["un_status"],
        }
        if capitals:
            properties["capital"] = capitals[0]
        drafts.append(
            _Draft(
                id=node_id,
                kind=NodeKind.STATE,
                name=name,
                aliases=list(_unique(english)),
                aliases_zh=list(_unique(f for f in (*zh_forms, *zh_abbr) if f not in drop)),
                ambiguous=frozenset(ambiguous),
                properties=properties,
                demonyms=list(_unique(_plural_demonyms(_as_list(extra.get("demonyms"), where)))),
                metonyms=list(_unique(metonyms)),
            )
        )
    return drafts


def _actor_drafts(records: list[dict[str, Any]], kind: NodeKind, source: str) -> list[_Draft]:
    drafts = []
    for record in records:
        node_id = record.get("id", "")
        where = f"{source} {node_id or record}"
        try:
            check_id(node_id, kind)
        except ValueError as exc:
            raise GazetteerDataError(f"{where}: {exc}") from exc
        name = record.get("name")
        if not name:
            raise GazetteerDataError(f"{where}: no name")
        acronym = record.get("acronym")
        english: list[str] = []
        for form in [name, *([acronym] if acronym else []), *_as_list(record.get("aliases"), where)]:
            english += _english_variants(form)
        en_meto, zh_meto = _split_by_script(_as_list(record.get("metonyms"), where))
        metonyms = [v for m in en_meto for v in _english_variants(m)] + zh_meto
        properties: dict[str, Any] = {"name": name}
        if acronym:
            properties["acronym"] = acronym
        for key in ("kind", "parent", "founded"):
            if record.get(key) is not None:
                value = record[key]
                properties[key] = value.isoformat() if isinstance(value, _dt.date) else value
        zh = _as_list(record.get("zh"), where)
        zh_abbr = _as_list(record.get("zh_abbr"), where)
        drafts.append(
            _Draft(
                id=node_id,
                kind=kind,
                name=name,
                aliases=list(_unique(english)),
                aliases_zh=list(_unique([*zh, *zh_abbr])),
                ambiguous=set(_as_list(record.get("ambiguous"), where)) | set(zh_abbr),
                properties=properties,
                metonyms=list(_unique(metonyms)),
            )
        )
    return drafts


def _read_memberships(rows: list[dict[str, str]], source: str) -> list[_Membership]:
    out = []
    for number, row in enumerate(rows, 1):
        where = f"{source} row {number} ({row['org']}, {row['member']})"
        out.append(
            _Membership(
                member=row["member"],
                org=row["org"],
                start=_check_date(row["start"] or None, where),
                end=_check_date(row["end"] or None, where),
                status=row["status"] or "member",
                note=row["note"] or None,
            )
        )
    return out


def _read_offices(rows: list[dict[str, str]], source: str) -> tuple[list[Office], dict[Office, frozenset[str]]]:
    """Offices from offices.tsv rows. An office's kind defaults to its role's; at an organisation, a
    role whose default is head of state or government (a "president" of the Commission, the World
    Bank) is ``"other"``."""
    offices: list[Office] = []
    kinds: dict[Office, frozenset[str]] = {}
    for number, row in enumerate(rows, 1):
        where = f"{source} row {number} ({row['person']}, {row['role']})"
        role, of = row["role"], row["of"]
        if role not in ROLE_KINDS:
            raise GazetteerDataError(f"{where}: role {role!r} is not in the controlled vocabulary (_roles.ROLE_KINDS)")
        if row["kind"]:
            office_kinds = row["kind"].split("+")
        else:
            default = ROLE_KINDS[role]
            if of.startswith("org:") and default in ("head-of-state", "head-of-government"):
                default = "other"
            office_kinds = [default]
        bad = [k for k in office_kinds if k not in OFFICE_KINDS]
        if bad:
            raise GazetteerDataError(f"{where}: unknown office kind {bad}")
        start = _check_date(row["start"] or None, where)
        end = _check_date(row["end"] or None, where)
        if start and end and _lo(start) > _hi(end):
            raise GazetteerDataError(f"{where}: starts after it ends")
        office = Office(holder=row["person"], of=of, role=role, kind=office_kinds[0], start=start, end=end)
        offices.append(office)
        if len(office_kinds) > 1:
            kinds[office] = frozenset(office_kinds)
    return offices, kinds


def _finish(drafts: list[_Draft]) -> list[Entry]:
    """Flag forms shared by several entries, then freeze the drafts into entries."""
    owners: dict[str, set[str]] = defaultdict(set)
    keyed: dict[str, list[tuple[str, str]]] = {}
    for draft in drafts:
        pairs = [(f, normalise_surface(f)) for f in draft.forms()]
        empty = [f for f, k in pairs if not k]
        if empty:
            raise GazetteerDataError(f"{draft.id}: forms that normalise to nothing: {empty}")
        keyed[draft.id] = pairs
        for _, key in pairs:
            owners[key].add(draft.id)
    entries = []
    for draft in drafts:
        pairs = keyed[draft.id]
        flagged_keys = {normalise_surface(f) for f in draft.ambiguous}
        flagged_keys |= {k for _, k in pairs if len(owners[k]) > 1}
        ambiguous = {f for f, k in pairs if k in flagged_keys}
        # surface_forms() also yields forms with a curly apostrophe: they must be flagged alike
        ambiguous |= {f.replace("'", "\u2019") for f in ambiguous if "'" in f}
        aliases = _unique(draft.aliases)
        aliases_zh = _unique(draft.aliases_zh)
        properties = dict(draft.properties)
        properties["aliases"] = sorted(set(aliases) | set(aliases_zh))
        entries.append(
            Entry(
                id=draft.id,
                kind=draft.kind,
                name=draft.name,
                aliases=aliases,
                aliases_zh=aliases_zh,
                ambiguous=frozenset(ambiguous),
                properties=properties,
                demonyms=_unique(draft.demonyms),
                metonyms=_unique(draft.metonyms),
                ambiguous_keys=frozenset(flagged_keys),
            )
        )
    return entries


def load_gazetteer(data_dir: Path = DATA_DIR) -> Gazetteer:
    """Parse and check every data file in ``data_dir`` (uncached; :meth:`Gazetteer.load` caches).

    Raises:
        GazetteerDataError: naming the file and record that breaks a rule.
    """
    drafts = _state_drafts(_read_states_base(data_dir / "states_base.tsv"), _read_yaml(data_dir / "states.yaml") or {})
    organisations = _read_yaml(data_dir / "organisations.yaml") or []
    groups = _read_yaml(data_dir / "groups.yaml") or []
    drafts += _actor_drafts(organisations, NodeKind.ORGANISATION, "organisations.yaml")
    drafts += _actor_drafts(groups, NodeKind.GROUP, "groups.yaml")
    drafts += _actor_drafts(_read_persons(data_dir / "persons.tsv"), NodeKind.PERSON, "persons.tsv")
    offices, office_kinds = _read_offices(_read_tsv(data_dir / "offices.tsv"), "offices.tsv")
    memberships = _read_memberships(_read_tsv(data_dir / "memberships.tsv"), "memberships.tsv")
    blockers_data = _read_yaml(data_dir / "blockers.yaml") or {}
    blockers = [*blockers_data.get("en", []), *blockers_data.get("zh", [])]

    ids = [d.id for d in drafts]
    duplicates = sorted({i for i in ids if ids.count(i) > 1}) if len(set(ids)) != len(ids) else []
    if duplicates:
        raise GazetteerDataError(f"duplicate ids: {duplicates}")
    known = set(ids)
    for draft in drafts:
        parent = draft.properties.get("parent")
        if parent and parent not in known:
            raise GazetteerDataError(f"{draft.id}: parent {parent} is not in the gazetteer")
    for office in offices:
        if office.holder not in known or not office.holder.startswith("person:"):
            raise GazetteerDataError(f"offices.tsv: unknown person {office.holder!r}")
        if office.of not in known or not office.of.startswith(("state:", "org:")):
            raise GazetteerDataError(f"{office.holder}: office of unknown state or organisation {office.of!r}")
    for membership in memberships:
        if membership.member not in known or membership.org not in known:
            raise GazetteerDataError(f"memberships.tsv: unknown id in {membership.org} / {membership.member}")
        if not membership.org.startswith(("org:", "group:")):
            raise GazetteerDataError(f"memberships.tsv: {membership.org} is not an organisation or group")
    return Gazetteer(_finish(drafts), offices, office_kinds=office_kinds, memberships=memberships, blockers=blockers)


@functools.cache
def _load_default() -> Gazetteer:
    return load_gazetteer(DATA_DIR)
