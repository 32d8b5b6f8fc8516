"""The document's own voice: which government or body issues a fact sheet, statement or readout.

A ministry's statement says "The Chinese side decides to sanction ...", a State Department
release "We are designating ...", a Council press release "Sanctions on X" under a heading: the
agent is whoever issues the text. That is read from the manifest's publisher when it names an
issuing body ("Ministry of Foreign Affairs of the People's Republic of China", "U.S. Department of
State", "Council of the European Union", "President of Russia"): a body's head word and a state or
organisation the gazetteer knows. A news agency, a newspaper or a press service reporting on
others ("Ukrainian News Agency", "United Nations, Meetings Coverage and Press Releases") is no
voice: its texts report other people's acts.

Speech metadata (``on_behalf_of``, ``speaker_id``) comes before the publisher
(:func:`document_voice`). In a transcript, who a turn's speaker label is ("THE PRESIDENT") is a
publisher's rule, found in the ``extract.corpora`` voice registry (:func:`transcript_voice`).
"""

from __future__ import annotations

import re

from diplograph.graph.schema import NodeKind

from .corpora import load_voices
from .discourse import Voice
from .gazetteer import Entry, Gazetteer
from .handoffs import ActorMention, SourceDocument

__all__ = ["ISSUING_BODY_WORDS", "actor_from_reference", "document_voice", "issuing_body", "transcript_voice"]

#: head words of a body that issues its own statements (a government, its ministries and offices,
#: an international organisation's councils and commissions); none of them names a news outlet
ISSUING_BODY_WORDS = frozenset(
    {
        "ministry",
        "department",
        "council",
        "office",
        "president",
        "presidency",
        "government",
        "embassy",
        "mission",
        "cabinet",
        "chancellery",
        "commission",
        "secretariat",
        "kremlin",
        "treasury",
        "prime",
    }
)
#: words that make a publisher a reporter of others' acts even if a body's word appears
_NEWS_WORDS = frozenset(
    {"news", "agency", "press", "times", "post", "radio", "tv", "television", "daily", "herald", "wire", "coverage"}
)
_WORD = re.compile(r"[^\W\d_][\w.’'-]*")


def issuing_body(publisher: str | None, gaz: Gazetteer) -> Entry | None:
    """The state or organisation a publisher speaks for, or ``None`` when it is not an issuing body.

    The publisher is read up to its first parenthesis or comma ("U.S. Department of State
    (statement by ...; copy at ...)"). A state named in it wins ("... of the People's Republic of
    China" -> China); else the named organisation, or the organisation it belongs to when it is
    one of its institutions ("Council of the European Union" -> European Union).
    """
    if not publisher:
        return None
    head = re.split(r"[(,;]", publisher, maxsplit=1)[0].strip()
    words = _WORD.findall(head)
    lowered = {w.lower().rstrip(".") for w in words}
    if not lowered & ISSUING_BODY_WORDS or lowered & _NEWS_WORDS:
        return None
    found: list[Entry] = []
    # every run of words, longest first, so "People's Republic of China" is read before "China"
    for size in range(len(words), 0, -1):
        for start in range(len(words) - size + 1):
            surface = " ".join(words[start : start + size])
            found += [e for e in gaz.lookup(surface) if not e.is_ambiguous(surface)]
    states = [e for e in found if e.kind is NodeKind.STATE]
    if states:
        return states[0]
    orgs = [e for e in found if e.kind is NodeKind.ORGANISATION]
    if not orgs:
        return None
    parent = orgs[0].properties.get("parent")
    if parent and orgs[0].properties.get("kind") == "eu-institution":
        return gaz.get(str(parent)) or orgs[0]
    return orgs[0]


def document_voice(source: SourceDocument, gaz: Gazetteer) -> Voice:
    """Who "we" is: the state a speech is given on behalf of (speech metadata), else the
    government or body that issues the text (its publisher: a ministry, a department, a council)."""
    meta = source.metadata
    state_ref = meta.get("on_behalf_of") or meta.get("iso3") or meta.get("country")
    state = actor_from_reference(gaz, str(state_ref)) if state_ref else None
    if state is None and not (meta.get("speaker_id") or meta.get("speaker")):
        body = issuing_body(source.publisher, gaz)
        if body is not None:
            voice = ActorMention(0, 0, 0, 0, body.id, body.kind, body.name, body.name, "document")
            return Voice(state=voice, basis="document")
    speaker = None
    if meta.get("speaker_id") or meta.get("speaker"):
        speaker = actor_from_reference(gaz, str(meta.get("speaker_id") or meta["speaker"]))
        if speaker is None and str(meta.get("speaker_id", "")).startswith("person:"):
            # a speaker the gazetteer does not know still speaks: a person of their own
            name = str(meta.get("speaker") or meta["speaker_id"])
            speaker = ActorMention(0, 0, 0, 0, str(meta["speaker_id"]), NodeKind.PERSON, name, name, "metadata")
    return Voice(state=state, speaker=speaker, speech=bool(meta.get("on_behalf_of")))


def transcript_voice(label: str, source: SourceDocument, gaz: Gazetteer) -> Voice:
    """Who speaks in a transcript turn opened by ``label``: the first registered publisher's rule
    that knows (``extract.corpora.voices``), else nobody in particular."""
    for _, rule in load_voices():
        if (voice := rule(label, source, gaz)) is not None:
            return voice
    return Voice()


def actor_from_reference(gaz: Gazetteer, ref: str) -> ActorMention | None:
    """An actor named by metadata: a gazetteer id, an ISO alpha-3 code or a name; None if unknown."""
    entry = gaz.get(ref)
    if entry is None and len(ref) == 3:
        entry = gaz.get(f"state:{ref.upper()}")
    if entry is None:
        found = gaz.lookup(ref)
        entry = found[0] if found else None
    if entry is None:
        return None
    return ActorMention(0, 0, 0, 0, entry.id, entry.kind, entry.name, entry.name, "metadata")
