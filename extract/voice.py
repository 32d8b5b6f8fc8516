"""The document's own voice: which government or body issues a fact sheet, statement or readout.

A ministry's statement says "The Chinese side decides to sanction ...", a State Department
release "We are designating ...", a Council press release "Sanctions on X" under a heading: the
agent is whoever issues the text. That is read from the manifest's publisher when it names an
issuing body ("Ministry of Foreign Affairs of the People's Republic of China", "U.S. Department of
State", "Council of the European Union", "President of Russia"): a body's head word and a state or
organisation the gazetteer knows. A news agency, a newspaper or a press service reporting on
others ("Ukrainian News Agency", "United Nations, Meetings Coverage and Press Releases") is no
voice: its texts report other people's acts.
"""

from __future__ import annotations

import re

from diplograph.graph.schema import NodeKind

from .gazetteer import Entry, Gazetteer

__all__ = ["ISSUING_BODY_WORDS", "issuing_body"]

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
