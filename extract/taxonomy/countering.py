"""Words that counter a harm, and whether one governs the breach term that placed a phrase."""

from __future__ import annotations

import re

from .phrase import HEAD_END
from .schema import Taxonomy

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


def on_the_matter(phrase: str, labels: frozenset[str] | list[str] | tuple[str, ...]) -> bool:
    """Whether a harm's label (lemma keys) opens what :data:`ON_THE_MATTER` introduces in the phrase."""
    from ..issues import lemma_key

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
    if on_the_matter(phrase, taxonomy.matter_keys(node)):
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
