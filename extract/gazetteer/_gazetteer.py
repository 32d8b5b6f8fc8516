"""The loaded gazetteer and its indexes: lookups by surface form, office-holders and memberships by date."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator

from diplograph.graph.schema import NodeKind

from ._model import Entry, GazetteerDataError, Office, _hi, _lo, _Membership, _overlaps, _span, _unique
from ._normalise import has_cjk, is_case_sensitive, normalise_surface
from ._roles import OFFICE_KINDS, canonical_role, normalise_role, role_kind

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
        from ._loading import _load_default  # the reader builds a Gazetteer: imported when first used

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
