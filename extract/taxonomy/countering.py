"""Words that counter a harm, and whether one governs the breach term that placed a phrase."""

from __future__ import annotations

import re

from .phrase import HEAD_END, head_word
from .schema import Taxonomy
from .terms import INSTRUMENT_HEADS

#: words that cut, end, fight or outlast what they govern: a harm named under one is the thing
#: countered, so the phrase is a stance on the harm turned round ("the fight against the pandemic",
#: "resilience against future pandemics", "zero carbon emissions", "justice for terrorism victims").
#: The claim reader's own inversion (extract/grammar/issue_names.py INVERTING) takes them when they
#: open the phrase; these may stand inside it. One word each, lower case, as :func:`issues.lemma_key`
#: leaves them (singular).
COUNTERING_WORDS = (
    r"reduc(?:e|es|ed|ing|tion)|cut(?:s|ting)?|eliminat(?:e|es|ed|ing|ion)|eradicat(?:e|es|ed|ing|ion)"
    r"|end(?:s|ed|ing)?|halt(?:s|ed|ing)?|curb(?:s|ed|ing)?|combat(?:s|ed|ing)?|fight(?:s|ing)?"
    r"|prevent(?:s|ed|ing|ion)?|treat(?:s|ed|ing|ment)|lower(?:s|ed|ing)?|halv(?:e|es|ed|ing)"
    r"|against|counter(?:s|ed|ing)?|resilien(?:ce|t)|mitigat(?:e|es|ed|ing|ion)|tackl(?:e|es|ed|ing)"
    r"|defeat(?:s|ed|ing)?|overc(?:o|a)m(?:e|es|ing)|zero(?![- ]sum)|victim|survivor|preparedness|response"
    # dealing with a problem (FrameNet's Resolve_problem frame): "address violations" upholds what they breach,
    # "a solution to (the settlement of) the crisis" is against the crisis
    r"|address(?:es|ed|ing)?|resolv(?:e|es|ed|ing)|solv(?:e|es|ed|ing)|solutions?|settle|settles|settled|settling"
    # the act of resolving ("the resolution of the debt problems"), not a body's resolution, which is
    # "on" its matter or cited by its number
    r"|resolution(?=\s+of\b)"
    r"|settlement(?!s)"
    # keeping away from it (FrameNet's Avoiding frame): "to avoid the use of force", "refrain from X"
    r"|avoid(?:s|ed|ing|ance)?|refrain(?:s|ed|ing)?"
    # easing it (FrameNet's Cure frame: alleviate, relieve): "alleviate the food crisis"
    r"|alleviat(?:e|es|ed|ing|ion)|reliev(?:e|es|ed|ing)"
    # keeping it within bounds, calling it off, bringing its authors to justice (FrameNet's Limiting,
    # Cancellation, Rewards_and_punishments, Criminal_investigation): "regulate the arms trade",
    # "cancel tariffs", "the investigation and punishment of atrocities"
    r"|regulat(?:e|es|ed|ing|ion)|cancel(?:s|led|ling|lation)?"
    # "restraint on the use of X", "restricting X", "limiting X", "suspending X" (FrameNet Limiting: limit,
    # restrict, restrain; Activity_pause: suspend, suspension)
    r"|limit(?:s|ed|ing|ation|ations)?|restrict(?:s|ed|ing|ion|ions)?|restrain(?:s|ed|ing|t)?"
    r"|suspen(?:d|ds|ded|ding|sion)"
    # closing or narrowing a gap, coping with a problem (FrameNet Cause_change_of_scalar_position: narrow,
    # close; Resolve_problem: cope, deal with): "close the financing gap", "narrowing global inequalities"
    r"|clos(?:e|es|ed|ing|ure)|narrow(?:s|ed|ing)|bridg(?:e|es|ed|ing)"
    # taking it out of the air (FrameNet Removing: "carbon capture", "carbon removal", sequestration) and
    # condemning it (Judgment_communication: "our firm condemnation of <Harm>", "the denunciation of X")
    r"|captur(?:e|es|ed|ing)|sequest(?:er|ers|ered|ering|ration)|condemn(?:s|ed|ing|ation|ations)?"
    r"|denunciation"
    # keeping something safe from it (FrameNet's Protecting frame: protect, shield, safeguard, defend, guard,
    # shelter, insulate X from <Harm>; "from" marks the danger): "protecting our ports from <Harm>"; the
    # protected thing stands between (a few words, "against" already counts on its own)
    r"|(?:protect(?:s|ed|ing|ion)?|shield(?:s|ed|ing)?|safeguard(?:s|ed|ing)?|defen(?:d|ds|ded|ding|ce|se)"
    r"|guard(?:s|ed|ing)?|shelter(?:s|ed|ing)?|insulat(?:e|es|ed|ing)"
    # and taking it out of the danger (FrameNet Rescuing: rescue, save, free, liberate X from <Harm>)
    r"|rescu(?:e|es|ed|ing)|sav(?:e|es|ed|ing)|free(?:s|d|ing)?|liberat(?:e|es|ed|ing|ion))(?:\W+\w+){0,6}?\W+from"
    r"|cop(?:e|es|ed|ing)\s+with|deal(?:s|t|ing)?\s+with"
    # getting over it (FrameNet's Recovery frame: recover, recovery, recuperate from a harm): "a global
    # recovery from the pandemic" is for overcoming it
    r"|(?:recover(?:y|ies|s|ed|ing)?|recuperat(?:e|es|ed|ing|ion))\W+from"
    r"|punish(?:es|ed|ing|ment)?|prosecut(?:e|es|ed|ing|ion)|investigat(?:e|es|ed|ing|ion|ions)"
    # free of it (a compound's head: "a carbon-free future", "a drug-free world")
    r"|(?<=-)free"
    # winning over it (FrameNet's Beat_opponent: victory, triumph, success over an opponent): "victory
    # over <Harm>", "military success over <armed group>"; "over" marks the one beaten
    r"|(?:victor(?:y|ies)|triumphs?|success(?:es)?)\s+over"
    # a smaller amount of it (the comparative degree determiners of decrease, Quirk et al. 1985, 5.25): "less
    # armament", "fewer weapons"
    r"|(?<!no )(?:less|fewer)(?!\s+than)"
)
_REDUCING = re.compile(r"\b(?:" + COUNTERING_WORDS + r"|phas(?:e|es|ed|ing) out|phase-out)\b", re.I)


#: a harm as the matter dealt with (FrameNet's Topic frame: "on", "concerning", "regarding", "the question
#: of"): "a framework for cooperation on <Harm>", "the request for an advisory opinion on the question of
#: <Harm>", "a special representative on <Harm>". What is worked on, reported on or legislated on is a
#: problem being dealt with (as for a body's name, extract/body_purpose.py), not a thing furthered; not
#: after a word of reliance, means or grounds ("dependence on fossil fuels", "spending on weapons", "an
#: economy based on coal": FrameNet Reliance, Expensiveness, Contingency), which take it as a resource
ON_THE_MATTER = re.compile(
    r"(?<!\bdependence )(?<!\bdependency )(?<!\breliance )(?<!\bdependent )(?<!\breliant )(?<!\brelying )"
    r"(?<!\bdepending )(?<!\bdepends )(?<!\bdepend )(?<!\bbased )(?<!\bbuilt )(?<!\bfounded )(?<!\bcentred )"
    r"(?<!\bspending )(?<!\bexpenditure )(?<!\bexpenditures )(?<!\binvestment )(?<!\binvestments )"
    r"\b(?:on|concerning|regarding|with\s+regard\s+to|questions?\s+of)\s+(?:the\s+)?",
    re.I,
)


#: heads of a course of action taken up or of dealings between parties (the instrument heads of
#: extract/taxonomy/terms.py: initiative, plan, strategy, action, measure ...; FrameNet Collaboration:
#: cooperation, partnership): a harm in their "in", "for", "to" or "towards" complement (or in the field a
#: field noun there names) is the purpose they serve, the problem taken up ("international initiatives in
#: the field of <Harm>", "a strategy for <Harm>"), as after "on"; lemma keys
_UNDERTAKING_HEADS = INSTRUMENT_HEADS | {"cooperation", "collaboration", "partnership", "effort", "step"}

#: the topics whose harms are conditions that befall people or the planet (WordNet noun.state and
#: noun.phenomenon: a changing climate, a disease, poverty, debt distress), not acts someone commits (a war,
#: terrorism, a weapons programme): no one conducts them, so an undertaking or the means spent that such a
#: harm classifies or governs is always one against it ("climate change policy", "climate-change
#: financing", "measures to battle the pandemic", "the management of the disease"), unlike "war efforts"
#: or "terrorist financing"
CONDITION_TOPICS = frozenset({"issue:climate-and-energy", "issue:global-health", "issue:development-and-finance"})
_ENVIRONMENT = "issue:climate-and-energy"
#: heads of dealing with a condition or of means spent on it, besides the undertakings (WordNet
#: management.n.01, adaptation.n.01, funding.n.01): lemma keys
_DEALING_HEADS = frozenset({"management", "adaptation", "funding", "financing", "fund", "investment"})


def against_condition(phrase: str, node: str) -> bool:
    """Whether the phrase is an undertaking, a dealing or means spent (:data:`_UNDERTAKING_HEADS`,
    :data:`_DEALING_HEADS`) whose matter is the harm ``node``, a condition (:data:`CONDITION_TOPICS`) that
    classifies the head or stands in its complement, and not coordinated with it ("inequality and work")."""
    from .terms import standing_words

    taxonomy = Taxonomy.load()
    entry = taxonomy.entries.get(node)
    head = head_word(phrase)
    if entry is None or not entry.harm or entry.parent not in CONDITION_TOPICS:
        return False
    if node == taxonomy.entries[entry.parent].breach_node and entry.parent == _ENVIRONMENT:
        return False  # the environment's breach terms name acts and substances ("coal-fired power projects")
    if head not in _UNDERTAKING_HEADS | _DEALING_HEADS or len(standing_words(phrase)[0]) > 1:
        return False
    from ..issues import lemma_key

    key = f" {lemma_key(phrase)} "
    return head not in " ".join(taxonomy.matter_keys(node)).split() and any(
        f" {k} " in key for k in taxonomy.matter_keys(node) if k
    )


_PURPOSE = re.compile(
    r"^\s*(?:in|for|to|towards)\s+(?:the\s+)?(?:(?:field|area|sphere|domain|fight|struggle)\s+of\s+(?:the\s+)?)?", re.I
)


def _taken_up(phrase: str, labels: frozenset[str] | list[str] | tuple[str, ...]) -> bool:
    """Whether the phrase's head is an undertaking (:data:`_UNDERTAKING_HEADS`) whose first complement, opened
    by a preposition of purpose (:data:`_PURPOSE`), starts with a harm's label (lemma keys)."""
    from ..issues import lemma_key

    if head_word(phrase) not in _UNDERTAKING_HEADS:
        return False
    first = HEAD_END.search(f" {phrase} ")
    m = _PURPOSE.match(f" {phrase} "[first.start() :]) if first is not None else None
    if m is None:
        return False
    rest = f" {lemma_key(f' {phrase} '[first.start() + m.end() :])} "
    return any(rest.startswith(f" {label} ") for label in labels)


def on_the_matter(phrase: str, labels: frozenset[str] | list[str] | tuple[str, ...]) -> bool:
    """Whether a harm's label (lemma keys) opens what :data:`ON_THE_MATTER` introduces in the phrase, or the
    purpose of an undertaking (:func:`_taken_up`: "initiatives in the field of <Harm>")."""
    from ..issues import lemma_key

    if _taken_up(phrase, labels):
        return True
    for m in ON_THE_MATTER.finditer(phrase):
        if m.start() == 0:
            continue  # the phrase itself opens there: no head the matter belongs to
        rest = f" {lemma_key(phrase[m.end() :])} "
        if any(rest.startswith(f" {label} ") for label in labels):
            return True
    return False


def countered(phrase: str, node: str) -> bool:
    """Whether a countering word governs the breach term that placed the phrase on ``node``: before
    it ("reducing its emissions", "the fight against aggression"), or as the head of the compound
    it modifies ("emissions cuts", "drought resilience"); not a word after a preposition that
    follows it ("aggression against <State>", "escalation in response to X"), which says whom the
    harm strikes or why, not that it is countered."""
    taxonomy = Taxonomy.load()
    terms = taxonomy.terms_of.get(node, [])
    if on_the_matter(phrase, taxonomy.matter_keys(node)) or against_condition(phrase, node):
        return True
    lowered = phrase.lower()
    found = [m.span() for t in terms if (m := re.search(rf"\b{re.escape(t)}", lowered))]
    at, term_end = min(found) if found else (None, None)
    for m in _REDUCING.finditer(phrase):
        if at is not None and at <= m.start() < term_end:
            continue  # a word of the term itself: "capital punishment" is the harm
        if at is None or m.start() < at:
            return True
        between = lowered[at : m.start()]
        if m.group().lower() != "against" and HEAD_END.search(f" {between} ") is None:
            return True
    return False


#: taking a problem on (FrameNet Resolve_problem: meet, face, confront, rise to): "meet the development
#: challenges"; said of a problem only, not of a harm, which one may face without countering it
_TAKING_ON = re.compile(r"\b(?:meet(?:s|ing)?|fac(?:e|es|ed|ing)|confront(?:s|ed|ing)?|ris(?:e|es|ing)\s+to)\b", re.I)


def countered_before(phrase: str, word: str) -> bool:
    """Whether a countering word, or one of taking a problem on, stands before ``word`` (a lemma key) in
    the phrase: "close the financing gap", "meet the development challenges"."""
    at = re.search(rf"\b{re.escape(word)}", phrase.lower())
    found = [*_REDUCING.finditer(phrase), *_TAKING_ON.finditer(phrase)]
    return at is not None and any(m.start() < at.start() for m in found)


#: verbs whose "from" marks the danger the object is kept or taken from (FrameNet Protecting: protect,
#: shield, safeguard, defend, guard, shelter, insulate; Rescuing: rescue, save, free, liberate)
PROTECTING_VERBS = frozenset(
    {"protect", "shield", "safeguard", "defend", "guard", "shelter", "insulate", "rescue", "save", "free", "liberate"}
)


def protected_from(verb: str, phrase: str, node: str) -> bool:
    """Whether ``phrase``, the object of ``verb`` (a lemma), names the harm ``node`` after the "from" that
    marks the danger of a verb of :data:`PROTECTING_VERBS` ("protecting our ports | from <Harm>"): the
    object is kept safe, the harm is the thing countered."""
    from ..issues import lemma_key

    if verb.lower() not in PROTECTING_VERBS:
        return False
    taxonomy = Taxonomy.load()
    entry = taxonomy.entries.get(node)
    m = re.search(r"\bfrom\b", phrase, re.I)
    if entry is None or not entry.harm or m is None:
        return False
    rest = f" {lemma_key(phrase[m.end() :])} "
    return any(f" {k} " in rest for k in taxonomy.matter_keys(node) if k)
