"""An issue's name from the phrase that states a position, and when a phrase names no issue at all.

A target must say something ("goal" or "them" does not); "the fight against X" or "violations of
X" is a stance on X turned round (``INVERTING``, ``VIOLATED``); a contentless lead-in ("the
consolidation of efforts to") is dropped."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Token

from diplograph.graph.schema import RelType

from ..gazetteer import Gazetteer
from ..nps import (
    phrase,
    phrase_span,
)
from .types import Target

if TYPE_CHECKING:
    from ..issues import IssueRef


def position_verbs() -> set[str]:
    return {
        "respect",
        "safeguard",
        "uphold",
        "protect",
        "preserve",
        "defend",
        "support",
        "promote",
        "advance",
        "strengthen",
        "maintain",
        "ensure",
        "build",
        "foster",
        "develop",
        "improve",
        "deepen",
        "enhance",
        "implement",
        "carry",
    }


EMPTY_ISSUES = {
    "this",
    "that",
    "it",
    "them",
    "one",
    "all",
    "others",
    "other",
    "efforts",
    "role",
    "way",
    "part",
    "position",
    "positions",
    "idea",
    "ideas",
    "move",
    "moves",
    "step",
    "steps",
    "working together",
    "work together",
}


#: nouns that name no issue when they stand alone ("welcomed the opportunity", "his commitment"),
#: though "economic cooperation" or "the opportunity gap" do
VAGUE_ALONE = {
    "attention",
    "completion",
    "countries",
    "failure",
    "nations",
    "parties",
    "procedure",
    "recommendation",
    "recommendations",
    "sides",
    "states",
    "temptation",
    "world",
    "ability",
    "abilities",
    "action",
    "actions",
    "administration",
    "agenda",
    "capacity",
    "capacities",
    "collaboration",
    "commitment",
    "commitments",
    "cooperation",
    "decision",
    "effort",
    "engagement",
    "government",
    "importance",
    "initiative",
    "leadership",
    "legislation",
    "measure",
    "measures",
    "need",
    "needs",
    "opportunity",
    "opportunities",
    "partnership",
    "plan",
    "policy",
    "president",
    "priority",
    "priorities",
    "proposal",
    "relationship",
    "relations",
    "situation",
    "statement",
    "support",
    "ties",
    "together",
    "working",
}


ABSTRACT_SUFFIX = re.compile(r"(?:ism|ity|ty|tion|sion|ment|ance|ence|cy|acy|ship|hood|ure)$", re.I)


VAGUE_WORDS = {
    "goal",
    "goals",
    "hope",
    "hopes",
    "heart",
    "thing",
    "things",
    "women",
    "men",
    "people",
    "work",
    "job",
    "jobs",
    "time",
    "day",
    "case",
    "point",
    "matter",
    "issue",
    "issues",
    "question",
    "questions",
    "concern",
    "concerns",
    "rule",
    "rules",
    "right",
    "rights",
    "nominee",
    "them",
    "us",
    "you",
    "everyone",
    "everybody",
    "ally",
    "allies",
    "partner",
    "partners",
    "friend",
    "friends",
    "help",
    "lot",
}


#: what a phrase cut from its clause starts with, or is, when it names nothing: a relative word
#: ("whose resumption" is the resumption of the noun before it), a Latin adverb of listing
#: ("with a view, inter alia, to X": the target is X)
NOT_A_NAME = re.compile(r"^(?:(?:whose|which|whom|who)\b.*|inter\s+alia|e\.\s?g\.?|i\.\s?e\.?|etc\.?|viz\.?)$", re.I)


def is_utterance(noun: Token) -> bool:
    """Whether a noun names words said ("words", "statement", "message"): the refusal class
    ``utterance`` of extract/data/non_issue_heads.yaml."""
    from ..taxonomy import refusal

    return refusal(noun.lemma_) == "utterance"


def is_place(noun: Token) -> bool:
    """Whether a noun names a place or a building ("city", "headquarters"): the refusal class
    ``place`` of extract/data/non_issue_heads.yaml."""
    from ..taxonomy import refusal

    return refusal(noun.lemma_) == "place"


def is_substantive_issue(name: str) -> bool:
    """A position's target must say something: "goal" or "them" does not; "multipolarity" does."""
    from ..issues import IssueVocabulary

    if NOT_A_NAME.match(name.strip()):
        return False
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'-]*", name)]
    content = [
        w
        for w in words
        if w.lower() not in VAGUE_WORDS
        and w.lower()
        not in {
            "the",
            "a",
            "an",
            "of",
            "and",
            "our",
            "their",
            "its",
            "his",
            "her",
            "my",
            "your",
            "with",
            "to",
            "for",
            "in",
            "on",
            "other",
            "some",
            "many",
            "these",
            "those",
            "such",
            "each",
            "every",
        }
    ]
    if not content:
        return False
    if len(content) >= 2 or IssueVocabulary.load().find(name):
        return True
    word = content[0]
    if word.lower() in VAGUE_ALONE or name.lower() in EMPTY_ISSUES:
        return False
    if Gazetteer.load().lookup(word):
        return False  # "Americans", "U.S": an actor the linker left unlinked, never an issue
    return word[:1].isupper() or bool(ABSTRACT_SUFFIX.search(word))


INVERTING = re.compile(
    # a verb of countering takes what it counters as its object, a gerund noun with "of" or "against"
    # ("ending X", "the ending of X"): one followed by a preposition of place names the act where it
    # goes on ("the fighting in <place>": WordNet fighting.n.01, combat), nothing it counters
    r"^(?!(?:(?:the|a|an)\s+)?[a-z]+ing\s+(?:on|in|at|between|among|around|across|within|inside|along|near)\b)"
    r"(?:(?:the|a|an)\s+)?(?:(?:immediate|total|complete|full|swift|early|speedy|unconditional|permanent|global|joint"
    r"|comprehensive|effective|universal|verifiable|general|strict|outright|legally|binding"
    r"|flagrant|gross|blatant|egregious|serious|severe|grave|systematic|massive|continued|ongoing|repeated|and"
    # adjectives of degree: "a significant reduction in X"
    r"|significant|substantial|considerable|sharp|drastic|dramatic|marked|further|rapid|steady)\s+)*"
    r"(?:(?:fight|struggle|war|campaign|efforts?)\s+(?:against|to\s+(?:combat|counter|end|eliminate|prevent))"
    # "put an end to the practice of X"
    r"|put(?:s|ting)?\s+an\s+end\s+to(?:\s+(?:the\s+)?practices?\s+of)?"
    r"|(?:end|ending|lifting|removal|elimination|eradication|abolition|cessation|termination|prevention|prohibition"
    r"|ban|banning"
    r"|halt|withdrawal|repeal|renunciation|countering|combating"
    r"|violations?|abuses?|breach(?:es)?|erosion|undermining|disregard|non-?proliferation|reduction|reducing"
    r"|deterioration|degradation|decline|worsening"
    # harm done by withholding or holding down (FrameNet Prevent_or_allow_possession, Suppression),
    # and relief from a harm (Cure, Resolve_problem): "the denial of X", "the alleviation of X"
    r"|denials?|deprivation|suppression|curtailment|infringements?|obstruction|negation|usurpation"
    r"|alleviation|mitigation"
    # what holds it back or keeps it out (FrameNet Hindering, Limiting, Possession's absence): "severe
    # limitations on humanitarian access", "obstacles to peace", "the lack of respect for X"
    r"|obstacles?|impediments?|hindrances?|limitations?|restrictions?|constraints?|lack|absence)"
    r"\s+(?:of|to|on|for|in)|threats?\s+to"
    # a good in crisis (FrameNet Predicament: "the crisis of multilateralism", of confidence); a
    # crisis "in" a place is the harm itself
    r"|cris[ie]s\s+of"
    # a good said to decline: "the deteriorating health of X"
    r"|(?:deteriorating|declining|worsening|degrading)\s+(?:health|state|condition|quality)\s+of"
    r"|(?:combating|countering|ending|lifting|removing|eliminating|eradicating|abolishing|preventing|prohibiting"
    r"|banning|halting|stopping|curbing|fighting|combat|counter|end|eliminate|prevent|eradicate"
    r"|prohibit|ban|halt|stop|abolish|outlaw|lift|remove"
    r"|(?:refrain|refraining|abstain|abstaining|desist|desisting)\s+from|avoid|avoiding|renounce|renouncing"
    r"|cease|ceasing"
    # harm done to it: "efforts to undermine the authority of the United Nations are dangerous"
    r"|undermine|undermining|erode|eroding|weaken|weakening|violate|violating|destroy|destroying"
    r"|dismantle|dismantling|circumvent|circumventing|disregard|disregarding|deny|denying|suppress|suppressing"
    # relief from it: "overcoming X", "alleviate X", "healing the wounds of X"
    r"|overcome|overcoming|alleviate|alleviating|mitigate|mitigating|heal(?:ing)?\s+(?:the\s+)?wounds\s+of"
    # lessening it: "curtail X", "reduce X"
    r"|curtail|curtailing|reduce|minimi[sz]e|minimi[sz]ing)"
    # a second verb coordinated with the first: "undermine or compromise our initiatives"
    r"(?:\s+(?:or|and)\s+(?!the\b|a\b|an\b|all\b|any\b)[a-z]+(?=\s+(?:the|our|their|its|his|her|all|any|a|an)\b))?"
    # protection from it and refusal of it: "a shield against neo-Nazism", "a barrier in the way of
    # revanchism", "the resolution on the inadmissibility of glorifying Nazism"
    r"|(?:(?:shields?|barriers?|bulwarks?|vaccines?|antidotes?|firewalls?|safeguards?|defen[cs]es?|immunity"
    r"|resistance|opposition)\s+(?:against|to|in\s+the\s+way\s+of)"
    r"|(?:inadmissibility|unacceptability|rejection|condemnation|repudiation)\s+of))\s+(?:(?:the|all|any|a|an)\s+)?",
    re.I,
)


#: words before an inverting phrase that add nothing to it: "the task of preventing X", "the
#: consolidation of efforts to combat X"
LEAD_IN = re.compile(
    r"^(?:(?:the|a|an|our|their|its|all|joint|collective|international|global|further|greater|concerted)\s+)*"
    r"(?:(?:task|consolidation|strengthening|coordination|intensification|stepping up)\s+of\s+)?"
    r"(?:(?:the|our|their|its|all|joint|collective|international|global)\s+)*"
    r"(?:efforts?|measures?|steps|work|action|actions|cooperation|strategy|strategies|role|task|campaign|struggle"
    r"|attempts?|moves?|plans?|policy|policies)"
    r"\s+(?:to|of|in|for|on|towards)\s+",
    re.I,
)


#: how a claim's relation turns when its target is "the end of X" rather than X
INVERSE = {
    RelType.SUPPORTS: RelType.OPPOSES,
    RelType.OPPOSES: RelType.SUPPORTS,
    RelType.PROPOSES: RelType.OPPOSES,
    # "condemn violations of human rights" upholds human rights
    RelType.CONDEMNS: RelType.SUPPORTS,
}


#: "human rights violations": the violated thing before a violation noun
#: "X violations" as a compound whose head is the violation: the good X is what is breached. Not where a
#: preposition stands before it ("a settlement to the situation of X violations"): the violations are then
#: a complement inside a phrase headed by another noun, which says what is done about them
VIOLATED = re.compile(
    r"^(?P<core>(?:(?!\b(?:of|to|for|in|on|against|by|with|from|into|at|under|over|towards?)\b).)+?)"
    r"\s+(?:violations?|abuses?|breach(?:es)?)$",
    re.I,
)


def reference_issue(target: Target) -> IssueRef | None:
    """The reference issue an issue target names, if any, as the assembler will find it: the issue
    itself or (``opposite``) its breach or remedy."""
    from ..issues import canonical_issue

    if target.kind != "issue" or target.facts.get("invert"):
        return None
    ref = canonical_issue(target.name, target.head)
    return ref if ref.known else None


def names_harm(ref: IssueRef) -> bool:
    """Whether the phrase names a harm: a harm issue itself ("terrorism"), or a good's breach (an
    opposite of a good: "sexual violence" of gender equality); a harm's remedy ("decolonization") is none."""
    return ref.harm != ref.opposite


def lands_on_harm(target: Target) -> bool:
    """Whether an issue target no vocabulary entry names lands, by its topic terms, on a harm node
    ("unemployment" on the topic's breach node of debt and economic crises; extract/taxonomy/topics.py)."""
    from ..taxonomy import Taxonomy, topic_of

    if target.kind != "issue" or target.facts.get("invert"):
        return False
    node = topic_of(target.name)
    entry = Taxonomy.load().entries.get(node) if node else None
    return entry is not None and entry.harm and not entry.neutral


#: a vocative inside a phrase: "the agenda that you, Sir, have outlined" (the words address the
#: chair; they name nothing, and a capitalised one would pass for a name)
_VOCATIVE = re.compile(r",\s*(?:Sir|Madam|Madame|Mr\.?\s+President|Madam\s+President)\s*,", re.I)


#: a contrast that sets aside what follows it: "X instead of Y", "X rather than Y"
_CONTRAST = re.compile(r"\s+(?:instead\s+of|rather\s+than)\s+", re.I)


def tidy_issue(text: str) -> str:
    from ..nps import tidy

    text = _VOCATIVE.sub("", tidy(text))
    # "adopt X instead of Y": Y is what is not wanted, never part of the name
    text = _CONTRAST.split(text, maxsplit=1)[0].strip(" ,;")
    text = re.sub(r"^(?:the|a|an|any|all|its|their|his|her|our|this|these|those|such)\s+", "", text, flags=re.I)
    return text[:160]


def without_clause(target: Target, clause: Token) -> Target | None:
    """ "a practice that A has often rejected": the target is the practice, named without the
    clause that states the claim (a name restating the claim says nothing, and "practice" is vague).
    An agreement keeps only a proper name: "the Charter, which they violated", not "the treaty"."""
    if target.kind not in ("issue", "agreement") or target.head is None:
        return target
    span = phrase_span(target.head, keep_relcl=True, keep_conj=True)
    if not span.start <= clause.i < span.end:
        return target
    name = tidy_issue(phrase(target.head))
    if target.kind == "agreement":
        return Target("agreement", head=target.head, name=name) if name[:1].isupper() else None
    if not name or name.lower() in EMPTY_ISSUES or not is_substantive_issue(name):
        return None
    return Target("issue", head=target.head, name=name, facts=target.facts)


def names_two_issues(tok: Token) -> bool:
    """Whether a pair of nouns ("peace and development") names two issues rather than one.

    A pair is one name when it says one thing in two words ("peace and stability", "peace and
    security": both land on one node) or when the vocabulary knows the pair itself ("sovereignty and
    territorial integrity"); it is two issues when each member, read by itself, lands on a taxonomy
    node of its own and neither node is the other's topic. A member that lands nowhere (a vague
    word: "dialogue and consensus") keeps the pair whole."""
    from ..issues import canonical_issue
    from ..taxonomy import Taxonomy, place

    members = sorted({tok, *tok.conjuncts}, key=lambda t: t.i)
    if tok.dep_ == "conj" or len(members) != 2 or any(m.pos_ not in ("NOUN", "PROPN") for m in members):
        return False
    links = {c.lower_ for c in tok.children if c.dep_ in ("cc", "preconj", "advmod") and c.i < members[1].i}
    if not links or not links <= {"and", "or", "both", "either"}:
        return False  # "X rather than Y", "X but not Y": the second is set against the first
    first = members[0]
    whole = canonical_issue(phrase(first, keep_conj=True), first.text)
    if whole.known and whole.rule == "alias":
        return False
    nodes = []
    for member in members:
        ref = canonical_issue(phrase(member), member.text)
        if ref.opposite or ref.countered:
            return False  # a breach or a remedy is no plain member: the pair is read whole
        placed = place(ref.id, ref.name, ref.surface, rule=ref.rule)
        if not placed.taxonomy:
            return False
        nodes.append(placed.id)
    taxonomy = Taxonomy.load()
    a, b = (taxonomy.nodes[n].parent if n in taxonomy.nodes else None for n in nodes)
    return nodes[0] != nodes[1] and a != nodes[1] and b != nodes[0]


def turned(rel: RelType, target: Target) -> RelType:
    """The stance said of a target the grammar turned round: "violations of X", "the erosion of X"
    name X, and a stance on them is the reverse stance on X."""
    return INVERSE[rel] if target.facts.get("invert") and rel in INVERSE else rel


def good_around_its_head(target: Target) -> bool:
    """Whether an issue target lands on a good only by a word around its head, not by its head or the
    whole phrase: "rapid conversions to digital systems for the delivery of education", "the delay in
    disarmament", "scepticism with regard to multilateralism". Said to harm something, such a phrase
    is a thing done to the good or in its field, and a stance against it is none against the good.
    Goods only: a harm, a breach, a remedy or a node of a topic with no one direction (sanctions,
    migration) is what the phrase is, whatever its head."""
    from ..issues import lemma_key
    from ..taxonomy import Taxonomy, topic_of

    if target.kind != "issue" or target.head is None or target.facts.get("invert"):
        return False
    ref = reference_issue(target)
    if ref is not None and (ref.rule == "alias" or ref.opposite or ref.countered):
        return False
    node = ref.id if ref is not None else topic_of(target.name)
    taxonomy = Taxonomy.load()
    entry = taxonomy.entries.get(node or "")
    if entry is None or entry.harm or node in taxonomy.breach_nodes:
        return False
    topic = taxonomy.entries.get(entry.parent or "") or entry
    if topic.neutral or entry.neutral:
        return False
    words = {w for key in taxonomy.label_keys(entry.id) for w in key.split()}
    return lemma_key(target.head.lemma_) not in words
