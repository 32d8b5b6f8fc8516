"""The UN General Debate Corpus (UNGDC) as diplograph sources: speech metadata and office-holders.

A corpus layout plugin (registered as ``"ungdc.v1"`` in ``extract.corpora.layouts``): the generic
collector finds it through the registry and never names it.

The corpus (Jankin, Baturo and Dasandi; Harvard Dataverse, CC0) comes as one folder::

    speakers_2015-2024.csv           Year,Session,ISO Code,Country,Name of Person Speaking,Post
    2022/CHN_77_2022.txt             one speech per state (and the EU) and year
    ...

Two things come out of it:

* :func:`corpus_manifest` gives each speech file its manifest row: a title, the General Assembly
  as publisher, the speaker as author, ``published`` as the session's September (the debate opens
  in the second half of September; the corpus gives only the year), and the speech metadata the
  extractor reads first-person speech with (``speaker``, ``speaker_id``, ``speaker_role``,
  ``on_behalf_of``, ``session``). A speech is a state stating its own positions: "we" is the state
  the speaker speaks for, and that is known from the file name, not from the text.
* :func:`extra_batches` turns the speakers file itself into a Document whose claims are
  HOLDS_OFFICE person -> state (or organisation), one per row, with ``role`` the post as written,
  ``date`` the session's year and as evidence the exact CSV record at its offsets in the stored text.

The speakers file is the source's own, quirks included, and is read as it is: codes that are not
ISO 3166 alpha-3 (``POR``, ``ZFA``, ``PKR``) are resolved from the country name; names carry
honorifics ("Mr.", "H.E.") and stray spaces or line breaks inside quotes; a few rows have no name
or no post, one has no speech file, and some speeches have no row. Nothing is corrected by a list
written for this file: every repair is a general rule (ISO validity, the gazetteer, whitespace).

Also runnable as a manifest generator::

    python -m diplograph.extract.corpora.ungdc ../shared/corpora/ungdc-2015-2024 > manifest.json
"""

from __future__ import annotations

import csv
import io
import json
import logging
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from diplograph.graph.models import GraphBatch, Node, Relationship, claim_key, mention_key
from diplograph.graph.schema import NodeKind, RelType, make_id
from diplograph.ground.errors import LoadError

from ..document import document_node
from ..gazetteer import Entry, Gazetteer
from ..loaders import load_document
from . import CorpusLayout, layouts

__all__ = [
    "CORPUS_PUBLISHER",
    "LOADER_VERSION",
    "SPEAKERS_EXTRACTOR",
    "SpeakerRecord",
    "SpeechFile",
    "corpus_manifest",
    "extra_batches",
    "find_speakers_file",
    "is_ungdc_folder",
    "read_speakers",
    "speakers_batch",
    "speech_files",
]

log = logging.getLogger(__name__)

#: bump when the manifest rows or the speakers batch change (the store then rewrites them)
LOADER_VERSION = "ungdc-loader.v1"
#: the ``extractor`` of the HOLDS_OFFICE claims read from the speakers file
SPEAKERS_EXTRACTOR = "ungdc-speakers.v1"
CORPUS_PUBLISHER = "United Nations General Assembly"
#: why a speech's ``published`` is the session's September
PUBLISHED_NOTE = (
    "session year from the corpus; the General Debate opens in the second half of September, "
    "so the month is September and the day is not given"
)
#: what a speech's manifest row names as its corpus (``session_month`` recognises a speech by it)
CORPUS_NAME = "UN General Debate Corpus"


def session_month(published: str | None, metadata: dict[str, Any]) -> str | None:
    """The month a General Debate speech was given, ``YYYY-09`` of its session's year, or None.

    The debate opens in the second half of September and the corpus gives the session and its
    year, not the day (see ``PUBLISHED_NOTE``): every claim of the speech is dated to that month
    with ``date_basis: "session"``, never by a date the speech names ("peak before 2030", "in 2015
    President Xi ...": those are about other times, not when the state said it).

    >>> session_month("2020-09", {"corpus": CORPUS_NAME, "session": 75}), session_month("2020-09", {})
    ('2020-09', None)
    """
    if metadata.get("corpus") != CORPUS_NAME or metadata.get("session") is None:
        return None
    if not published or len(published) != 7 or not published.endswith("-09"):
        return None
    return published


#: the first session of the General Assembly met in 1946: session N opens in 1945 + N
_FIRST_SESSION_YEAR = 1945

_SPEECH_NAME = re.compile(r"(?P<code>[A-Z]{2,3})_(?P<session>\d{1,3})_(?P<year>\d{4})\.txt")
_YEAR_DIR = re.compile(r"\d{4}")
# Honorifics the source puts before some names ("Mr. Xi Jinping", "H.E. ..."): they are not part
# of the name, so two years of the same person give one node. Titles that are part of how a
# person is named ("Sheikh Hasina", "King Abdullah II") stay.
_HONORIFIC = re.compile(
    r"^(?:(?:Mr|Mrs|Ms|Miss|Mme|Dr|H\.\s?E)\.?|(?:His|Her)\s+(?:Royal\s+)?(?:Excellency|Majesty|Highness))\s+",
    re.I,
)
_SUFFIX = re.compile(r",?\s+(?:Jr|Sr|Jnr|Snr)\.?$", re.I)
# Columns by their meaning; headers are matched loosely (case, spaces, punctuation).
_COLUMNS = {
    "year": ("year",),
    "session": ("session",),
    "code": ("isocode", "iso", "iso3", "code"),
    "country": ("country",),
    "speaker": ("nameofpersonspeaking", "speaker", "name"),
    "post": ("post", "role", "office"),
}


@dataclass(frozen=True)
class SpeakerRecord:
    """One row of the speakers file, cleaned, with where it sits in the file's text.

    ``actor_id`` is the state (or organisation, for the EU) the speaker spoke for, resolved from
    the code when it is a known ISO alpha-3 code, else from the country name; None when neither
    names anything the gazetteer knows. ``start``/``end`` index the record's text (``evidence``)
    in the text the speakers Document stores.
    """

    year: int
    session: int | None
    code: str
    country: str
    actor_id: str | None
    speaker: str | None
    post: str | None
    line: int
    start: int
    end: int
    evidence: str


@dataclass(frozen=True)
class SpeechFile:
    """One speech file of the corpus: where it is and what its name says."""

    path: Path
    relpath: str
    code: str
    session: int
    year: int
    actor_id: str | None


# -- layout ----------------------------------------------------------------------------------------


def find_speakers_file(folder: str | Path) -> Path | None:
    """The folder's ``speakers_*.csv`` (the newest by name if several), or None."""
    found = sorted(Path(folder).glob("speakers_*.csv"))
    return found[-1] if found else None


def speech_files(folder: str | Path) -> list[SpeechFile]:
    """Every ``YEAR/CODE_SESSION_YEAR.txt`` under the folder, sorted; other files are ignored."""
    root = Path(folder)
    gaz = Gazetteer.load()
    found = []
    for year_dir in sorted(p for p in root.iterdir() if p.is_dir() and _YEAR_DIR.fullmatch(p.name)):
        for path in sorted(year_dir.iterdir()):
            match = _SPEECH_NAME.fullmatch(path.name)
            if not match or not path.is_file() or match.group("year") != year_dir.name:
                continue
            code = match.group("code")
            found.append(
                SpeechFile(
                    path=path,
                    relpath=path.relative_to(root).as_posix(),
                    code=code,
                    session=int(match.group("session")),
                    year=int(match.group("year")),
                    actor_id=_actor_for(gaz, code, None),
                )
            )
    return found


def is_ungdc_folder(folder: str | Path) -> bool:
    """A folder with a ``speakers_*.csv`` and at least one ``YEAR/CODE_SESSION_YEAR.txt``."""
    root = Path(folder)
    if not root.is_dir() or find_speakers_file(root) is None:
        return False
    return any(
        _SPEECH_NAME.fullmatch(f.name)
        for d in root.iterdir()
        if d.is_dir() and _YEAR_DIR.fullmatch(d.name)
        for f in d.iterdir()
    )


# -- the speakers file -----------------------------------------------------------------------------


def read_speakers(text: str) -> list[SpeakerRecord]:
    """The records of a speakers file's text (newlines already ``\\n``), with their offsets.

    A record is what the CSV format says it is: a quoted field may hold a line break ("Sheikh
    Ahmad Nawaf Al-Ahmad\\nAl-Sabah"), so a record may span two physical lines; its ``evidence`` is
    then both. Rows without a usable year are skipped (logged).

    Examples:
        >>> rows = read_speakers("Year,Session,ISO Code,Country,Name of Person Speaking,Post,\\n"
        ...                      "2022,77,RUS,Russia ,Mr. Sergei  Lavrov,Minister of Foreign Affairs ,\\n")
        >>> r = rows[0]
        >>> (r.year, r.actor_id, r.speaker, r.post, r.evidence[:16], r.start)
        (2022, 'state:RUS', 'Sergei Lavrov', 'Minister of Foreign Affairs', '2022,77,RUS,Russ', 60)
    """
    gaz = Gazetteer.load()
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if header is None:
        return []
    columns = _column_indexes(header)
    records = []
    first_line = reader.line_num  # physical lines consumed so far (1-based end of the header)
    for row in reader:
        last_line = reader.line_num
        start = line_starts[first_line]
        end = line_starts[last_line] - 1 if last_line < len(line_starts) else len(text)
        line = first_line + 1
        first_line = last_line
        if not any(cell.strip() for cell in row):
            continue
        cell = _cells(row, columns)
        year = _int(cell("year"))
        if year is None:
            log.warning("speakers file line %d: no year in %r", line, row)
            continue
        code = cell("code").strip().upper()
        country = _clean(cell("country"))
        evidence = text[start:end].rstrip("\r")
        records.append(
            SpeakerRecord(
                year=year,
                session=_int(cell("session")),
                code=code,
                country=country,
                actor_id=_actor_for(gaz, code, country),
                speaker=clean_name(cell("speaker")) or None,
                post=_clean(cell("post")) or None,
                line=line,
                start=start,
                end=start + len(evidence),
                evidence=evidence,
            )
        )
    return records


def clean_name(raw: str) -> str:
    """A speaker's name without honorifics and with single spaces.

    >>> clean_name("  Mr. Matamela Cyril\\nRamaphosa ")
    'Matamela Cyril Ramaphosa'
    >>> clean_name("His Highness Sheikh Tamim bin Hamad Al-Thani")
    'Sheikh Tamim bin Hamad Al-Thani'
    """
    name = _clean(raw)
    while (match := _HONORIFIC.match(name)) is not None and match.end() < len(name):
        name = name[match.end() :]
    return name


def _clean(raw: str) -> str:
    return " ".join(raw.split())


def _int(raw: str) -> int | None:
    raw = raw.strip()
    return int(raw) if raw.isdigit() else None


def _column_indexes(header: list[str]) -> dict[str, int]:
    folded = [re.sub(r"[^a-z0-9]", "", h.lower()) for h in header]
    indexes: dict[str, int] = {}
    for name, candidates in _COLUMNS.items():
        for i, h in enumerate(folded):
            if h in candidates and i not in indexes.values():
                indexes[name] = i
                break
    missing = sorted(set(("year", "code", "country")) - set(indexes))
    if missing:
        raise LoadError("speakers file", f"no column for {', '.join(missing)} in header {header!r}")
    return indexes


def _cells(row: list[str], columns: dict[str, int]) -> Any:
    def cell(name: str) -> str:
        i = columns.get(name)
        return row[i] if i is not None and i < len(row) else ""

    return cell


def _actor_for(gaz: Gazetteer, code: str, country: str | None) -> str | None:
    """The actor a (code, country name) pair names.

    The code wins when it is an ISO alpha-3 code the gazetteer knows: names in the file have
    typos ("Dominia") and codes are what the speech files are named by. Otherwise (``POR``,
    ``ZFA``, ``EU``) the country name decides, then the code as a name ("EU").
    """
    if re.fullmatch(r"[A-Z]{3}", code) and f"state:{code}" in gaz:
        return f"state:{code}"
    for form in _name_forms(country or ""):
        entry = _first_actor(gaz.lookup(form))
        if entry is not None:
            return entry.id
    if code:
        entry = _first_actor(gaz.lookup(code))
        if entry is not None:
            return entry.id
    if country:
        import pycountry

        try:
            found = pycountry.countries.lookup(country.strip())
        except LookupError:
            return None
        if f"state:{found.alpha_3}" in gaz:
            return f"state:{found.alpha_3}"
    return None


def _name_forms(country: str) -> list[str]:
    """A country name as written and, for "Korea, Democratic People's Republic of", turned round."""
    name = _clean(country)
    forms = [name] if name else []
    head, sep, tail = name.partition(", ")
    if sep and tail:
        forms.append(f"{tail} {head}")
    return forms


def _first_actor(entries: list[Entry]) -> Entry | None:
    return next((e for e in entries if e.kind in (NodeKind.STATE, NodeKind.ORGANISATION)), None)


def person_id(gaz: Gazetteer, name: str, *, of: str | None = None, year: int | None = None) -> str:
    """The person a speaker's name names: the gazetteer's person (preferring one who held an office
    of ``of`` in ``year`` when several match), else an id made from the name.

    A generational suffix does not make another person: "Joseph R. Biden, Jr" and "Joseph R.
    Biden" are looked up, and given an id, alike.

    >>> person_id(Gazetteer(()), "Joseph R. Biden, Jr") == person_id(Gazetteer(()), "Joseph R. Biden")
    True
    """
    base = _SUFFIX.sub("", name).strip() or name
    people = [e for form in dict.fromkeys((name, base)) for e in gaz.lookup(form) if e.kind is NodeKind.PERSON]
    if len(people) > 1 and of is not None:
        in_office = [e for e in people if any(o.of == of for o in gaz.offices(e.id, str(year) if year else None))]
        people = in_office or people
    return people[0].id if people else make_id(NodeKind.PERSON, base)


# -- the manifest ----------------------------------------------------------------------------------


def corpus_manifest(folder: str | Path) -> dict[str, dict[str, Any]] | None:
    """Manifest rows for every speech of a UNGDC folder, keyed by path relative to the folder
    (``"2022/CHN_77_2022.txt"``); None when the folder is not laid out as the corpus is.

    Rows carry the loader's fields (``title``, ``publisher``, ``author``, ``published``, ``url``,
    ``languages``) and the speech metadata the extractor reads first-person speech with:
    ``on_behalf_of`` (the state's id; ``org:eu`` for the European Union), ``speaker`` (the name),
    ``speaker_id`` (the person id the HOLDS_OFFICE claims use), ``speaker_role`` (the post),
    ``session``, ``country`` and ``iso3`` (the code in the file name). A speech without a row in
    the speakers file still gets a row, without a speaker.
    """
    root = Path(folder)
    if not is_ungdc_folder(root):
        return None
    speakers_path = find_speakers_file(root)
    assert speakers_path is not None
    gaz = Gazetteer.load()
    by_speech: dict[tuple[int, str], SpeakerRecord] = {}
    for record in read_speakers(_read_text(speakers_path)):
        if record.actor_id is not None:
            by_speech.setdefault((record.year, record.actor_id), record)
    rows: dict[str, dict[str, Any]] = {}
    for speech in speech_files(root):
        record = by_speech.get((speech.year, speech.actor_id)) if speech.actor_id else None
        entry = gaz.get(speech.actor_id) if speech.actor_id else None
        country = entry.name if entry else (record.country if record else speech.code)
        session = speech.session
        speaker = record.speaker if record else None
        rows[speech.relpath] = {
            "file": speech.relpath,
            "title": f"{country} at the UN General Debate {speech.year} (session {session})",
            "publisher": CORPUS_PUBLISHER,
            "author": speaker,
            "published": f"{speech.year}-09",
            "published_note": PUBLISHED_NOTE,
            "url": None,
            "languages": ["en"],
            "speaker": speaker,
            "speaker_id": (person_id(gaz, speaker, of=speech.actor_id, year=speech.year) if speaker else None),
            "speaker_role": record.post if record else None,
            "on_behalf_of": speech.actor_id,
            "session": session,
            "country": country,
            "iso3": speech.code,
            "corpus": CORPUS_NAME,
        }
    return rows


# -- the speakers file as a document ---------------------------------------------------------------


def extra_batches(folder: str | Path) -> list[GraphBatch]:
    """What a UNGDC folder holds besides its speeches: the speakers file as a Document with its
    HOLDS_OFFICE claims. Empty for a folder that is not laid out as the corpus is."""
    root = Path(folder)
    if not is_ungdc_folder(root):
        return []
    speakers_path = find_speakers_file(root)
    assert speakers_path is not None
    return [speakers_batch(speakers_path, relative_to=root)]


def speakers_batch(path: str | Path, *, relative_to: Path | None = None) -> GraphBatch:
    """The speakers file as one Document (its text is the CSV) and one HOLDS_OFFICE claim per row
    that names a speaker, a post and an actor the gazetteer knows.

    Claim: person -> state (or ``org:eu``), ``role`` the post as written (spaces normalised),
    ``date`` the session's year, evidence the record's exact text at ``start:end``.

    Raises:
        LoadError: the file cannot be read (see :func:`diplograph.extract.loaders.load_document`).
    """
    path = Path(path)
    years = re.findall(r"\d{4}", path.stem)
    span = "-".join(years[:2]) if years else path.stem
    doc_id = f"doc:ungdc-speakers-{span}".lower()
    source = load_document(
        path,
        relative_to=relative_to,
        manifest_row={
            "title": f"UN General Debate speakers {span.replace('-', '–')}",
            "publisher": "UN General Debate Corpus (Jankin, Baturo and Dasandi; Harvard Dataverse)",
            "languages": ["en"],
            "corpus": CORPUS_NAME,
        },
    ).model_copy(update={"doc_id": doc_id})
    document = document_node(source, LOADER_VERSION)
    gaz = Gazetteer.load()
    nodes: dict[str, dict[str, Any]] = {}
    counts: Counter[str] = Counter()
    forms: dict[str, set[str]] = defaultdict(set)
    claims: dict[str, Relationship] = {}
    for record in read_speakers(source.text):
        if not (record.speaker and record.post and record.actor_id):
            continue
        person = person_id(gaz, record.speaker, of=record.actor_id, year=record.year)
        _note_node(nodes, gaz, person, record.speaker)
        _note_node(nodes, gaz, record.actor_id, None)
        counts.update((person, record.actor_id))
        forms[person].add(record.speaker)
        claim = _office_claim(doc_id, person, record)
        claims.setdefault(claim.key, claim)
    node_list = []
    for node_id, props in sorted(nodes.items()):
        aliases = sorted(set(props.get("aliases") or []) | forms.get(node_id, set()))
        node_list.append(Node(id=node_id, properties={**props, "aliases": aliases}))
    mentions = [
        Relationship(
            type=RelType.MENTIONS,
            source=doc_id,
            target=node_id,
            key=mention_key(doc_id, node_id),
            doc_id=doc_id,
            count=counts[node_id],
        )
        for node_id in sorted(nodes)
    ]
    return GraphBatch(document=document, nodes=node_list, relationships=[*claims.values(), *mentions])


def _office_claim(doc_id: str, person: str, record: SpeakerRecord) -> Relationship:
    """A speakers-file row as a HOLDS_OFFICE claim: the post as written, dated at the session's year."""
    attrs: dict[str, Any] = {"session": record.session or record.year - _FIRST_SESSION_YEAR, "line": record.line}
    if record.actor_id != f"state:{record.code}":
        attrs["code_as_written"] = record.code
    key = claim_key(doc_id, RelType.HOLDS_OFFICE, person, record.actor_id, record.post, str(record.year))
    return Relationship(
        type=RelType.HOLDS_OFFICE,
        source=person,
        target=record.actor_id,
        key=key,
        doc_id=doc_id,
        evidence=record.evidence,
        start=record.start,
        end=record.end,
        lang="en",
        confidence=0.95,
        extractor=SPEAKERS_EXTRACTOR,
        date=str(record.year),
        role=record.post,
        attrs=attrs,
    )


def _note_node(nodes: dict[str, dict[str, Any]], gaz: Gazetteer, node_id: str, name: str | None) -> None:
    """A node's properties: the gazetteer's where it knows the node (so the name stays canonical)."""
    if node_id in nodes:
        return
    entry = gaz.get(node_id)
    if entry is not None:
        nodes[node_id] = {**entry.properties, "name": entry.name}
    else:
        nodes[node_id] = {"name": name or node_id, "aliases": [name] if name else []}


def _read_text(path: Path) -> str:
    """The file's text as the loader stores it (BOM dropped, newlines ``\\n``), so offsets agree."""
    return path.read_bytes().decode("utf-8-sig").replace("\r\n", "\n").replace("\r", "\n")


layouts.register(
    "ungdc.v1", func=CorpusLayout(manifest=corpus_manifest, batches=extra_batches, session_month=session_month)
)


def main(argv: list[str] | None = None) -> int:
    """``python -m diplograph.extract.corpora.ungdc FOLDER``: print the corpus manifest as JSON."""
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 1:
        print("usage: python -m diplograph.extract.corpora.ungdc FOLDER > manifest.json", file=sys.stderr)
        return 2
    rows = corpus_manifest(args[0])
    if rows is None:
        print(
            f"{args[0]}: not a UN General Debate folder (speakers_*.csv and YEAR/CODE_SESSION_YEAR.txt)",
            file=sys.stderr,
        )
        return 1
    json.dump(list(rows.values()), sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
