"""The topic step: the node a phrase's topic terms land on when no issue node fits it."""

from __future__ import annotations

import re

from .countering import countered, countered_before
from .persons import HUMAN_RIGHTS, personal_safety, persons_rights
from .phrase import CAPITALISED, HEAD_END, head_chunk, head_word
from .refusal import non_issue_heads
from .schema import SITUATIONS_TOPIC, Taxonomy
from .terms import ABOUT, AT_HEAD, CONJUNCT, INSTRUMENT_HEADS, STANDS, standing_words, terms_in


def topic_of(phrase: str) -> str | None:
    """The node the phrase's topic terms land on: the topic, or its breach node. Terms are matched longest
    first and do not overlap ("food security" is one term, development's, not peace's), and only the
    terms that stand for the phrase count (:func:`terms_in`: its head word, a word coordinated with
    it, or the complement of a head that stands for its complement): a term that only modifies
    another head ("criminal policies", "the enthusiasm of young people", "the power of X") does not
    place the phrase. When they belong to several topics ("invasion of a sovereign State"), the term
    that holds the phrase's head word (:func:`head_word`) decides; else, with none, or when the
    phrase coordinates heads of two topics ("peace and prosperity"), None. An issue's own terms count
    as its topic's; the phrase lands on the issue when they are the only terms of that topic it
    holds ("democratic principles": democracy), else on the topic ("democracy and fundamental freedoms")."""
    taxonomy = Taxonomy.load()
    safety = personal_safety(phrase)
    if safety is not None:
        return safety or None
    if _office_choice(phrase):
        return None
    named = [(node, level) for node, level in terms_in(phrase) if level]
    found = [(taxonomy.term_topics.get(node, node), level) for node, level in named]
    if _bare_situation(phrase, found):
        return None
    node = _among_topics(phrase, found)
    fought = node is not None and node in taxonomy.breach_nodes and countered(phrase, node)
    if fought:
        # cutting or ending a harm is its topic's good ("reducing its emissions", "phasing out fossil
        # fuel production"), as the claim reader turns "the reduction of emissions" round
        node = taxonomy.nodes[node].parent
    if node is not None:
        node = _own_issue(node, named, phrase)
    if (
        node is not None
        and not fought
        and _good_in_trouble(phrase, node)
        and not countered_before(phrase, head_word(phrase) or "")
    ):
        # "development challenges", "economic uncertainty", "the financing gap": the good's breach (but
        # "closing the financing gap" is for the good, as "reducing emissions" is)
        node = Taxonomy.load().entries[Taxonomy.load().nodes[node].parent or node].breach_node
    if persons_rights(phrase) and (node is None or HUMAN_RIGHTS not in (node, taxonomy.nodes[node].parent)):
        # the rights persons hold are their human rights, whatever other topic's words classify
        # them ("economic, cultural and social rights of the people")
        node = HUMAN_RIGHTS
    return node


def _good_in_trouble(phrase: str, node: str) -> bool:
    """Whether the phrase's head names a problem or a shortfall (extract/issues.py ``PROBLEM_HEADS``,
    ``SHORTFALL_HEADS``; FrameNet Difficulty, Catastrophe, Risky_situation, Sufficiency) that a term of the
    good ``node`` classifies ("steep development challenges", "economic uncertainty", "the vaccination
    gap"), or harm done to what it governs (``HARM_DONE_HEADS``: "the killing of innocent civilians"):
    the phrase names the good's breach, not the good. A harm, a breach node or a node of a topic
    with no one direction is what the phrase is, whatever its head."""
    from ..issues import HARM_DONE_HEADS, PROBLEM_HEADS, SHORTFALL_HEADS, lemma_key

    chunk = head_chunk(phrase)
    governing = bool(chunk) and chunk[-1] in HARM_DONE_HEADS | SHORTFALL_HEADS
    if not governing and (len(chunk) < 2 or chunk[-1] not in PROBLEM_HEADS):
        return False
    taxonomy = Taxonomy.load()
    entry = taxonomy.entries[node]
    topic = taxonomy.entries.get(entry.parent or "") or entry
    if entry.harm or topic.harm or entry.neutral or topic.neutral or node in taxonomy.breach_nodes:
        return False
    if governing:
        return True  # "the killing of innocent civilians": the good's terms stand in what the head governs
    classifiers = f" {' '.join(chunk[:-1])} "
    terms = [*taxonomy.terms_of.get(node, []), *taxonomy.terms_of.get(topic.id, [])]
    return any(f" {lemma_key(t)} " in classifiers for t in terms if lemma_key(t))


#: heads that name the choice of a holder of an office (WordNet election.n.01, appointment.n.01,
#: nomination.n.01, selection.n.01): lemma keys
_CHOICE_HEADS = frozenset({"election", "re-election", "appointment", "nomination", "selection"})


def _office_choice(phrase: str) -> bool:
    """Whether the phrase is the choice of a holder of an office ("the election of the President of
    <Body>", "the appointment of a special envoy"): the filling of a post, no stance on democracy,
    whose term "election" is otherwise."""
    if head_word(phrase) not in _CHOICE_HEADS:
        return False
    first = HEAD_END.search(f" {phrase} ")
    if first is None or first.group(0).strip().lower() not in {"of", "to", "as"}:
        return False
    rest = f" {phrase} "[first.end() :]
    return non_issue_heads()[0].get(head_word(rest) or "") == "office"


def _bare_situation(phrase: str, found: list[tuple[str, int]]) -> bool:
    """Whether the phrase is a crisis that nothing classifies ("the crisis", "multiple crises", "the
    response to the crisis"): WordNet's crisis.n.01 is any unstable situation of danger (an economic,
    a health, a climate crisis), so the word alone names no armed conflict, nor any issue, unless a
    name in the phrase says which ("the crisis in <State>")."""
    if not found or any(node != SITUATIONS_TOPIC for node, _ in found) or CAPITALISED.search(phrase):
        return False
    from ..issues import lemma_key

    words = set(lemma_key(phrase).split())
    return bool(words & _SITUATION_HEADS) and not any(
        k in words for k in Taxonomy.load().terms_of.get(SITUATIONS_TOPIC, []) if k not in _SITUATION_HEADS
    )


def _among_topics(phrase: str, found: list[tuple[str, int]]) -> str | None:
    """The topic (or breach node) the terms found (node, level) place the phrase on: see :func:`topic_of`."""
    taxonomy = Taxonomy.load()
    nodes = {node for node, _ in found}
    heads = {node for node, level in found if level >= CONJUNCT}
    if len(nodes) == 1:
        node = nodes.pop()
        if node in RELATION_TOPICS and head_word(phrase) in RELATION_HEADS and _unnamed_field(phrase):
            return None  # "cooperation under this session's theme": the field it is in is not named
        return node
    if len(heads) > 1:
        return None  # coordinated heads of two topics ("peace and prosperity"): it is about both
    node = next((term for term, level in found if level == AT_HEAD), None)
    others = {term for term, level in found if level == STANDS and term != node}
    head = head_word(phrase)
    yields = head in RELATION_HEADS | _RESOURCE_HEADS | _MATTER_HEADS or (
        head in _AUTONOMY_HEADS and _field_of_autonomy(phrase)
    )
    if node is not None and yields and len(others) == 1:
        # a relation between parties is about its field: "health cooperation", "economic
        # diplomacy", "cooperation in the field of energy" are the field's, not the order's; dealings
        # with or means spent on a harm serve its topic's good, as an instrument on it does
        # (:func:`through_instrument`): "cooperation with partners for debt <X>"
        node = others.pop()
        node = taxonomy.nodes[node].parent or node if node in taxonomy.breach_nodes else node
    elif node is not None and head in _SITUATION_HEADS and len(others) == 1:
        # a crisis is the breach of the field that classifies it: "the health crisis" is disease's,
        # "the triple planetary crisis" the environment's, not an armed conflict
        other = others.pop()
        node = taxonomy.entries[other].breach_node or other
    elif node in taxonomy.breach_nodes and head in _BREACH_HEADS and len(others) == 1:
        # a breach is of the good its complement names: "the violation of the sovereignty of X"
        # breaches sovereignty, not human rights, whose breach term "violation" is otherwise
        node = taxonomy.entries[others.pop()].breach_node
    return node


def _own_issue(node: str, named: list[tuple[str, int]], phrase: str) -> str:
    """The issue under the topic ``node`` whose own terms (issues.yaml ``terms``) the phrase holds
    (``named``: node and level), when it is the one issue of that topic there and its term is not
    coordinated with a term of the topic itself ("democracy and fundamental freedoms" is the topic's):
    "democratic principles" is democracy's, "the sustainability of our fisheries" the oceans', whose
    term says what the topic's generic one ("sustainability") is about."""
    taxonomy = Taxonomy.load()
    own = {n: level for n, level in named if taxonomy.term_topics.get(n, n) == node}
    issues = [n for n in own if n != node]
    if len(issues) != 1:
        return node
    if node in own and CONJUNCT in (own[node], own[issues[0]]):
        return node  # coordinated with a term of the topic's, or with another head ("water and climate issues")
    if own.get(node) == AT_HEAD and _classifies_head(issues[0], phrase):
        return node  # a kind of the topic's own head ("democratic rights" are rights), not its matter
    return issues[0]


def _classifies_head(issue: str, phrase: str) -> bool:
    """Whether a term of ``issue`` stands in the phrase's head chunk (a classifier of its head)."""
    chunk = f" {' '.join(head_chunk(phrase))} "
    return any(f" {key} " in chunk for key in Taxonomy.load().terms_of.get(issue, []))


#: heads that name the breach of a rule or a good (FrameNet's Compliance frame, its breach words)
_BREACH_HEADS = frozenset({"violation", "breach", "infringement", "contravention", "transgression"})


def through_instrument(phrase: str, depth: int = 3) -> str | None:
    """The topic of what an instrument head's complement names (:data:`INSTRUMENT_HEADS`), for a phrase
    whose own terms placed it nowhere: "a multilateral mechanism to renegotiate sovereign debt" is about
    debt, not about the order "multilateral" would name with it; a chain of them is followed ("the
    report on a New Agenda for Peace")."""
    if depth == 0 or head_word(phrase) not in INSTRUMENT_HEADS:
        return None
    padded = f" {phrase} "
    first = HEAD_END.search(padded)
    if first is None or first.group(0).strip().lower() not in ABOUT:
        return None
    rest = padded[first.end() :].strip()
    if non_issue_heads()[0].get(head_word(rest) or "") == "office" or _is_organ(rest):
        # "the initiative of the President of X", "the decision of the <Body> to establish Y": its author,
        # not what it is about
        return None
    node = topic_of(rest) or through_instrument(rest, depth - 1)
    taxonomy = Taxonomy.load()
    # an instrument on a harm serves its topic's good ("a mechanism to renegotiate sovereign debt", "the
    # summary of the meeting on sea-level rise"): a stance on it is none on the harm
    return taxonomy.nodes[node].parent if node in taxonomy.breach_nodes else node


def _is_organ(phrase: str) -> bool:
    """Whether the phrase's head chunk is the name of a United Nations organ (the gazetteer's ``un-organ``)."""
    from ..gazetteer import Gazetteer

    padded = f" {phrase} "
    first = HEAD_END.search(padded)
    chunk = re.sub(
        r"^\s*(?:the|its|our|their)\s+", "", padded[: first.start()] if first else padded, flags=re.I
    ).strip()
    chunk = re.sub(r"(?:['’]?s|['’])$", "", chunk)
    return any(e.properties.get("kind") == "un-organ" for e in Gazetteer.load().lookup(chunk))


#: heads that name a relation or dealings between parties (the international order's terms): a
#: term of another topic that classifies them or stands in their complement names what they are
#: about (lemma keys)
RELATION_HEADS = frozenset(
    {"cooperation", "collaboration", "partnership", "diplomacy", "governance", "relation", "interdependence"}
)


#: heads that name means spent on something (WordNet investment.n.01, funding.n.01, expenditure.n.01):
#: the field their complement or classifier names is what they are about ("investment in research and
#: innovation" is science's, not development's whose term "investment" is otherwise); lemma keys
_RESOURCE_HEADS = frozenset({"investment", "funding", "financing", "spending", "expenditure"})

#: heads that name a matter to be dealt with, whose content their complement or classifier says (WordNet
#: question.n.02 and issue.n.01, "an important question that is in dispute and must be settled"; matter.n.01,
#: subject.n.01, topic.n.02): "the question of regional security" is about security and "the question of
#: water" about water, though "question of" is the conflicts topic's term for a named one ("the question of
#: <Place>", the UN agenda's wording); lemma keys
_MATTER_HEADS = frozenset({"question", "issue", "matter", "subject", "topic"})

#: heads that name a holder's freedom from dependence on others (WordNet independence.n.01, autonomy.n.02,
#: self-sufficiency.n.01, self-reliance.n.01, and sovereignty in its sense of supreme control over a
#: field): classified by a field ("energy independence", "food sovereignty") or with it as their
#: complement ("the independence of the judiciary"), they are about that field, not a state's
#: sovereignty, whose term they are otherwise (lemma keys)
_AUTONOMY_HEADS = frozenset(
    {"independence", "sovereignty", "autonomy", "self-sufficiency", "self-reliance", "sufficiency", "reliance"}
)


def _field_of_autonomy(phrase: str) -> bool:
    """Whether an autonomy head (:data:`_AUTONOMY_HEADS`) has its field as a classifier or an "of"
    complement and stands alone: "energy independence", "the independence of the judiciary"; not
    "sovereignty over its territory" (a state's, over what it holds) nor "sovereignty and economic
    independence" (coordinated with a state's good)."""
    conjuncts, _ = standing_words(phrase)
    first = HEAD_END.search(f" {phrase} ")
    return len(conjuncts) == 1 and (first is None or first.group(0).strip().lower() == "of")


#: the topic the relation heads' own terms place a phrase on
RELATION_TOPICS = frozenset({"issue:international-order"})

#: heads that name a state of affairs, whose kind the field that classifies it names (WordNet crisis.n.01,
#: emergency.n.01): lemma keys
_SITUATION_HEADS = frozenset({"crisis", "emergency"})

#: prepositions that open a relation's field ("cooperation in <field>", "partnership for <field>"), not
#: its parties ("cooperation with <State>", "the cooperation of all States", "partnership between nations")
_FIELD_PREPOSITIONS = frozenset({"in", "on", "for", "under", "towards", "to", "at", "through", "over"})
#: classifiers of scope that make a relation one between states (international relations)
_INTERSTATE = re.compile(r"\b(?:international|global|multilateral|regional|bilateral|inter-?state|world)\b", re.I)


def _unnamed_field(phrase: str) -> bool:
    """Whether a relation head's complement is its field but names none: "cooperation under this
    session's theme", "partnership in this regard"; not a complement that names the parties
    ("cooperation with <State>", "the cooperation of all"), a place or a name ("partnerships in <Region>"),
    nor a relation classified as one between states ("international cooperation in X")."""
    padded = f" {phrase} "
    first = HEAD_END.search(padded)
    if first is None or first.group(0).strip().lower() not in _FIELD_PREPOSITIONS or _INTERSTATE.search(phrase):
        return False
    rest = padded[first.end() :]
    if re.match(r"(?:which|whom)\b", rest):
        return False  # "partnerships in which countries treat each other as equals": a clause, no field
    return len(terms_in(phrase)) == 1 and not CAPITALISED.search(rest)
