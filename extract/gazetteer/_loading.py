"""Reading and checking the data files into a :class:`Gazetteer` (``load_gazetteer``).

English spelling variants, demonym plurals, Chinese forms by script, ambiguity shared between
entries: the forms an entry is known by are worked out here, once, at load.
"""

from __future__ import annotations

import csv
import datetime as _dt
import functools
import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from diplograph.graph.schema import NodeKind, check_id

from ._gazetteer import Gazetteer
from ._model import _DATE, Entry, GazetteerDataError, Office, _hi, _lo, _Membership, _span, _unique
from ._normalise import fold_accents, has_cjk, normalise_surface
from ._roles import OFFICE_KINDS, ROLE_KINDS

#: the folder the data files are read from
DATA_DIR = Path(__file__).with_name("data")

# every scalar in the data files is a string (ids, names, ISO dates): the base loader skips implicit
# typing, which is both faster and safer (no "NO" -> False, no date objects)
_Loader: Any = getattr(yaml, "CBaseLoader", yaml.BaseLoader)


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


# ==================================================================== forms


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
