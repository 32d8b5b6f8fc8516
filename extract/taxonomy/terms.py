"""The topic terms a phrase holds and how each stands in it: at its head, in a coordinated head,
standing for it another way (a classifier, the complement of a head that stands for its
complement), or only modifying something else."""

from __future__ import annotations

import re

from .phrase import HEAD_END, head_word
from .schema import Taxonomy

#: heads that name a document, an instrument, a plan or a process (WordNet noun.communication documents
#: and noun.act plans and procedures): one stands for what its complement names ("the report on a New
#: Agenda for Peace", "a multilateral mechanism to renegotiate sovereign debt"), whatever classifies it
#: ("multilateral"). Lemma keys.
INSTRUMENT_HEADS = frozenset(
    {
        "report", "summary", "mechanism", "framework", "strategy", "plan", "programme", "program", "proposal",
        "recommendation", "agenda", "initiative", "roadmap", "instrument", "resolution", "declaration",
        "decision", "platform", "fund", "facility", "campaign", "project", "legislation", "law", "policy",
        "conference", "meeting", "summit", "forum", "negotiation", "talk", "process", "action", "measure",
    }
)  # fmt: skip


#: words whose sense here is not their topic term's: "positive developments" are events, not
#: development (the lemma key would make them one word); "a climate of trust" is a mood, not the
#: climate; "a war on traffickers" is a campaign, not a war; "the nature of X" is X's character;
#: "their energies" efforts
_OTHER_SENSE = re.compile(
    r"\bdevelopments\b|\bclimate\s+of\b|\bwar\s+on\b"
    # WordNet's nature.n.01 (the qualities of X), not nature.n.03 (the natural world)
    r"|\bnature\b(?=\s+(?:(?:and|or)\s+[a-z]+\s+)?of\b)"
    # "a zero-tolerance policy": the strict enforcement of a rule (WordNet zero_tolerance.n.01), not tolerance
    # among peoples (tolerance.n.03)
    r"|\bzero[- ]tolerance\b"
    # "pool their energies": WordNet's energy.n.02 (forceful exertion), not power (energy.n.01)
    r"|\benergies\b"
    # "the warming of relations": WordNet's warming (a becoming friendlier), not global warming
    r"|\bwarming\b(?=\s+of\s+(?:\S+\s+)?(?:relations|ties))"
    # "civilians" are the persons international humanitarian law protects; "civilian" classifying
    # another noun says what a thing or a post is not (military): "a civilian component", "the
    # civilian deputy head"; unless that noun is one of the Fourth Geneva Convention's and Additional
    # Protocol I's protected persons and objects ("civilian population", "civilian objects")
    r"|\bcivilian\b(?=\s+(?!(?:population|persons?|people|lives|life|objects?|casualt|infrastructure|targets?"
    r"|areas?|deaths?|victims?|homes?|hospitals?|facilit|toll|suffering)\w*)[a-z])"
    # "the waters of <a zone>", "territorial waters": UNCLOS's sea areas (WordNet water.n.02, a body of
    # water), not water the resource (water.n.06) that drinking water and sanitation are about
    r"|\bwaters\b(?=\s+(?:of|off|around|surrounding|under|within|beyond)\b)"
    r"|\b(?:territorial|internal|archipelagic|international|coastal|maritime|national|sovereign|its|their|our)(?:\s+own)?\s+waters\b"
    # "military forces", "armed forces": WordNet's military_force.n.01 (a body of troops); the
    # breach term "military force" is the use of force (force.n.02), which takes no plural; only the
    # classifier goes, so "foreign military forces" are still the breach term "foreign forces"
    r"|\b(?:military|armed)(?=\s+forces\b)",
    re.I,
)


#: "United Nations" opening the name of one of its bodies, missions, programmes or funds ("the United
#: Nations <X> Programme", "the United Nations <X> Observer Force"): the owner of the thing named, not
#: its topic, which the rest of the name says, if anything; not the Organization itself ("the United
#: Nations Organization", "the United Nations system")
_UN_BODY = re.compile(
    r"\b(?:United\s+Nations|U\.?N\.?)(?:['’]s)?(?=\s+(?!Organi[sz]ation\b|System\b|Charter\b)[A-Z][a-z])"
)
#: what :data:`_UN_BODY` becomes: two capitalised words that are no term, so the name keeps its length
_UN_OWNER = "Unitedowner Nationsowner"


#: how a term stands in a phrase (:func:`terms_in`): it holds the head word; it holds the head of
#: another conjunct ("peace" in "peace and prosperity"); it stands for the phrase another way (a
#: classifier of the head, the complement of a head that stands for its complement);
#: it only modifies ("criminal" in "criminal policies", "young people" in "the enthusiasm of young
#: people") and does not place the phrase
AT_HEAD, CONJUNCT, STANDS, MODIFIER = 3, 2, 1, 0

#: heads whose complement is only their holder, not their topic: qualities, standing, faculties and
#: feelings, and the points of its history ("the power of X", "the integrity of X", "the enthusiasm of
#: young people", "the role of X", "the gratitude of X", "a turning point of X"); a topic
#: term in their complement does not place the phrase. Lemma keys; a word class (WordNet
#: noun.attribute and noun.state nouns of quality and capacity), with the misuse heads of
#: extract/issues.py (``DISTORTING_HEADS``).
HOLDER_HEADS = frozenset(
    {
        "power", "authority", "integrity", "credibility", "legitimacy", "relevance", "reliability",
        "effectiveness", "efficiency", "coherence", "objectivity", "impartiality", "universality", "ability",
        "capacity", "capability", "strength", "weakness", "role", "importance",
        "enthusiasm", "energy", "spirit", "voice", "will", "wish", "desire", "determination", "courage",
        "wisdom", "experience", "expertise", "talent", "potential", "dynamism", "creativity", "resilience",
        "health", "safety", "well", "being", "status", "reputation", "image", "name", "size", "speed",
        "unity", "solidarity", "support", "assistance", "help", "family", "friend", "member", "people",
        "citizen", "government", "leader", "leadership", "authorities", "opposition", "gratitude",
        "appreciation", "thanks", "condolence", "sympathy", "admiration", "pride", "stance", "view", "opinion",
        "point", "milestone", "chapter", "life",
    }
)  # fmt: skip

#: the prepositions that open a complement naming what the head is about ("the ideals of peace", "a
#: bid for a permanent seat", "an end to the genocide", "respect for sovereignty", "the fight against
#: X"); not "from", "by", "with" (a source, an agent, a companion)
ABOUT = frozenset({"of", "for", "to", "towards", "on", "against", "in", "over", "about"})

#: a coordination inside a head chunk: "peace and fraternity", "wars and conflicts"
_CONJUNCTION = re.compile(r"\s*(?:,|\band\b|\bor\b|&)\s*", re.I)


#: nouns that name a field of activity only with their complement ("the area of X", "the field of X"):
#: WordNet's field.n.04 and its synonyms (area, sphere, domain, arena, sector); lemma keys
_FIELD_NOUNS = frozenset({"area", "field", "sphere", "domain", "sector", "arena", "realm"})


#: heads of dealings between parties (FrameNet's Collaboration and Discussion frames: cooperation, collaboration,
#: partnership, dialogue, consultation, coordination, relations): their "with", "between" or "among"
#: complement names the partners (its Partner frame element), not what the dealings are about ("cooperation
#: with <State> on X", "dialogue among A and B on X"); lemma keys
_DEALINGS_HEADS = frozenset(
    {"cooperation", "collaboration", "partnership", "dialogue", "consultation", "coordination", "relation"}
)
#: prepositions that open a complement naming the partners of :data:`_DEALINGS_HEADS`
_PARTNER_PREPOSITIONS = frozenset({"with", "between", "among", "amongst"})


def _past_parties(padded: str, first: re.Match[str] | None, heads: set[str]) -> re.Match[str] | None:
    """The preposition of the head's first complement, or the one after it when that complement names a
    party and not the matter: the agent of a nominalised act before its "of" object ("the violation by
    <State> of the sovereignty" is about sovereignty, as "the violation of the sovereignty" is: FrameNet's
    Agent), or the partners of dealings (:data:`_DEALINGS_HEADS`) before what they deal with ("cooperation
    with development partners for X")."""
    if first is None:
        return first
    prep = first.group(0).strip().lower()
    second = HEAD_END.search(padded, first.end() - 1)
    after = second.group(0).strip().lower() if second is not None else None
    if prep == "by" and after == "of":
        return second
    if prep in _PARTNER_PREPOSITIONS and heads & _DEALINGS_HEADS and after in ABOUT:
        return second
    return first


def standing_words(phrase: str) -> tuple[set[str], set[str]]:
    """The lemma keys that stand for the phrase besides its head word: the last words of the
    conjuncts of its head chunk ("peace and prosperity"); and the other words of its head chunk (a
    classifier: "trade integration", "forest fires", "climate neutrality") with the words of its
    first complement when a preposition of :data:`ABOUT` opens it and the head is no holder
    (:data:`HOLDER_HEADS`)."""
    from ..issues import lemma_key, misuse_head

    padded = f" {phrase} "
    first = HEAD_END.search(padded)
    chunk = padded[: first.start()] if first else padded
    heads = {k.split()[-1] for part in _CONJUNCTION.split(chunk) if (k := lemma_key(part))}
    words = set(lemma_key(chunk).split())
    if first is None and heads <= ACTOR_HEADS | {"membership"} and names_actors(chunk):
        # "our democratic States", "the entire <Body> membership": actors that the classifier only
        # describes; the phrase names them, not the issue the classifier's word names
        return heads, heads
    misuse = any(misuse_head(lemma_key(chunk).split(), head) for head in heads)
    first = _past_parties(padded, first, heads)
    if first is None or first.group(0).strip().lower() not in ABOUT or heads & HOLDER_HEADS or misuse:
        return heads, words
    rest = padded[first.end() - 1 :]
    second = HEAD_END.search(rest)
    if second is not None and second.group(0).strip().lower() == "of" and head_word(rest) in _FIELD_NOUNS:
        # "cooperation in the area of health care": the field noun stands for what its complement names
        third = HEAD_END.search(rest, second.end() - 1)
        return heads, words | set(lemma_key(rest[: third.start()] if third else rest).split())
    return heads, words | set(lemma_key(rest[: second.start()] if second else rest).split())


#: heads that name actors, polities or the members of a body (WordNet noun.group polity.n.02 state,
#: country, nation; social_group.n.01 membership, bloc): a word before them classifies the actors
#: ("democratic States", "the <Body> membership"), it does not say what the phrase is about
ACTOR_HEADS = frozenset({"state", "country", "nation", "membership", "bloc"})
#: words of totality that give "membership" its collective sense, the body of members (WordNet
#: membership.n.01), not the state of being a member (membership.n.02: "seeking membership")
_WHOLE = frozenset({"entire", "whole", "wider", "broader", "general", "all"})


def names_actors(chunk: str) -> bool:
    """Whether a head chunk names a set of actors that its other words only classify: a plural of
    :data:`ACTOR_HEADS` ("our democratic States", "<Region> countries"; the singular "build a democratic
    State" is the form of a polity, an issue) or a membership in its collective sense ("the entire <Body>
    membership"); no chunk holding a preposition :data:`HEAD_END` does not cut at."""
    from ..issues import lemma_key

    words = chunk.split()
    if not words or _INNER_PREPOSITION.search(f" {chunk} "):
        return False
    head = lemma_key(words[-1])
    if head == "membership":
        return bool(_WHOLE.intersection(w.lower() for w in words))
    return head in ACTOR_HEADS and words[-1].lower().endswith("s")


#: prepositions that :data:`HEAD_END` does not end a head chunk at: a chunk holding one has its head before
#: it ("the digital gap across nations", "peace within States")
_INNER_PREPOSITION = re.compile(
    r"\s(?:across|within|beyond|throughout|inside|outside|around|among|amongst|without)\s", re.I
)


_NAME_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def _author_words(phrase: str) -> set[str]:
    """The lemma keys of the body that classifies an instrument head as its author ("<Body> resolution
    2334", "the <Body> decision"): an organ of the United Nations (the gazetteer's ``un-organ``: the
    Charter's principal organs and their subsidiaries) adopts resolutions and decisions on any subject,
    so its name says who adopted the instrument, not what it is about (the complement, if any, does)."""
    from ..gazetteer import Gazetteer
    from ..issues import lemma_key

    head = head_word(phrase)
    if head not in INSTRUMENT_HEADS:
        return set()
    first = HEAD_END.search(f" {phrase} ")
    chunk = f" {phrase} "[: first.start()] if first else phrase
    gazetteer = Gazetteer.load()
    return {
        w
        for run in _NAME_RUN.findall(chunk)
        if any(e.properties.get("kind") == "un-organ" for e in gazetteer.lookup(run))
        for w in lemma_key(run).split()
    }


def _organ_words(phrase: str) -> set[str]:
    """The lemma keys of the name of a United Nations organ (the gazetteer's ``un-organ``: the Charter's
    principal organs and their subsidiaries) that does not hold the phrase's head word: the organ is then
    the author, owner or forum of the thing the head names ("<Body> resolutions", "the decision of the
    <Body> to establish X", "discussions in the <Body>", "the <Body>'s recognition of X"), which any
    organ has on any subject, so its name says nothing of what the phrase is about (the organ's own
    reform, role or standing is the vocabulary's: "reform of the Security Council", "the role of the
    General Assembly"). The organ named alone or heading the phrase ("the Security Council") keeps it."""
    from ..gazetteer import Gazetteer
    from ..issues import lemma_key

    head = head_word(phrase)
    gazetteer = Gazetteer.load()
    out: set[str] = set()
    for run in _NAME_RUN.findall(phrase):
        tokens = run.split()
        for i in range(len(tokens)):
            for j in range(len(tokens), i, -1):
                part = " ".join(tokens[i:j])
                # a possessive whose apostrophe the text lost ("the <Body>s decision")
                bare = re.sub(r"(?:['’]?s|['’])$", "", part)
                if any(e.properties.get("kind") == "un-organ" for p in {part, bare} for e in gazetteer.lookup(p)):
                    words = set(lemma_key(part).split())
                    if head not in words:
                        out |= words
                    break
    return out


def terms_in(phrase: str) -> list[tuple[str, int]]:
    """The topic terms in the phrase, longest first and not overlapping, none inside a name it only
    modifies (extract/issues.py ``inside_name``: "the X Law Commission"): each as the node it lands on
    and how it stands in the phrase (``AT_HEAD``, ``CONJUNCT``, ``STANDS`` or ``MODIFIER``)."""
    from ..issues import inside_name, lemma_key, name_spans

    taxonomy = Taxonomy.load()
    text = _UN_BODY.sub(_UN_OWNER, _OTHER_SENSE.sub(" , ", phrase))
    words = lemma_key(text).split()
    names = name_spans(text)
    head = head_word(phrase)
    conjuncts, standing = standing_words(phrase)
    standing -= _author_words(phrase)
    organ = _organ_words(phrase)
    standing -= organ
    found: list[tuple[str, int]] = []
    owned: list[bool] = []
    un_classifies = _un_classifies_head(phrase)
    i = 0
    while i < len(words):
        for n in range(min(taxonomy.longest_term, len(words) - i), 0, -1):
            term = taxonomy.terms.get(" ".join(words[i : i + n]))
            if term is not None and not inside_name(names, i, n):
                held = words[i : i + n]
                level = (
                    MODIFIER
                    if organ.issuperset(held)
                    else AT_HEAD
                    if head in held
                    else CONJUNCT
                    if conjuncts.intersection(held)
                    else STANDS
                    if standing.intersection(held)
                    else MODIFIER
                )
                found.append((term, level))
                owned.append(un_classifies and i == 0 and held == ["united", "nation"])
                i += n
                break
        else:
            i += 1
    return _without_owner(found, owned)


def _un_classifies_head(phrase: str) -> bool:
    """Whether "United Nations" opens the phrase's head chunk as a classifier of another head ("United Nations
    mediation efforts", "UN humanitarian work"): the term "United Nations" first in the phrase is then its
    owner (:func:`_without_owner`)."""
    from ..issues import lemma_key

    chunk = lemma_key(HEAD_END.split(f" {phrase} ", maxsplit=1)[0]).split()
    return chunk[:2] == ["united", "nation"] and len(chunk) > 2


def _without_owner(found: list[tuple[str, int]], owned: list[bool]) -> list[tuple[str, int]]:
    """The terms, with "United Nations" classifying an act or a body of another field only modifying it: the
    Organization is the owner or agent of "United Nations mediation efforts", which are about mediation (as
    a United Nations organ's name is: :func:`_organ_words`); alone ("the United Nations system") it stands."""
    if not any(owned) or not any(level >= STANDS for (_, level), own in zip(found, owned, strict=True) if not own):
        return found
    return [(term, MODIFIER if own else level) for (term, level), own in zip(found, owned, strict=True)]
