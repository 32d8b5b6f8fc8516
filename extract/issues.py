"""Issues (the targets of positions) get stable ids from a simple, explainable rule.

1. The phrase is tidied: quotes, leading determiners and quantifiers, and a trailing generic
   scope ("of all countries", "of all parties") go; the scope is kept as an attribute.
2. The reference vocabulary (data/issues.yaml: the recurring issues of international politics)
   is tried in order: the whole phrase as an alias; the longest alias the phrase starts or ends
   with that holds its head word; for a contentless head ("any attempt to ...") an alias inside;
   then a distinctive topic keyword anywhere in the phrase (longest first). A phrase that names
   nothing so is tried again in the wordings that say the same (:func:`variants`: the conjuncts of a
   coordination with what they share, a final pair turned round, "the right of X to Y").
3. A phrase that matches nothing there but names exactly one state is about "the situation in"
   that state (the UN agenda's own naming): "restoring Government institutions in Libya" and
   "a settlement in Libya" are one issue (the claim reader supplies the state).
4. Otherwise the id is the slug of the lemma key: the lower-cased lemmas of the phrase's
   content words in order, so "unilateral sanctions" and "unilateral sanction" are one issue.

Polarity is mostly the claim reader's business: "the fight against terrorism" reaches this module
as "terrorism" with the claim already turned into opposition (claims.py, _INVERTING). Words that
name the breach of an issue ("regime change", "interference in internal affairs" for
non-interference) are listed as the issue's ``opposites``: they find the issue with
``opposite=True``, and the assembler turns the claim round ("rejects regime change" supports
non-interference). An opposite never counts inside its own negation ("non-interference in the
internal affairs" holds "interference in the internal affairs"). Issues flagged ``harm`` are things
to be prevented or fought (terrorism, a crisis): another's attempt to stop or undermine one says
nothing in its favour, so the claim reader upholds only goods against those who stop them.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, replace
from functools import cache

from spacy.tokens import Token

from diplograph.graph.schema import NodeKind, make_id

from .issue_scope import PEACE_TOPIC, conflict_of_place, own_country, reform_of_organization, sibling_by_classifier
from .taxonomy import COUNTERING_WORDS, head_chunk
from .taxonomy.countering import against_condition

__all__ = ["IssueRef", "IssueVocabulary", "VocabularyIssue", "canonical_issue", "situation_issue"]

#: before the harm also the words of a ban, of being rid or without it ("a world free of nuclear
#: weapons", "a world without X", "the prohibition of X", "the abolition of X", "the non-use of X")
_COUNTERING = re.compile(
    r"\b(?:" + COUNTERING_WORDS + r"|treaty|convention|free|without|ban|banning|prohibit|prohibiting|prohibition"
    r"|abolish|abolishing|abolition|non|anti)\b"
)
#: after the harm only nouns of countering count ("pandemic prevention", "terrorism victims", "a
#: nuclear weapon free zone", "the post-pandemic recovery"): "terrorism against civilians" is the harm itself
_COUNTERING_AFTER = re.compile(
    r"\b(?:prevention|treatment|response|preparedness|victim|survivor|free|reduction|eradication|elimination"
    r"|mitigation|resilience|recovery)\b"
)

_SCOPE = re.compile(
    r"\s+(?:of|for|among|between)\s+(?:all|every|each|the)\s+(?:countries|states|nations|parties|sides|members|peoples)(?:\s*,?\s*including\s+[A-Z][\w\s]+)?$",
    re.I,
)
_LEADING = re.compile(r"^(?:the|a|an|any|all|its|their|his|her|our|this|these|those|such|every|each)\s+", re.I)
_STOP = {
    "the",
    "a",
    "an",
    "of",
    "and",
    "to",
    "in",
    "for",
    "on",
    "with",
    "by",
    "its",
    "their",
    "our",
    "my",
    "his",
    "her",
    "all",
    "any",
}
#: heads whose relative clause carries the issue ("a model that ...", "any attempt to ...")
CONTENTLESS_HEADS = {
    "model",
    "attempt",
    "plot",
    "effort",
    "move",
    "action",
    "scheme",
    "practice",
    "idea",
    "approach",
    "world",
    "order",
    "system",
    "arrangement",
    "policy",
}


#: heads that name a misuse, distortion, decay of or attack on what they govern ("the politicization
#: of X", "the commodification of X", "the erosion of X", "attacks on X"): a stance on the phrase is on
#: the misuse, not on X's topic, and neither X's node nor its reverse fits ("opposing the manipulation
#: of X" is no support for X), so a topic keyword in their complement does not place the phrase; one
#: before the head ("terrorist attacks") and an alias holding the head still do. Lemma keys; a word
#: class (WordNet noun.act and noun.process nouns of misuse, decline and attack).
DISTORTING_HEADS = frozenset(
    {
        "manipulation", "politicization", "politicisation", "instrumentalization", "instrumentalisation",
        "commodification", "commercialization", "commercialisation",
        "privatization", "privatisation", "misuse", "distortion", "falsification",
        "erosion", "decline", "decrease", "weakening", "deterioration", "undermining", "disregard",
        "neglect", "denial", "lack",
        "absence", "shortage", "selectivity", "hijacking", "pretext", "guise", "name", "excuse", "dependency",
        "dependence", "securitization", "securitisation", "attack", "assault",
    }
)  # fmt: skip


@dataclass(frozen=True)
class IssueRef:
    id: str
    name: str
    surface: str
    scope: str | None = None
    #: found in the reference vocabulary (else named by its own words)
    known: bool = False
    #: the phrase names the issue's breach (a vocabulary ``opposites`` entry): the stance turns round
    opposite: bool = False
    #: a thing to be prevented or fought rather than a good (``harm: true`` in the vocabulary)
    harm: bool = False
    #: the harm is named inside what counters it ("the fight against the pandemic"): a stance for
    #: the phrase is one against the harm
    countered: bool = False
    #: how the vocabulary was matched (alias, alias-in-phrase, keyword; state for a situation);
    #: None for a phrase named by its own words (extract/taxonomy/ may still place it)
    rule: str | None = None


@dataclass(frozen=True)
class VocabularyIssue:
    id: str
    name: str
    #: matched through one of the issue's ``opposites``
    opposite: bool = False
    #: a thing to be prevented or fought rather than a good (``harm: true`` in the vocabulary)
    harm: bool = False
    #: named inside a phrase that counters it (:func:`_countered`)
    countered: bool = False
    #: which step of :meth:`IssueVocabulary.find` matched: alias, alias-in-phrase or keyword
    rule: str = "alias"


class IssueVocabulary:
    """The reference issues: id -> name and the aliases (and opposites) that map to it."""

    def __init__(self, entries: list[dict[str, object]]) -> None:
        self.by_alias: dict[str, VocabularyIssue] = {}
        #: (keyword key, issue), longest keywords first
        self.keywords: list[tuple[str, VocabularyIssue]] = []
        #: how specific a node is for a key it shares with others (:func:`_specificity`)
        rank: dict[tuple[str, str], int] = {}
        #: the aliases' and the keywords' keys as the file writes them: a kin wording (:func:`_with_kin`)
        #: never takes one
        aliases = {lemma_key(str(a)) for e in entries for a in [e["name"], *(e.get("aliases") or [])]}  # type: ignore[misc]
        keywords = {lemma_key(str(k)) for e in entries for k in e.get("keywords") or []}  # type: ignore[attr-defined]
        for e in entries:
            issue = VocabularyIssue(str(e["id"]), str(e["name"]), harm=bool(e.get("harm")))
            breach = VocabularyIssue(issue.id, issue.name, opposite=True, harm=issue.harm)
            for alias in _with_kin([issue.name, *(e.get("aliases") or [])], aliases):  # type: ignore[list-item]
                key = lemma_key(str(alias))
                rank[key, issue.id] = _specificity(e, key)
                held = self.by_alias.get(key)
                # the most specific node keeps a shared alias: "refugees" is the refugees issue's,
                # not its topic's; between equals the later entry, as before
                if held is None or rank[key, issue.id] >= rank.get((key, held.id), 0):
                    self.by_alias[key] = issue
            for keyword in _with_kin(e.get("keywords") or [], keywords):  # type: ignore[arg-type]
                if key := lemma_key(str(keyword)):
                    rank[key, issue.id] = _specificity(e, key)
                    self.keywords.append((key, issue))
            for opposite in e.get("opposites") or []:  # type: ignore[attr-defined]
                # an opposite is matched like an alias and like a keyword
                if lemma_key(str(opposite)):
                    self.by_alias.setdefault(lemma_key(str(opposite)), breach)
                    self.keywords.append((lemma_key(str(opposite)), breach))
        # a keyword several nodes share is the most specific one's ("extremism" names violent
        # extremism, not its topic, terrorism; between equals the first, as before); then longest
        # first, and among keywords as long an issue's before a topic's
        best: dict[str, VocabularyIssue] = {}
        for key, issue in self.keywords:
            held = best.get(key)
            if held is None or rank.get((key, issue.id), 0) > rank.get((key, held.id), 0):
                best[key] = issue
        for key, held in best.items():
            # a keyword that another node's name or alias is, more specifically, is that node's ("the
            # treaty on the prohibition of X" names the treaty, not the cause it serves)
            owner = self.by_alias.get(key)
            if owner is not None and not owner.opposite and rank.get((key, owner.id), 0) > rank.get((key, held.id), 0):
                best[key] = owner
        self.keywords = [(key, best[key]) for key in dict.fromkeys(key for key, _ in self.keywords)]
        issues = {str(e["id"]) for e in entries if e.get("parent") is not None}
        #: the keys of the labels the file writes as proper names ("Rohingya", "Crimea", "Western
        #: Sahara"): such a keyword names its thing inside a longer name too ("the Rohingya Muslims",
        #: "the Crimea Platform"), unlike a common word there ("the X Law Commission")
        self.proper = {
            lemma_key(str(label))
            for e in entries
            for label in [e["name"], *(e.get("aliases") or [])]  # type: ignore[misc]
            if str(label)[:1].isupper()
        }
        self.keywords.sort(key=lambda kv: (-len(kv[0].split()), kv[1].id not in issues))
        #: every node by its id
        self.by_id = {
            str(e["id"]): VocabularyIssue(str(e["id"]), str(e["name"]), harm=bool(e.get("harm"))) for e in entries
        }

    @classmethod
    @cache
    def load(cls) -> IssueVocabulary:
        from .taxonomy import Taxonomy  # the file is checked against its schema there

        return cls([e.model_dump() for e in Taxonomy.load().entries.values()])

    def named(self, name: str) -> VocabularyIssue | None:
        """The issue ``name`` is exactly an alias of (no partial or keyword match, no opposite)."""
        found = self.by_alias.get(lemma_key(name))
        return found if found is not None and not found.opposite else None

    def find(self, phrase: str, head: str | None = None, *, keywords: bool = True) -> VocabularyIssue | None:
        """The vocabulary issue a phrase names: the whole phrase, or the longest alias it starts or
        ends with that holds the phrase's head word ("further expansion of NATO" -> NATO expansion;
        not "aggression ... in violation of the UN Charter" -> the Charter); then, if ``keywords``,
        a topic keyword anywhere in it."""
        key = lemma_key(_PLURAL_SENSE.sub(" , ", phrase))
        if key in self.by_alias:
            return self.by_alias[key]
        head_key = lemma_key(head) if head else None
        words = key.split()
        for n in range(len(words) - 1, 0, -1):
            for start in (0, len(words) - n):
                part = " ".join(words[start : start + n])
                issue = self.by_alias.get(part)
                if (
                    issue is not None
                    and n >= 2
                    and (head_key is None or head_key in part.split())
                    and not (issue.opposite and _negated_at(words, start))
                ):
                    return _countered(replace(issue, rule="alias-in-phrase"), words, start, n)
        if head_key in CONTENTLESS_HEADS:
            # "any model that seeks to divide the world into spheres of influence": the issue is inside
            for n in range(len(words) - 1, 1, -1):
                for i in range(len(words) - n + 1):
                    issue = self.by_alias.get(" ".join(words[i : i + n]))
                    if issue is not None and not (issue.opposite and _negated_at(words, i)):
                        # the words before it may counter it as in any phrase ("efforts aimed at the
                        # elimination of <Harm>", "action in the fight against <Harm>")
                        return _countered(replace(issue, rule="alias-in-phrase"), words, i, n)
        if not keywords:
            return None
        # after a head of misuse only its own modifiers count ("terrorist attacks", not "attacks on X")
        distorted = words.index(head_key) if misuse_head(words, head_key) else len(words)
        # a distinctive topic term anywhere in the phrase: "a resumption of the full implementation
        # of the Joint Comprehensive Plan of Action" is about the JCPOA; but not inside a name it
        # only modifies ("the X Law Commission")
        padded = f" {key} "
        names = name_spans(phrase)
        cut = _adjunct_start(phrase)
        for keyword, issue in self.keywords:
            if f" {keyword} " not in padded:
                continue
            size = len(keyword.split())
            for i in range(len(words) - size + 1):
                if (
                    " ".join(words[i : i + size]) == keyword
                    and not (issue.opposite and _negated_at(words, i))
                    and (keyword in self.proper or not inside_name(names, i, size))
                    # a keyword that opens with the head of misuse names the misuse itself ("attacks
                    # on civilians"): it counts
                    and i < min(distorted + 1, cut)
                ):
                    if _place_of_other_matter(phrase, keyword, issue.id, head_key):
                        continue
                    if (breach := self._breach_heading(words, head_key, i, size)) is not None:
                        return breach
                    found, i, size = self._breach_at_head(issue, words, head_key) or (issue, i, size)
                    # the phrase's own head when the one given is outside it (the verb that took it)
                    own = head_key if head_key in words else next(iter(head_chunk(phrase)[-1:]), None)
                    return _countered(_harmed(replace(found, rule="keyword"), words, own, i, size), words, i, size)
        return None

    def _breach_heading(self, words: list[str], head_key: str | None, i: int, size: int) -> VocabularyIssue | None:
        """The breach the phrase's head word names by itself, when a keyword of another issue stands
        only in its complement: "interference in the electoral process" is interference (the breach
        of non-interference), not the electoral process. The head decides what the phrase is."""
        if head_key is None or head_key not in words or head_key in words[i : i + size]:
            return None
        breach = self.by_alias.get(head_key)
        at = words.index(head_key)
        if breach is None or not breach.opposite or at > i or _negated_at(words, at):
            return None
        return _countered(replace(breach, rule="alias-in-phrase"), words, at, 1)

    def _breach_at_head(
        self, issue: VocabularyIssue, words: list[str], head_key: str | None
    ) -> tuple[VocabularyIssue, int, int] | None:
        """The issue's breach, and where it stands, when the phrase's head is it and a modifier names
        the issue: "interference by <State> in <State>'s internal affairs" is the breach of
        non-interference, whose keyword "internal affairs" it also holds. The head decides what the
        phrase is."""
        if issue.opposite or head_key is None or head_key not in words:
            return None
        at = words.index(head_key)
        for keyword, other in self.keywords:
            if not other.opposite or other.id != issue.id:
                continue
            size = len(keyword.split())
            for i in range(max(0, at - size + 1), at + 1):
                if " ".join(words[i : i + size]) == keyword:
                    return (other, i, size) if not _negated_at(words, i) else None
        return None


#: the nouns that name a matter under dispute, one for another: "the X question", "the X issue" and
#: "the X problem" are one matter (the UN agenda writes "the question of X", speakers any of them)
_MATTER = ("question", "issue", "problem")


def _with_kin(labels: list[str], listed: set[str]) -> list[str]:
    """The labels, and for one that ends in a noun of :data:`_MATTER` the same with the others, unless
    ``listed`` (the file's own labels of that kind, of any node) holds that wording: "the X issue" may
    be another node's."""
    out = []
    for label in labels:
        out.append(label)
        words = str(label).split()
        if len(words) > 1 and _singular(words[-1].lower()) in _MATTER:
            kin = (" ".join([*words[:-1], m]) for m in _MATTER if m != _singular(words[-1].lower()))
            out.extend(k for k in kin if lemma_key(k) not in listed)
    return list(dict.fromkeys(out))


def _specificity(entry: dict[str, object], key: str) -> int:
    """How specifically a node owns one of its aliases or keywords (lemma key ``key``), for a key
    several nodes share: a node the key names (its name's key) before one it only describes, and
    an issue before a topic, so a phrase lands on the most specific node that fits."""
    return 2 * (lemma_key(str(entry["name"])) == key) + (entry.get("parent") is not None)


#: plurals whose sense is not their singular's alias: "developments" are events, not development
_PLURAL_SENSE = re.compile(r"\bdevelopments\b", re.I)

#: where an adjunct starts that names the standard a thing is measured by ("acts of aggression in
#: defiance of the Charter", "X in accordance with international law", "X in the framework of Y") or a
#: relative clause about its holder ("radicals who were behind the coup"): a keyword there is not what
#: the phrase is about
_ADJUNCT = re.compile(
    r"\b(?:in\s+(?:violation|defiance|breach|contravention|accordance|line|conformity|keeping)\s+(?:of|with)"
    r"|(?:in|within)\s+the\s+framework\s+of|contrary\s+to|on\s+the\s+basis\s+of|based\s+on|who|whom|whose|which)\b",
    re.I,
)


def _adjunct_start(phrase: str) -> int:
    """The lemma-key position (:func:`lemma_key`) of the phrase's first adjunct (:data:`_ADJUNCT`), or its length."""
    m = _ADJUNCT.search(phrase)
    return len(lemma_key(phrase[: m.start()]).split()) if m else len(lemma_key(phrase).split())


#: adjectives that make a use a misuse (WordNet illegal.a.01 and its similar illicit, unlawful, wrongful,
#: criminal; malicious.a.01; hostile.a.01; improper.a.01; abusive): "the illegal use of <good>" is
#: a misuse of it (:data:`DISTORTING_HEADS`). Lemma keys.
_MISUSING = frozenset(
    {"illegal", "illicit", "unlawful", "wrongful", "criminal", "malicious", "hostile", "improper", "abusive"}
)


#: heads of a use of something (WordNet use.n.01, exploitation.n.01 "the act of making some area of land or
#: water more profitable", trade.n.01): an adjective of :data:`_MISUSING` makes one a misuse of the good
#: it governs or that classifies it ("the illegal exploitation of <resources>", "the illicit <good> trade");
#: unlike :func:`misuse_head`, the keyword after such a head still places the phrase
_USE_HEADS = frozenset({"use", "exploitation", "trade"})


def misuse_head(words: list[str], head_key: str | None) -> bool:
    """Whether the phrase's head names a misuse: a head of :data:`DISTORTING_HEADS`, or a use that
    an adjective of :data:`_MISUSING` qualifies among the words before it ("covert and illegal use")."""
    if head_key is None or head_key not in words:
        return False
    at = words.index(head_key)
    return head_key in DISTORTING_HEADS or (
        head_key == "use" and bool(_MISUSING.intersection(words[max(0, at - 3) : at]))
    )


def _misused(words: list[str], head_key: str) -> bool:
    """Whether the head is a use an adjective of :data:`_MISUSING` makes a misuse (:data:`_USE_HEADS`)."""
    at = words.index(head_key)
    return head_key in _USE_HEADS and bool(_MISUSING.intersection(words[max(0, at - 3) : at]))


#: heads that name a harm befalling what they govern (WordNet noun.state and noun.feeling: suffering.n.01
#: and .n.04, plight.n.01, hardship.n.02, misery.n.01, ordeal.n.01, distress.n.01): "the suffering of
#: refugees" is the breach of the refugees' good, so alleviating it upholds that good. Lemma keys.
HARMING_HEADS = frozenset({"suffering", "plight", "hardship", "misery", "ordeal", "distress", "agony"})
#: heads that name a problem or a danger of the field their classifier names (FrameNet's Difficulty frame:
#: challenge, difficulty, problem; Predicament: predicament, trouble; Catastrophe: disaster, catastrophe,
#: calamity; Risky_situation: threat, danger, risk, hazard; Certainty's uncertainty; WordNet setback.n.01):
#: "development challenges", "security threats", "economic uncertainty" are the breach of the good that
#: classifies them, so tackling them upholds it. Only as the head a good's term modifies: "the challenge
#: of <Good>" may be the task of reaching it. Lemma keys.
PROBLEM_HEADS = frozenset(
    {
        "challenge", "difficulty", "problem", "predicament", "trouble", "disaster", "catastrophe", "calamity",
        "threat", "danger", "risk", "hazard", "uncertainty", "setback",
    }
)  # fmt: skip
#: heads that name a good's falling short (FrameNet's Sufficiency frame, its lack words: shortfall,
#: shortage, deficit, gap, deficiency): "the vaccination gap", "shortfalls in the implementation of <Treaty>"
#: say that too little of the good is had, whether the good modifies them or follows them. Lemma keys.
SHORTFALL_HEADS = frozenset({"shortfall", "shortage", "deficit", "gap", "deficiency"})
#: heads of harm done to what they govern (FrameNet's Killing: killing, murder, assassination, massacre,
#: slaughter; Imprisonment: imprisonment, incarceration, jailing; Judgment_direct_address and Offenses:
#: insult, desecration; Destroying: destruction; Change_position_on_a_scale, its decrease: diminution; Quitting:
#: withdrawal): "the killing of civilians", "the imprisonment of
#: journalists", "any diminution of the role of <Organisation>", "<State>'s withdrawal from <Agreement>"
#: name the breach of the good they govern. Not on a node of a topic with no one direction (a named
#: conflict, migration): the harm done there is the conflict's own. Lemma keys.
HARM_DONE_HEADS = frozenset(
    {
        "killing", "murder", "assassination", "massacre", "slaughter", "imprisonment", "incarceration", "jailing",
        "insult", "desecration", "diminution", "withdrawal", "destruction",
    }
)  # fmt: skip
#: heads of an exclusive or hostile hold on a good (WordNet noun.act: hoard.n.01 "hoarding", and
#: nationalism in its sense of one nation's exclusive interest, protectionism.n.01): a good's keyword
#: modifying one names the good's breach ("vaccine nationalism", "trade protectionism")
_HOARDING_HEADS = frozenset({"nationalism", "hoarding", "protectionism"})


def _harmed(issue: VocabularyIssue, words: list[str], head_key: str | None, start: int, size: int) -> VocabularyIssue:
    """A good found by a keyword that a head of harm governs (:data:`HARMING_HEADS`: "the suffering of
    <good>") or that modifies a head of misuse or hoarding right after it (:data:`DISTORTING_HEADS`,
    :data:`_HOARDING_HEADS`: "<good> nationalism", "<good> misuse"), of a problem or a shortfall
    (:data:`PROBLEM_HEADS`, :data:`SHORTFALL_HEADS`: "<good> challenges", "the <good> gap"), or that a
    head of harm done governs or follows (:data:`HARM_DONE_HEADS`): the phrase names the good's breach,
    so the stance on it turns round (as for an ``opposites`` entry)."""
    if issue.harm or issue.opposite or head_key is None or head_key not in words:
        return issue
    at = words.index(head_key)
    governed = head_key in HARMING_HEADS | SHORTFALL_HEADS and at < start
    modified = head_key in DISTORTING_HEADS | _HOARDING_HEADS | PROBLEM_HEADS | SHORTFALL_HEADS and at == start + size
    if (head_key in HARM_DONE_HEADS or _misused(words, head_key)) and not _undirected(issue.id):
        # "the killing of <persons>", "any diminution of <good>"; "ocean habitat destruction", "the illegal
        # wildlife trade": harm done to the good, governed by the head or classifying it
        governed = governed or at < start
        modified = modified or at >= start + size
    return replace(issue, opposite=True) if governed or modified else issue


def _undirected(node: str) -> bool:
    """Whether ``node`` or its topic is one a stance has no one direction on (issues.yaml ``neutral``)."""
    from .taxonomy import Taxonomy

    taxonomy = Taxonomy.load()
    entry = taxonomy.entries.get(node)
    topic = taxonomy.entries.get(entry.parent or "") if entry is not None else None
    return entry is None or entry.neutral or (topic is not None and topic.neutral)


def _countered(issue: VocabularyIssue, words: list[str], start: int, size: int) -> VocabularyIssue:
    """A harm named inside a phrase that counters it ("efforts aimed at fighting terrorism",
    "resilience against future pandemics", "pandemic prevention") is the thing fought: support
    for the phrase is opposition to the harm. Unlike a breach (``opposite``) only a stance for the
    phrase turns (extract/assemble.py): an opposition was already turned round by the claim reader
    ("and fighting radicalization" reaches here as OPPOSES). A good's breach is a harm too
    ("alleviate the food crisis"): countered and then turned round, support for the phrase is
    support for the good. A harm's remedy ("decolonization") is no harm and is never countered."""
    if issue.harm == issue.opposite:
        return issue
    # the words as one text, so that the list's own exceptions ("zero-sum") see the next word
    before, after = " ".join(words[:start]), " ".join(words[start + size :])
    if _COUNTERING.search(before) or _COUNTERING_AFTER.search(after):
        return replace(issue, countered=True)
    return issue


#: the topics whose matter a named conflict's or crisis's place is the place of: its peace and security,
#: its victims (humanitarian affairs, refugees), its violations; a term of any other topic that stands for
#: the phrase says it is about something else located there (:func:`_place_of_other_matter`)
_CONFLICT_MATTERS = frozenset(
    {
        "issue:conflicts-and-crises", "issue:international-peace-and-security", "issue:humanitarian-affairs",
        "issue:migration", "issue:human-rights", "issue:terrorism", "issue:sovereignty-and-non-interference",
        "issue:territorial-disputes", "issue:international-order",
    }
)  # fmt: skip


def _place_of_other_matter(phrase: str, keyword: str, node: str, head_key: str | None) -> bool:
    """Whether the keyword of a named conflict or crisis (a child of the conflicts topic) that the phrase
    writes as a proper name ("the Middle East", "the <Sea>") only locates what the phrase is about: its head
    is not in the name, and the terms that stand for the phrase (extract/taxonomy/terms.py ``terms_in``)
    are of another topic and none of the conflict's own matters (its peace, victims, violations, occupation,
    the Organization's part in it) (:data:`_CONFLICT_MATTERS`): "an economic
    corridor through <Region>", "the <Region> Green Initiative", "a nuclear-weapon-free zone in <Region>" are
    development, the environment and disarmament located there, not the situation in <Region>
    (WordNet's location.n.01: a place names where a thing is, not what it is)."""
    from .taxonomy import Taxonomy
    from .taxonomy.terms import STANDS, terms_in

    taxonomy = Taxonomy.load()
    entry = taxonomy.entries.get(node)
    if entry is None or entry.parent != "issue:conflicts-and-crises" or (head_key and head_key in keyword.split()):
        return False
    written = re.search(r"\b" + r"[\s-]+".join(re.escape(w) for w in keyword.split()), phrase, re.I)
    if written is None or not written.group(0)[:1].isupper() or written.group(0).isupper():
        return False  # a common word, or an acronym (an agency's, a group's): no place
    topics = set()
    for term, level in terms_in(phrase):
        if level >= STANDS:
            up = taxonomy.term_topics.get(term, term)
            up = taxonomy.nodes[up].parent or up
            topics.add(up)
    return bool(topics) and not topics & _CONFLICT_MATTERS


def name_spans(text: str) -> list[tuple[int, int]]:
    """The spans, in lemma-key word positions (:func:`lemma_key`), of the capitalised names of two words
    or more in ``text`` ("the X Law Commission", "Democratic Republic of Y"; a name ends
    at a word :func:`lemma_key` drops, so "Republic of Y" is two). A topic word that modifies a
    name's last word there names the thing named, not its topic: see :func:`inside_name`."""
    text = re.sub(r"'s\b", "", _expand(text).replace("’", "'").replace("-", " "), flags=re.I)
    spans: list[tuple[int, int]] = []
    start, last, i = None, "", 0
    tokens = re.findall(r"[A-Za-z0-9]+", text)
    for at, token in enumerate(tokens):
        if token == "and" and start is not None and _joins_body_name(tokens[at + 1 :]):
            continue  # "and" inside the name of a body ("the X Peace and Security Council")
        if token.lower() in _STOP or not token[0].isupper():
            _close(spans, start, i, last)
            start = None
        elif start is None:
            start = i
        last = token
        if token.lower() not in _STOP:
            i += 1
    _close(spans, start, i, last)
    return spans


def _joins_body_name(rest: list[str]) -> bool:
    """Whether the capitalised words that follow an "and" end the name of a body (:data:`BODY_NAME_ENDS`):
    "Peace and Security Council" is one name; "Drugs and Crime", "Economic and Social Affairs" coordinate
    the topics of the name around them."""
    run = list(itertools.takewhile(lambda t: t[0].isupper() and t.lower() not in _STOP, rest))
    return bool(run) and _singular(run[-1].lower()) in BODY_NAME_ENDS


def _close(spans: list[tuple[int, int]], start: int | None, end: int, last: str = "") -> None:
    end_word = _singular(last.lower())
    longest = _LONGEST_BODY_NAME if end_word in BODY_NAME_ENDS else _LONGEST_NAME
    if start is not None and 2 <= end - start <= longest and end_word not in _TOPICAL_NAME_ENDS:
        spans.append((start, end))


#: the last words of names whose modifiers are their topic ("the X Climate Change Agreement", "the
#: Global Counter-Terrorism Strategy", "the Peacebuilding Fund", "the Ocean Conference"): named plans,
#: instruments, meetings and missions, unlike names of bodies, offices and states ("the X Law
#: Commission", "the Democratic Republic of Y")
_TOPICAL_NAME_ENDS = frozenset(
    {
        "agreement", "treaty", "convention", "protocol", "programme", "program", "initiative", "framework",
        "strategy", "plan", "agenda", "fund", "facility", "compact", "declaration", "charter", "goal",
        "partnership", "pathway", "modality", "action", "accord", "pact", "principle", "act", "law", "summit",
        "conference", "forum", "decade", "year", "day", "week", "mission", "operation",
        # places named by a class of land, water or building (UNGEGN's generic terms of a geographical
        # name): its first words are the place ("the X Archipelago", "the X Strip", "the X Mosque")
        "archipelago", "island", "strip", "peninsula", "sea", "heights", "valley", "basin", "mosque",
    }
)  # fmt: skip
#: a name longer than this is a title ("the Small Island Developing States Accelerated Modalities of
#: Action"), whose words name its topic
_LONGEST_NAME = 4
#: the last words of names of bodies (WordNet noun.group organisations: councils, commissions, forces):
#: such a name may hold its owner's before its own ("the <Organisation> Peace and Security Council",
#: "the United Nations <X> Observer Force"), so it runs longer than a title's limit
BODY_NAME_ENDS = frozenset(
    {
        "council", "commission", "committee", "court", "tribunal", "force", "agency", "office", "board",
        "organization", "organisation", "bank", "secretariat", "institute", "panel",
    }
)  # fmt: skip
_LONGEST_BODY_NAME = 5


def inside_name(spans: list[tuple[int, int]], start: int, size: int) -> bool:
    """Whether the words ``start``..``start + size`` lie inside one of the names ``spans`` short of
    its last word: "law" in "the X Law Commission", "democratic" in "Democratic
    Republic of Y", "security" in "Security Council" (but not "Security Council" itself, nor "United
    Nations")."""
    return any(a <= start and start + size < b for a, b in spans)


def _negated_at(words: list[str], i: int) -> bool:
    """Whether the words from ``i`` on follow a negating prefix ("non-interference", "no regime change")."""
    return i > 0 and words[i - 1] in ("non", "no", "anti")


#: the United Nations abbreviated ("UN", "U.N.", "the UN's", "UNs" with its apostrophe lost): one
#: key with the name written out, so "the role of the UN" is "the role of the United Nations"; upper
#: case only (the French article "un" is not it) and not inside a longer acronym ("UNSC", "UNHCR")
_UN = re.compile(r"(?<![\w.])U\.?N\.?(?:['’]?s)?(?![\w’'])")


def _expand(text: str) -> str:
    """``text`` with the abbreviations :data:`_UN` written out (for the key and the name spans alike)."""
    return _UN.sub("United Nations", text)


def lemma_key(text: str) -> str:
    text = _expand(text).lower().replace("’", "'").replace("-", " ")
    text = re.sub(r"'s\b", "", text)
    words = [w for w in re.findall(r"[a-z0-9]+", text) if w not in _STOP]
    return " ".join(_singular(w) for w in words)


def _singular(word: str) -> str:
    if word in _IRREGULAR_PLURALS:
        return _IRREGULAR_PLURALS[word]
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 4 and word.endswith(("sses", "xes", "ches", "shes")) and word not in _E_PLURALS:
        return word[:-2]  # "processes", "taxes", "approaches": the "es" is the plural's, not the stem's
    if len(word) > 5 and word.endswith("oes") and word not in _E_PLURALS:
        return word[:-2]  # "embargoes", "vetoes", "volcanoes"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


#: plurals that no suffix rule undoes: the Greek "-is" nouns ("crises", "analyses") and "viruses"
_IRREGULAR_PLURALS = {
    "crises": "crisis", "analyses": "analysis", "diagnoses": "diagnosis", "hypotheses": "hypothesis",
    "syntheses": "synthesis", "theses": "thesis", "emphases": "emphasis", "viruses": "virus",
}  # fmt: skip
#: nouns whose singular itself ends in "-che", "-xe" or "-oe", so only the "s" is the plural's
_E_PLURALS = frozenset(
    {"niches", "avalanches", "headaches", "caches", "axes", "cliches", "creches", "canoes", "throes"}
)


#: a coordination of single lower-case words (no name: "the X Forum and the Y Association" is two)
#: that share the word after them ("unilateral economic, financial and trade measures", "maternal and
#: child health"); no conjunct nor the shared word is a function word ("peace and stability in X"
#: shares nothing)
_FUNCTION_WORD = (
    r"(?:of|in|for|to|on|at|by|with|from|among|between|against|and|or|the|a|an|its|their|our|that|which|who)\b"
)
_CONJUNCT = r"(?!" + _FUNCTION_WORD + r")[a-z][\w-]*"
#: the first conjunct of a shared coordination is a modifier: an adjective by its suffix (WordNet's
#: adjective endings: "economic", "regional", "nuclear", "inclusive") or one of the common short ones;
#: a noun there is a coordination of nouns ("peace and political stability in X"), not of modifiers
MODIFIER_WORD = (
    r"(?:[a-z][\w-]*(?:al|ic|ive|ous|ful|ar|ary|ile|ent|ant|able|ible|less|ian|ese|ish|ed)"
    r"|free|fair|open|safe|clean|green|equal|human|full|new|low|high)"
)
_SHARED_COORDINATION = re.compile(
    rf"\b(?P<first>{MODIFIER_WORD})(?P<rest>(?:\s*,\s*{_CONJUNCT})*\s*,?\s+(?:and|or)\s+{_CONJUNCT})"
    rf"(?=\s+{_CONJUNCT})"
)
#: two nouns sharing a complement ("the prevention and resolution of conflicts"): each with it
_SHARED_COMPLEMENT = re.compile(rf"\b({_CONJUNCT})\s+(?:and|or)\s+({_CONJUNCT})(?=\s+(?:of|for|to|on|against)\s)")
#: a coordination of two single words at the end of the phrase ("girls and women")
_FINAL_PAIR = re.compile(rf"\b({_CONJUNCT})\s+(and|or)\s+({_CONJUNCT})$")
#: "the right of X to Y" is a right to Y held by X ("the right of the people of X to development")
_RIGHT_OF = re.compile(r"\b(rights?)\s+of\s+(?:(?!\bto\b)[^,;]){1,60}?\s+to\s+(?=[a-z])")


def variants(text: str) -> list[str]:
    """Other wordings of the phrase that say the same, tried in order when the phrase itself names
    nothing in the vocabulary: each conjunct of a coordination of single words with the word it
    shares ("unilateral economic, financial and trade measures" is, first of all, "unilateral economic
    measures"; "regional and global integration" "regional integration"); each of two nouns with the
    complement they share ("the prevention and resolution of conflicts"); a final pair of conjuncts
    in the other order ("girls and women", "women and girls"); "the right of X to Y" as "the right to
    Y". A variant names an issue only as the phrase would: by the vocabulary's aliases and keywords.

    >>> variants("unilateral economic, financial, and trade measures")[:2]
    ['unilateral economic measures', 'unilateral financial measures']
    >>> variants("physical integrity of girls and women")
    ['physical integrity of women and girls']
    >>> variants("right of the people of X to development")
    ['right to development']
    """
    out = []
    for m in _SHARED_COORDINATION.finditer(text):
        rest = [w for w in re.findall(r"[A-Za-z][\w-]*", m.group("rest")) if w not in ("and", "or")]
        out.extend(text[: m.start()] + c + text[m.end() :] for c in [m.group("first"), *rest])
    for m in _SHARED_COMPLEMENT.finditer(text):
        out.extend(text[: m.start()] + c + text[m.end() :] for c in m.groups())
    pair = _FINAL_PAIR.search(text)
    if pair:
        out.append(f"{text[: pair.start()]}{pair.group(3)} {pair.group(2)} {pair.group(1)}")
    right = _RIGHT_OF.search(text)
    if right:
        out.append(f"{text[: right.start()]}{right.group(1)} to {text[right.end() :]}")
    out.extend(_without_inner_classifier(text))
    bare = _without_epithets(text)
    if bare:
        out.append(bare)
    return list(dict.fromkeys(v for v in out if v != text))


#: epithets: adjectives that describe or evaluate a thing without saying what kind of thing it is
#: (the Epithet of the English nominal group, before its Classifier: Halliday and Matthiessen, An
#: Introduction to Functional Grammar, 4th ed., 6.2.1; the "descriptors" of evaluation, time and degree
#: of Biber et al., Longman Grammar of Spoken and Written English, 7.4.1, as against classifiers such
#: as "national", "political", "nuclear"): time and aspect, degree and extent, sincerity and worth,
#: constancy, and the condemning ones. "ongoing dialogue" is dialogue, "fruitful, ongoing dialogue" too;
#: "national dialogue" is another thing. Lower case only (an epithet inside a name is the name's).
_EPITHETS = (
    # time and aspect
    "ongoing|current|recent|continued|continuous|renewed|further|new|immediate|early|timely|"
    "present|existing|regular|constant|sustained|repeated|upcoming|forthcoming|urgent|latest|"
    # degree and extent
    "greater|increased|enhanced|intensified|strengthened|stronger|strong|full|fuller|complete|total|broad|"
    "broader|wide|wider|deep|deeper|real|genuine|true|sincere|serious|meaningful|credible|effective|"
    "constructive|fruitful|productive|frank|honest|substantive|concrete|tangible|decisive|necessary|"
    "adequate|sufficient|significant|considerable|massive|unprecedented|active|vigorous|robust|closer|"
    "respectful|good-faith|"
    # constancy of a stance
    "unwavering|steadfast|unswerving|firm|unconditional|unreserved|wholehearted|resolute|"
    # condemning: the act is named by the head, the epithet judges it
    "brutal|barbaric|barbarous|heinous|horrendous|horrific|horrible|terrible|senseless|gratuitous|deadly|"
    "vicious|cowardly|blatant|flagrant|egregious|outrageous|despicable|abhorrent|appalling|atrocious|wanton|"
    "escalating|spiralling|spiraling|persistent|endless"
)
#: the run of epithets opening a phrase, with the adverbs that grade them ("most serious", "mutually
#: respectful") and their coordinations ("serious and transparent", "fruitful, ongoing")
_EPITHET_RUN = re.compile(
    rf"^(?:(?:(?:very|most|more|truly|genuinely|mutually|ever)\s+)?(?:{_EPITHETS})(?:\s*,\s*|\s+(?:and|but)\s+|\s+))+"
    # a determiner after it makes the word a verb ("further its cooperation"), no epithet
    r"(?=[a-z])(?!(?:the|a|an|its|their|our|his|her|this|these|those|that)\b)"
)


def _without_epithets(text: str) -> str | None:
    """The phrase without the epithets that open it (:data:`_EPITHETS`), if anything is left: "spiralling
    violence" is violence, "serious and transparent national dialogue" national dialogue."""
    m = _EPITHET_RUN.match(text)
    rest = text[m.end() :] if m else ""
    if not rest.strip() or _MORAL_CRIME.match(rest):
        return None
    return rest


#: "crimes" judged by an epithet ("horrendous crimes", "the most serious crimes") are evil acts (WordNet
#: crime.n.01), the atrocities of the Rome Statute's preamble, not the crime of criminal law (crime.n.02)
#: that the vocabulary's "crime" (transnational organized crime) names
_MORAL_CRIME = re.compile(r"crimes?\b", re.I)


#: a run of three or more lower-case words opening the phrase: its head with two classifiers or more
_CLASSIFIED_HEAD = re.compile(rf"^(?:{_CONJUNCT}\s*,?\s+){{2,}}{_CONJUNCT}(?=\s|$)")


def _without_inner_classifier(text: str) -> list[str]:
    """The phrase with one inner classifier of its head left out ("unilateral coercive economic
    measures" is, first of all, "unilateral coercive measures" and "unilateral economic measures"): a
    vocabulary term whose words a further classifier parts still names the thing. Not the first word
    (it may be what makes the term: "unilateral") nor the head, and only an adjective (:data:`MODIFIER_WORD`):
    a noun there names a kind ("multilateral trade system" is no multilateral system)."""
    m = _CLASSIFIED_HEAD.match(text)
    if m is None:
        return []
    words = m.group(0).replace(",", " ").split()
    rest = text[m.end() :]
    inner = [i for i in range(len(words) - 2, 0, -1) if re.fullmatch(MODIFIER_WORD, words[i])]
    return [" ".join(words[:i] + words[i + 1 :]) + rest for i in inner]


def situation_issue(state_id: str, state_name: str, surface: str) -> IssueRef:
    """ "The situation in Libya": the UN agenda's name for positions about one state's affairs."""
    return IssueRef(
        make_id(NodeKind.ISSUE, f"situation in {state_name}"),
        f"situation in {state_name}",
        surface,
        known=True,
        rule="state",
    )


def _found(text: str, head: str | None, *, keywords: bool) -> VocabularyIssue | None:
    """The vocabulary issue the tidied phrase names (the whole phrase, then its :func:`variants`), read
    with what its own words say beyond the first match (extract/issue_scope.py): a change to the
    Organization is its reform, the peace of the speaker's own country no international issue, and a
    classifier only a sibling's labels use makes the phrase that sibling's."""
    vocabulary = IssueVocabulary.load()
    reform = reform_of_organization(text) if keywords else None
    if reform is not None:
        return replace(vocabulary.by_id[reform], rule="keyword")
    conflict = conflict_of_place(text) if keywords else None
    if conflict is not None:
        # "lasting peace in <Place>": the end of the conflict there (a harm's remedy, its opposite)
        node, harm = conflict
        return replace(vocabulary.by_id[node], opposite=harm, rule="keyword")
    found = vocabulary.find(text, head, keywords=keywords)
    for variant in [] if found else variants(text):
        found = vocabulary.find(variant, head, keywords=keywords)
        if found:
            break
    if found is None or (found.id == PEACE_TOPIC and own_country(text)):
        return None
    sibling = sibling_by_classifier(found.id, text) if not found.opposite else found.id
    if sibling == found.id:
        return found
    words = lemma_key(text).split()
    chunk = head_chunk(text)
    start = words.index(chunk[0]) if chunk and chunk[0] in words else 0
    return _countered(replace(vocabulary.by_id[sibling], rule=found.rule), words, start, len(chunk))


def _on_the_harm(text: str, node: str) -> bool:
    """Whether the harm ``node`` is the matter a head of the phrase deals with ("a framework for
    cooperation on <Harm>": extract/taxonomy/countering.py ``on_the_matter``)."""
    from .taxonomy import Taxonomy
    from .taxonomy.countering import on_the_matter
    from .taxonomy.schema import SITUATIONS_TOPIC

    taxonomy = Taxonomy.load()
    entry = taxonomy.entries.get(node)
    if entry is None or SITUATIONS_TOPIC in (node, entry.parent):
        return False  # a named situation is a place: "peace on the Korean peninsula" is where, not what
    return on_the_matter(text, taxonomy.label_keys(node))


def canonical_issue(phrase: str, head: Token | str | None = None, *, keywords: bool = True) -> IssueRef:
    """The issue a phrase names; see the module docstring for the rule. ``keywords=False`` for a
    described target (a clause: "the junta continues to crush democracy"), which a topic word inside
    it does not name. ``head`` is the phrase's head token, or its text (a phrase read back from an
    export: bench/issue_coverage.py)."""
    surface = phrase.strip()
    text = _LEADING.sub("", surface)
    scope = None
    m = _SCOPE.search(text)
    if m:
        scope = m.group(0).strip()
        text = text[: m.start()]
    text = text.strip(" ,;:")
    head_text = head.text if isinstance(head, Token) else head
    found = _found(text, head_text, keywords=keywords)
    if (
        found
        and found.harm
        and not (found.opposite or found.countered)
        and (_on_the_harm(text, found.id) or against_condition(text, found.id))
    ):
        found = replace(found, countered=True)  # "cooperation on <Harm>": the harm is the matter dealt with
    if found:
        return IssueRef(
            found.id,
            found.name,
            surface,
            scope,
            known=True,
            opposite=found.opposite,
            harm=found.harm,
            countered=found.countered,
            rule=found.rule,
        )
    key = lemma_key(text) or lemma_key(surface)
    return IssueRef(make_id(NodeKind.ISSUE, key or surface), text or surface, surface, scope)
