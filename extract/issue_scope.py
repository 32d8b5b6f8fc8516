"""What a phrase's own words say about which node fits it, beyond the vocabulary's first match.

Four readings that the vocabulary's order (extract/issues.py: the longest alias or keyword first)
and the topic step (extract/taxonomy/topics.py) miss:

- :func:`sibling_by_classifier`: a classifier of the phrase's head that only a sibling of the node
  found uses ("illegal economic sanctions" holds the alias "economic sanctions", but "illegal" is the
  word of the unilateral-sanctions node's labels: the more specific sense wins);
- :func:`reform_of_organization`: a word of change governing the United Nations or one of its
  principal organs ("reforming the United Nations", "the revitalization of the General Assembly")
  names its reform, not the Organization's role;
- :func:`own_country`: the peace, security or stability of the speaker's own country ("the security
  of the State", "our national security") is a domestic matter, not international peace and security;
- :func:`conflict_of_place`: peace, security or stability in a place whose conflict or dispute the
  taxonomy names ("lasting peace in <Place>") is a stance on that conflict, not on peace in general;
- :func:`counts_persons`: a count of persons ("more than 1,000 women", "millions of children") names
  the persons counted (victims, beneficiaries), not their group's rights or equality.
"""

from __future__ import annotations

import re
from functools import cache

PEACE_TOPIC = "issue:international-peace-and-security"
UN_REFORM = "issue:un-reform"
COUNCIL_REFORM = "issue:security-council-reform"


# -- a sibling's distinctive classifier -----------------------------------------------------------


@cache
def _labels() -> tuple[dict[str, list[list[str]]], dict[str, str | None]]:
    """node id -> the lemma keys of its name, aliases and keywords, as word lists; node id -> parent."""
    from .issues import lemma_key
    from .taxonomy import Taxonomy

    entries = Taxonomy.load().entries.values()
    labels = {e.id: [lemma_key(str(label)).split() for label in [e.name, *e.aliases, *e.keywords]] for e in entries}
    return labels, {e.id: e.parent for e in entries}


def sibling_by_classifier(node: str, phrase: str) -> str:
    """The sibling of ``node`` (an issue under the same topic) one of whose labels (name, alias or
    keyword) the phrase's head chunk holds, with a classifier of the head that none of ``node``'s
    labels uses: "illegal economic sanctions" matched the alias "economic sanctions", but it holds
    the words of the unilateral-sanctions keyword "illegal sanctions" (a classifier parts them),
    whose "illegal" only that node uses. The label ends with the phrase's head, and its other words
    are classifiers in their order: words of the head chunk before the head that head no conjunct
    ("democracy and freedom" coordinates two heads). A phrase that holds a name of ``node``'s labels
    ("the unilateral embargo on <State>") stays on it. ``node`` when no sibling,
    or more than one, fits so."""
    from .issues import lemma_key
    from .taxonomy import head_chunk, standing_words

    labels, parents = _labels()
    parent = parents.get(node)
    chunk = head_chunk(phrase)
    if parent is None or len(chunk) < 2:
        return node
    own = {w for label in labels.get(node, []) for w in label}
    if not any(label[-1:] == chunk[-1:] for label in labels.get(node, [])):
        return node  # the node named another conjunct ("drug trafficking and money-laundering"), not the head
    if own.intersection(lemma_key(" ".join(re.findall(r"\b[A-Z][\w'’-]*", phrase))).split()):
        return node  # the phrase names what the node names ("the unilateral embargo on <State>")
    conjuncts = standing_words(phrase)[0]
    before = [w for w in chunk[:-1] if w not in conjuncts]
    fitting = {
        other
        for other, up in parents.items()
        if up == parent
        and other != node
        and any(
            len(label) >= 2 and label[-1] == chunk[-1] and _in_order(label[:-1], before) and set(label) - own
            for label in labels[other]
        )
        # and its labels' words cover more of the head chunk than the node's ("ruthless and unilateral
        # economic, commercial and financial blockade" keeps the node whose labels say all but "unilateral")
        and len(set(chunk) & {w for label in labels[other] for w in label}) > len(set(chunk) & own)
    }
    return fitting.pop() if len(fitting) == 1 else node


def _in_order(words: list[str], among: list[str]) -> bool:
    """Whether ``words`` stand in ``among`` in their order, other words between them allowed."""
    rest = iter(among)
    return all(w in rest for w in words)


# -- the reform of the Organization ----------------------------------------------------------------

#: words of change to an institution (WordNet's verbs of change reform.v.01, transform.v.01,
#: revitalize.v.01, restructure.v.01, overhaul.v.01, modernize.v.01, democratize.v.01 and their nouns
#: and participles)
_CHANGE = r"(?:reform|transform|revitali[sz]|restructur|overhaul|moderni[sz]|democrati[sz]|reinvent|rejuvenat)\w*"
#: the Organization or one of its principal organs (Charter, Article 7), named as the UN names them
#: (capitalised: "un-demarcated" is no UN)
_BODY = (
    r"(?-i:(?:(?:United\s+Nations|U\.?N\.?)\s+)?(?:Security\s+Council|General\s+Assembly|Economic\s+and\s+Social\s+Council)"
    r"|United\s+Nations(?:\s+(?:system|Organi[sz]ation))?(?!\s+[A-Z])|U\.?N\.?(?:\s+system)?(?![\w.])(?!\s+[A-Z])"
    r"|(?<=\bthe\s)Organi[sz]ation|(?<=\bour\s)Organi[sz]ation|(?<=\bthis\s)Organi[sz]ation)"
)
#: a word of change governing the body ("reforming the United Nations", "the revitalization of the
#: General Assembly", "a revitalized, reformed and effective United Nations system"), or the body
#: classifying the change ("United Nations reform", "UN system reform")
_REFORM = re.compile(
    rf"\b{_CHANGE}(?:\s*(?:,|and|or)\s*[a-z]+)*\s+(?:(?:of|within|in)\s+)?(?:(?:the|our|its|this)\s+)?{_BODY}"
    rf"|\b{_BODY}(?:'s|’s)?\s+{_CHANGE}",
    re.I,
)


#: the Security Council's composition and working methods, the matters of its reform (the General
#: Assembly's item "Question of equitable representation on and increase in the membership of the Security
#: Council and other matters related to the Council", A/RES/62/557: categories of membership, regional
#: representation, size, working methods, the veto): its expansion or enlargement, its composition, its
#: transparency and accountability, a permanent, equitable or regional seat, membership or representation
#: in it, or the Council itself as an expanded, reformed, representative or democratic one
_COUNCIL = r"(?:(?:the|an?|our)\s+)?(?:(?:United\s+Nations|U\.?N\.?)\s+)?Security\s+Council"
_COMPOSITION = re.compile(
    r"\b(?:expansion|enlargement|composition|architecture|transparency|accountability|working\s+methods"
    r"|(?:permanent|equitable|full|effective|fair|just|regional|african)\s+(?:[\w-]+\s+){0,2}"
    r"(?:membership|seats?|representation|entry))\b"
    rf"(?:\s+(?:and|or)\s+\w+)?\s+(?:of|on|in|to|into|within)\s+{_COUNCIL}"
    rf"|\b(?:expanded|enlarged|reformed|representative|democratic)(?:\s*,?\s*(?:and\s+)?[\w-]+){{0,4}}?\s+Security\s+Council",
    re.I,
)


def reform_of_organization(phrase: str) -> str | None:
    """The reform node a phrase about changing the United Nations names (the Security Council's own
    reform node for the Council, and for its composition: :data:`_COMPOSITION`), or None."""
    if _COMPOSITION.search(phrase):
        return COUNCIL_REFORM
    m = _REFORM.search(phrase)
    if m is None:
        return None
    return COUNCIL_REFORM if re.search(r"\bSecurity\s+Council\b", m.group(0), re.I) else UN_REFORM


# -- the speaker's own country ---------------------------------------------------------------------

#: the goods of peace and security that a state also has at home (the topic's terms as heads)
_PEACE_HEADS = frozenset({"security", "stability", "peace", "safety", "peace and security", "peace and stability"})
#: classifiers that make such a good a state's own (WordNet national.a.01, domestic.a.01, internal.a.01)
_OWN_CLASSIFIER = re.compile(r"\b(?:national|domestic|internal|homeland)\b", re.I)
#: classifiers that make it shared ("our common security") and so international
_SHARED = re.compile(r"\b(?:common|collective|shared|mutual|joint|global|regional|international|world|human)\b", re.I)
#: the speaker's own country named by a possessive or by the definite noun alone ("the security of the
#: State", "stability in our country", "my country's security"); a State named further ("the State of
#: <X>") is another
#: its people named so too ("the peace of our citizens", "our people's safety") and society without a
#: classifier ("society's stability", "the security of society": WordNet society.n.01, a community of people
#: with shared institutions; classified global or international it is shared, above)
_OWN_COUNTRY = (
    r"(?:(?:our|my|the|this)\s+(?:own\s+)?(?:country|State|nation|homeland|Republic|Kingdom|motherland)"
    r"|(?:our|my)\s+(?:own\s+)?(?:citizens|people|population|society)|(?:the\s+)?society)"
)
#: a name in the phrase ("the national security of the Republic of <X>"): the state it names is said
_NAMED = re.compile(
    r"(?<!^)(?<!\bthe\s)(?<!\bour\s)(?<!\bmy\s)(?<!\bthis\s)(?<!\bown\s)\b[A-Z]|\b(?:State|Republic|Kingdom)\s+of\b"
)
_OF_OWN = re.compile(rf"^\s*(?:\w+\s+)?(?:and\s+\w+\s+)?(?:of|in|within|for)\s+{_OWN_COUNTRY}\s*$", re.I)
_OWN_POSSESSIVE = re.compile(rf"^\s*(?:my|{_OWN_COUNTRY}(?:'s|’s))\s", re.I)


def own_country(phrase: str) -> bool:
    """Whether the phrase is the peace, security or stability of the speaker's own country: classified
    national, domestic or internal ("our national security", "internal stability"), held by "my" or by
    the country's own possessive ("my country's security"), or of the country named by a possessive or
    the definite noun alone ("the security of the State", "stability in our country"); not one shared
    ("our common security"), nor one of a state named ("the security of the State of <X>", "the
    national security of <X>"), which may be another's."""
    from .taxonomy import HEAD_END, head_word

    if head_word(phrase) not in _PEACE_HEADS or _SHARED.search(phrase) or _NAMED.search(phrase):
        return False
    text = re.sub(r"^(?:the|a|an)\s+", "", phrase.strip(), flags=re.I)
    first = HEAD_END.search(f" {text} ")
    chunk = f" {text} "[: first.start()] if first else text
    if _OWN_CLASSIFIER.search(chunk) or _OWN_POSSESSIVE.search(chunk):
        return True
    return first is not None and bool(_OF_OWN.match(f" {text} "[first.start() :]))


# -- peace in a place in conflict ------------------------------------------------------------------

#: the topics whose children are named conflicts, crises and disputes, each a place's
_PLACE_TOPICS = frozenset({"issue:conflicts-and-crises", "issue:territorial-disputes"})
#: the locative prepositions that set a good in a place (not "of" or "for": "the security of <State>" is
#: the state's own, its holder's, not the situation there)
_IN_PLACE = frozenset({"in", "on", "across", "throughout", "within"})
#: where the place's name ends: a coordination, a clause, a further prepositional phrase
_PLACE_END = re.compile(
    r"\s*(?:,|;|\band\b|\bor\b|\bwhere\b|\bwhich\b|\bthat\b|\bwho\b|\bas\b|\bthrough\b|\bby\b)", re.I
)
#: how the UN agenda and the vocabulary name a place's conflict or its settlement ("the situation in
#: <Place>", "the conflict in <Place>", "the political settlement in <Place>"); the settlement, a good,
#: first: the peace there is its end
_PLACE_LABELS = (
    "settlement in {}", "peace process in {}", "{}", "conflict in {}", "crisis in {}", "war in {}",
    "situation in {}", "{} question", "{} problem",
)  # fmt: skip


def conflict_of_place(phrase: str) -> tuple[str, bool] | None:
    """The named conflict, crisis or dispute (a child of :data:`_PLACE_TOPICS`) whose place a phrase of
    peace, security or stability sets its good in ("lasting peace in <Place>", "peace and stability on the
    <Peninsula>"), with whether it is the harm itself: peace in a place in conflict is the conflict's end,
    as the vocabulary's opposites say of "peace in the Middle East" (a harm's remedy), so a stance on it
    is the reverse stance on a conflict that is a harm, and the same stance on a settlement or a dispute.
    The place is the name right after a locative preposition (:data:`_IN_PLACE`), up to a coordination or
    a clause; a place the taxonomy names no conflict of gives None (the phrase stays peace and security)."""
    from .issues import IssueVocabulary
    from .taxonomy import HEAD_END, Taxonomy, head_word
    from .taxonomy.terms import CONJUNCT, terms_in

    if head_word(phrase) not in _PEACE_HEADS:
        return None
    taxonomy = Taxonomy.load()
    if any(taxonomy.term_topics.get(t, t) != PEACE_TOPIC for t, level in terms_in(phrase) if level >= CONJUNCT):
        return None  # another topic's good set in the place: "food security in <Place>", "nuclear safety"
    first = HEAD_END.search(f" {phrase} ")
    if first is None or first.group(0).strip().lower() not in _IN_PLACE:
        return None
    rest = f" {phrase} "[first.end() :].strip()
    rest = _PLACE_END.split(rest, maxsplit=1)[0].strip()
    place = re.sub(r"^the\s+", "", rest, flags=re.I)
    if not place[:1].isupper():
        return None  # no name: "peace in our region", "stability in the world"
    vocabulary = IssueVocabulary.load()
    for label in _PLACE_LABELS:
        found = vocabulary.find(label.format(place), keywords=True)
        entry = taxonomy.entries.get(found.id) if found is not None and not found.opposite else None
        if entry is not None and entry.parent in _PLACE_TOPICS:
            return entry.id, entry.harm
    return None


# -- a count of persons ----------------------------------------------------------------------------

#: a number word or figure that counts what follows ("200,000", "millions of", "thousands of", "hundreds
#: of thousands of"): WordNet noun.quantity number words
_COUNT = re.compile(
    r"^(?:(?:more|fewer|less|over|nearly|almost|about|around|some|approximately|up)\s+(?:than\s+|to\s+)?)?"
    r"(?:\d[\d,.]*(?:\s+(?:million|billion|thousand|hundred))?|(?:tens\s+of\s+|hundreds\s+of\s+)?(?:millions|billions|thousands|hundreds|dozens)(?:\s+of)?"
    r"|(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|fifty|a)\s+(?:million|billion|thousand|hundred))\s",
    re.I,
)


def counts_persons(phrase: str) -> bool:
    """Whether the phrase is a count of persons ("more than 200,000 women", "millions of children"):
    the persons themselves, whose group's rights or equality it does not name."""
    from .taxonomy import are_persons

    text = re.sub(r"^(?:the|a|an|some|all)\s+", "", phrase.strip(), flags=re.I)
    m = _COUNT.match(text)
    if m is None:
        return False
    rest = re.sub(r"^(?:of\s+)?(?:the\s+)?", "", text[m.end() :], flags=re.I)
    counted = re.split(r"\s+(?:who|which|that|in|from|of|on|at|across|around|with)\s", rest, maxsplit=1)[0]
    conjuncts = [c for c in re.split(r"\s*(?:,|\band\b|\bor\b)\s*", counted) if c]
    return bool(conjuncts) and all(are_persons(c) for c in conjuncts)
