"""What a document has established so far: who "he", "they", "the two countries" and "we" are.

Deliberately small and explainable (no learned coreference):

* "he/she/his/her" -> the most recent person in subject position (or the most recent person);
* "it/its" -> the most recent state or organisation in subject position;
* "they/their", "the two countries/sides/parties/leaders", "both ..." -> the most recent pair of
  actors named together ("China and Russia", "China-Russia", "between Xi and Trump");
* "the N leaders" -> the last N heads of state or government named; "the bloc", "the regional
  group" -> the last organisation named; "The two" -> the last pair;
* "we/our/us", "my country/delegation/Government" -> the state the document speaks for (speech
  metadata, or a transcript's speaker), never the author of an analysis piece; "our two
  countries" -> that state and the other state it named last;
* "I/my" -> the speaker in person.

In a speech (a text given on a state's behalf) pronouns reach back one sentence only, and "it"
only to a state or organisation that was the subject of that sentence or of its own: a speech
moves from one subject to another ("Those who attack America's record ... They only want to
punish America and I will not stand for it" is about no state), and a wrong antecedent there
makes a position the state never took. No antecedent of the right number and kind in that
window: no claim.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Token

from diplograph.graph.schema import NodeKind

from .actors import ActorMention

__all__ = ["Discourse", "Voice"]

_QUOTED_NAME = re.compile(r"[“\"]([A-Z][\w’'-]*(?:\s+(?:[A-Z][\w’'-]*|of|and|the|for|on|&))*\s+[A-Z][\w’'-]*)[”\"]")
PAIR_NOUNS = {
    "countries",
    "sides",
    "parties",
    "leaders",
    "nations",
    "governments",
    "presidents",
    "states",
    "powers",
    "neighbours",
    "neighbors",
    "partners",
    "militaries",
    "heads",
}
FIRST_PERSON_STATE_NOUNS = {"country", "delegation", "government", "nation", "people", "region"}
#: nouns by which a text refers back to the organisation it named: "the bloc", "the regional group"
#: the node of the United Nations
UNITED_NATIONS = "org:un"
ORG_NOUNS = {"bloc", "alliance", "grouping", "group", "organisation", "organization", "union"}
#: number words of "the five leaders"
_NUMBERS = {"three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
#: offices that make a person one of "the leaders"
LEADER_KINDS = {"head-of-state", "head-of-government"}


@dataclass(frozen=True)
class Voice:
    """Who speaks in the first person: a state (on whose behalf) and a person (the speaker)."""

    state: ActorMention | None = None
    speaker: ActorMention | None = None
    #: "document" when the state is the publisher issuing the text (a ministry's statement), not a speaker
    basis: str | None = None
    #: a speech given on the state's behalf (its manifest says so): pronouns reach back less far
    speech: bool = False

    @property
    def own_ids(self) -> set[str]:
        """The node ids of those who speak in the first person: the state and the speaker."""
        return {a.node_id for a in (self.state, self.speaker) if a is not None}


@dataclass
class Discourse:
    voice: Voice = field(default_factory=Voice)
    last_person: ActorMention | None = None
    last_subject_person: ActorMention | None = None
    last_state: ActorMention | None = None
    #: the most recent state named that is not the one speaking: "our two countries" in a speech
    last_other_state: ActorMention | None = None
    last_subject_state: ActorMention | None = None
    pair: tuple[ActorMention, ActorMention] | None = None
    #: the most recent pair of people named together ("between President Xi and President Trump")
    person_pair: tuple[ActorMention, ActorMention] | None = None
    #: the actor whose stated positions the current paragraph lays out (for agentless "X must be respected")
    position_holder: ActorMention | None = None
    position_holder_paragraph: int = -1
    known_people: dict[str, str] = field(default_factory=dict)
    #: the body that adopted the last resolution: "the resolution condemned X" speaks for it
    last_adopter: ActorMention | None = None
    #: the UN body the document last named ("the Council" later means it)
    un_body: str | None = None
    #: the resolution or draft the document last put to a vote (a claims.Target): "voted against the
    #: text", "abstained" with no object, "it" after a vote
    resolution: object | None = None
    #: the date of the vote the text last dated ("met on Thursday to vote on two drafts"): the votes
    #: it then details without a date of their own were cast that day
    vote_date: str | None = None
    #: who sanctioned last: "Others sanctioned are X, Y" in a news text names more of its targets
    last_sanctioner: ActorMention | None = None
    #: and the date of the sentence it sanctioned in
    last_sanction_date: str | None = None
    context_year: int | None = None
    #: the paragraph that set it
    context_year_paragraph: int = -1
    #: head word -> a multi-word name the document gave earlier in quotes ("belt" -> "Silk Road Economic Belt")
    named: dict[str, str] = field(default_factory=dict)
    #: the most recent organisation or group named: "the bloc", "the regional group"
    last_org: ActorMention | None = None
    #: the United Nations as the document last named it: "the Organization" of a General Debate speech
    united_nations: ActorMention | None = None
    #: leaders named lately, oldest first, with the sentence that named them: "the five leaders"
    leaders: list[tuple[int, ActorMention]] = field(default_factory=list)
    #: event head word -> the last event of that kind named (a claims.Target): "the meeting"
    events: dict[str, Any] = field(default_factory=dict)
    last_event: Any = None
    #: the last act a sentence reported (a constructions.stances.Act) and the sentence it was in:
    #: "X imposed sanctions on Y. China condemns this."
    last_act: Any = None
    last_act_at: int = -100

    def note_names(self, text: str) -> None:
        for m in _QUOTED_NAME.finditer(text):
            name = m.group(1)
            self.named[name.split()[-1].lower()] = name

    #: sentences read so far, and when each antecedent was last set: old antecedents expire
    sentence_index: int = 0
    _set_at: dict[str, int] = field(default_factory=dict)
    #: how many sentences a pronoun may reach back
    reach: int = 3
    #: ... in a speech (see the module doc)
    speech_reach: int = 1

    def fork(self) -> Discourse:
        """A copy to read a passage by (a heading) without changing this one: its collections are its
        own; the mentions and texts they hold are shared, never changed in place."""
        return dataclasses.replace(
            self,
            known_people=dict(self.known_people),
            named=dict(self.named),
            leaders=list(self.leaders),
            events=dict(self.events),
            _set_at=dict(self._set_at),
        )

    def next_sentence(self) -> None:
        self.sentence_index += 1

    def _fresh(self, slot: str) -> bool:
        return self.sentence_index - self._set_at.get(slot, -100) <= self.reach

    def _near(self, slot: str) -> bool:
        """Fresh enough for a pronoun: within the speech window in a speech, else within ``reach``."""
        reach = self.speech_reach if self.voice.speech else self.reach
        return self.sentence_index - self._set_at.get(slot, -100) <= reach

    def note_mentions(self, mentions: list[ActorMention]) -> None:
        for m in mentions:
            if m.is_adjective:
                continue
            if m.kind is NodeKind.PERSON:
                self.last_person = m
                self._set_at["person"] = self.sentence_index
                if m.office is not None and m.office.kind in LEADER_KINDS:
                    self.leaders = [x for x in self.leaders if x[1].node_id != m.node_id]
                    self.leaders.append((self.sentence_index, m))
            if m.node_id == UNITED_NATIONS:
                self.united_nations = m
            if m.kind in (NodeKind.ORGANISATION, NodeKind.GROUP):
                self.last_org = m
                self._set_at["org"] = self.sentence_index
            elif m.kind in (NodeKind.STATE, NodeKind.ORGANISATION):
                self.last_state = m
                self._set_at["state"] = self.sentence_index
                if m.kind is NodeKind.STATE and (self.voice.state is None or m.node_id != self.voice.state.node_id):
                    self.last_other_state = m
                    self._set_at["other_state"] = self.sentence_index

    def same_event(self, target: Any) -> Any:
        """An event named again is the one named before (a claims.Target, by its head word): "the
        meeting" after "the regional group's meeting in Jakarta", or "the meeting in Jakarta", whose
        words the first name all holds. Otherwise it is a new event, remembered."""
        head = str(target.facts.get("head", ""))
        words = _event_words(target.name)
        earlier = self.events.get(head)
        orgs = set(target.facts.get("orgs") or ())
        if (
            earlier is not None
            and words <= _event_words(str(earlier.facts.get("text") or earlier.name)) | {head}
            and (not orgs or orgs == set(earlier.facts.get("orgs") or ()))
        ):
            target = earlier
        self.events[head] = self.last_event = target
        self._set_at["event"] = self.sentence_index
        return target

    def recent_event(self) -> Any:
        """The event last named, within a few sentences: "Also attending were ..." goes on about it."""
        return self.last_event if self._fresh("event") else None

    def note_subject(self, actors: list[ActorMention]) -> None:
        people = [a for a in actors if a.kind is NodeKind.PERSON]
        states = [a for a in actors if a.kind in (NodeKind.STATE, NodeKind.ORGANISATION, NodeKind.GROUP)]
        if len(people) == 1:
            self.last_subject_person = people[0]
            self._set_at["subject_person"] = self.sentence_index
        if len(states) == 1:
            self.last_subject_state = states[0]
            self._set_at["subject_state"] = self.sentence_index
        if len(actors) == 2 and actors[0].node_id != actors[1].node_id:
            self.note_pair(actors[0], actors[1])

    def note_pair(self, a: ActorMention, b: ActorMention) -> None:
        if a.node_id == b.node_id or a.kind is not b.kind:
            return
        if a.kind is NodeKind.PERSON:
            self.person_pair = (a, b)
            self._set_at["person_pair"] = self.sentence_index
        else:
            self.pair = (a, b)
            self._set_at["pair"] = self.sentence_index

    def resolve(self, token: Token) -> list[ActorMention]:
        """The actors a pronoun or a definite description like "the two countries" refers to."""
        word = token.lower_
        found = self._pronoun(token, word)
        return self._description(token, word) if found is None else found

    def _pronoun(self, token: Token, word: str) -> list[ActorMention] | None:
        """What a personal pronoun refers to ([] when nothing near enough), None for other words."""
        if word in _THIRD_PERSON and _either_sex(token):
            return []  # "support him or her": whoever it will be, no one named before (Quirk et al. 6.10)
        if word in _THIRD_PERSON:
            # in a speech the speaker is "I", never "he": a third person is another one named near
            candidates = [
                self.last_subject_person if self._near("subject_person") else None,
                self.last_person if self._near("person") else None,
            ]
            speaker = self.voice.speaker.node_id if self.voice.speech and self.voice.speaker else None
            person = next((p for p in candidates if p is not None and p.node_id != speaker), None)
            return [person] if person else []
        if word in ("it", "its", "itself"):
            state = (self.last_subject_state if self._near("subject_state") else None) or (
                self.last_state if self._near("state") and not self.voice.speech else None
            )
            return [state] if state else []
        if word in ("they", "them", "their", "theirs", "themselves"):
            if (
                self.person_pair
                and self._near("person_pair")
                and (not self.pair or self._set_at.get("person_pair", -100) > self._set_at.get("pair", -100))
            ):
                return list(self.person_pair)  # "Putin and Kim signed ... following their talks"
            return list(self.pair) if self.pair and self._near("pair") else []
        if word in ("we", "us", "our", "ours", "ourselves") and token.text != "US":  # "the US" is no "us"
            return [self.voice.state] if self.voice.state else []
        if word in ("i", "me", "my", "mine", "myself"):
            return [self.voice.speaker] if self.voice.speaker else []
        return None

    def _is_the_organization(self, token: Token, word: str) -> bool:
        """Whether a speech calls the United Nations "the Organization", as its Charter does (Arts. 1-2,
        "The Organization is based on the principle of the sovereign equality of all its Members"),
        whatever body it named last: capitalised, with the/our/this and no complement."""
        return (
            word in ("organization", "organisation")
            and token.text[:1].isupper()
            and self.voice.speech
            and any(c.lower_ in ("the", "our", "this") for c in token.children)
            and not any(c.dep_ in ("prep", "compound", "nummod", "relcl", "acl") for c in token.children)
        )

    def _description(self, token: Token, word: str) -> list[ActorMention]:
        """What a definite description refers to: "the two countries", "the five leaders",
        "the organisation", "our country"; [] when none or nothing fits.

        A flat list of cases, each a form and its referent, tried in order: the order settles
        forms more than one case reads ("our two countries" in and out of a speech).
        """
        if (
            word in PAIR_NOUNS
            and self.voice.state is not None
            and _is_pair_description(token)
            and any(c.lower_ == "our" for c in token.children)
        ):
            # "our two countries" in a speech: the speaking state and the state it just named
            other = self.last_other_state if self._fresh("other_state") else None
            return [self.voice.state, other] if other is not None else []
        if token.pos_ == "NUM" and word in ("two", "both") and token.dep_ in ("nsubj", "nsubjpass"):
            # "The two signed a treaty": the pair just named, people first
            chosen = (self.person_pair if self._fresh("person_pair") else None) or (
                self.pair if self._fresh("pair") else None
            )
            return list(chosen) if chosen else []
        if word in ("leaders", "presidents", "heads") and (n := _count(token)) is not None and n >= 3:
            # "the five leaders": the last five heads of state or government named, if that many
            recent = [m for at, m in self.leaders if self.sentence_index - at <= 2 * self.reach]
            return recent[-n:] if len(recent) >= n else []
        if self.united_nations is not None and self._is_the_organization(token, word):
            return [self.united_nations]
        if (
            word in ORG_NOUNS
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)
            and not any(c.dep_ in ("prep", "compound", "nummod", "poss", "relcl", "acl") for c in token.children)
            and not any(c.dep_ == "amod" and c.ent_type_ for c in token.children)
            and self._fresh("org")
        ):
            return [self.last_org] if self.last_org else []
        if word in PAIR_NOUNS and any(c.lower_ == "our" for c in token.children):
            return []  # "our two countries" with nobody speaking in the first person: unknown
        if word in PAIR_NOUNS and _is_pair_description(token):
            people = word in ("leaders", "presidents", "heads", "ministers")
            person_pair = self.person_pair if self._fresh("person_pair") or not self.pair else None
            # "the two countries" may refer back further than a pronoun: keep the last pair named
            chosen = (person_pair or self.pair) if people else (self.pair or person_pair)
            return list(chosen) if chosen else []
        if (
            word in FIRST_PERSON_STATE_NOUNS
            and self.voice.state
            and any(c.lower_ in ("my", "our") for c in token.children)
        ):
            return [self.voice.state]
        if (
            word == "country"
            and any(c.lower_ == "the" for c in token.children)
            and not any(c.dep_ in ("amod", "compound", "prep", "relcl", "acl") for c in token.children)
        ):
            return [self.last_subject_state] if self.last_subject_state else []
        return []


_MASCULINE = ("he", "him", "his", "himself")
_FEMININE = ("she", "her", "hers", "herself")
_THIRD_PERSON = _MASCULINE + _FEMININE


def _either_sex(token: Token) -> bool:
    """Whether a third-person pronoun is coordinated with one of the other sex ("him or her", "his or
    her"): a person not yet known, never an antecedent."""
    pair = [*token.conjuncts, *([token.head] if token.dep_ == "conj" else [])]
    other = _FEMININE if token.lower_ in _MASCULINE else _MASCULINE
    return any(t.lower_ in other for t in pair)


def _is_pair_description(token: Token) -> bool:
    """ "the two countries", "both sides", "the two parties' leaders"."""
    return any(c.lower_ in ("two", "both") for c in token.children) or (
        token.i > 0 and token.doc[token.i - 1].lower_ in ("two", "both")
    )


def _count(token: Token) -> int | None:
    """The number a plural description gives: "the five leaders" -> 5."""
    for c in token.children:
        if c.dep_ == "nummod":
            return _NUMBERS.get(c.lower_) or (int(c.text) if c.text.isdigit() else None)
    return None


def _event_words(name: str) -> set[str]:
    return {w for w in re.findall(r"[\w-]+", name.lower()) if w not in ("the", "a", "an", "this", "that", "s")}
