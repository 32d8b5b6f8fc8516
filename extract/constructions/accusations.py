"""A speech's accusations, and condemnation that reaches the owner of what is condemned.

* in a speech, "the use of X undermines Y" opposes that use, "A violates its commitments" condemns
  A, and what others are said to undermine or violate the speaking state upholds; a good said to
  suffer harm ("peace is jeopardised by A") is supported and its harmer condemned, never the good;
* condemning "A's aggression" condemns A.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from diplograph.graph.schema import RelType

from ..actors import ActorMention
from ..grammar.clause import is_expletive, is_harm_suffered, is_negated, is_obliged, is_supposed, modality
from ..grammar.issue_names import (
    good_around_its_head,
    is_place,
    lands_on_harm,
    names_harm,
    reference_issue,
    tidy_issue,
    turned,
    without_clause,
)
from ..grammar.syntax import prep_objects
from ..grammar.types import Candidate, Target
from ..grammar.words import (
    ACCUSING_VERBS,
    ATTRIBUTIVE_NEGATIVE,
    HARMING_VERBS,
    NEGATIVE_EVAL,
    OBSTRUCTING_VERBS,
    THWARTING_VERBS,
    UPHOLDING_VERBS,
    VIOLATION_NOUNS,
)
from ..lexicon import ACTOR, AGREEMENT, ISSUE, RESOLUTION, Frame
from ..nps import phrase, such_as
from . import registry

if TYPE_CHECKING:
    from spacy.tokens import Token

    from ..claims import ClaimReader
    from ..grammar.types import SentenceContext

__all__ = ["accusations", "condemned_owners"]

#: what one occupies without occupying land: "occupy a central place (a seat, the chair)"
_PLACE_NOUNS = {"place", "position", "role", "seat", "chair", "post", "office", "space", "centre", "center"}
#: adjectives that judge a thing bad (lemmas: "darkest" is "dark"): what they qualify is no good
#: a speaker upholds when another is said to threaten it
_JUDGED_BAD = NEGATIVE_EVAL | ATTRIBUTIVE_NEGATIVE | {"dark", "bad", "grim", "evil", "horrific", "terrible"}
#: the violation nouns that also name physical violence (FrameNet Attack: the Victim is a place, a
#: building or people, "attacks on the city of X"; an "assault on democracy" is a value attacked)
_ASSAULT_NOUNS = {"assault", "attack", "attacks"}
#: the dashes that set off a parenthesis
_DASHES = {"—", "–", "--"}
#: the named-entity kinds of a victim of physical violence: places, buildings, peoples, persons, bodies
_VICTIM_ENTITIES = {"GPE", "LOC", "FAC", "NORP", "PERSON", "ORG"}
#: the words an accusation needs one of ("fly in the face of")
ACCUSATION_WORDS = ACCUSING_VERBS | OBSTRUCTING_VERBS | THWARTING_VERBS | VIOLATION_NOUNS | {"fly"}


@registry.register("accusations.speech.v1")
def accusations(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> Iterator[Candidate]:
    """In a speech, the speaker's accusations are the state's positions.

    "The use of unilateral restrictive measures undermines the Security Council" opposes that
    use; "NATO ... violates its commitments" condemns NATO. The speaking state itself is never
    condemned by its own speech.
    """
    state = ctx.discourse.voice.state
    if state is None or not ctx.lemmas & ACCUSATION_WORDS:
        return
    frame = Frame(RelType.OPPOSES, ("dobj",), (ISSUE, ACTOR), "speech-accusation.v2")
    yield from _upheld(reader, ctx, state)
    for v in ctx.tokens:
        if v.pos_ != "VERB" or v.lemma_.lower() not in ACCUSING_VERBS or is_negated(v):
            continue
        if _accuses_nothing(v):
            continue
        if v.lemma_.lower() in HARMING_VERBS and is_harm_suffered(v):
            yield from _harmed_good(reader, v, state, ctx)
            continue
        if v.lemma_.lower() in HARMING_VERBS and not any(
            c.dep_ in ("dobj", "conj", "xcomp", "ccomp") for c in v.children
        ):
            # "huge pieces of tundra are eroding into the ocean": what erodes harms nothing ("X
            # threatens to reverse the gains" does)
            continue
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "csubj") and not is_expletive(c)]
        if not subjects and v.dep_ == "conj":
            subjects = [c for c in v.head.children if c.dep_ in ("nsubj", "csubj")]
        for subj in subjects:
            if subj.tag_ in ("WDT", "WP"):
                # "sanctions imposed by X on Syria, which are undermining ...": a relative
                # pronoun's antecedent is too often misattached to the nearest name to accuse it
                continue
            actors = reader.denote(subj, ctx)
            if actors:
                speaker = ctx.discourse.voice.speaker
                for a in actors:
                    if a.node_id != state.node_id and (speaker is None or a.node_id != speaker.node_id):
                        yield Candidate(
                            RelType.CONDEMNS,
                            state,
                            Target("actor", actor=a),
                            ctx.sent,
                            v,
                            "speech-accusation.v2",
                            confidence=0.55,
                        )
                continue
            if subj.pos_ == "PRON":
                continue
            for t in reader.classify(subj, frame, ctx):
                if t.actor is None and not good_around_its_head(t):  # "the erosion of X undermines Y": for X
                    rel = turned(RelType.OPPOSES, t)
                    yield Candidate(rel, state, t, ctx.sent, v, "speech-accusation.v2", confidence=0.55)


def _accuses_nothing(v: Token) -> bool:
    """An accusing verb that accuses nobody: planned or proposed ("will exacerbate"), owed ("culture
    must occupy a central place"), supposed ("A will face sanctions if it violates X"), or taking a
    place ("occupy a seat")."""
    if is_supposed(v):
        return True
    if modality(v) in ("proposed", "planned") and v.lemma_.lower() not in ("undermine", "violate", "threaten"):
        return True
    return is_obliged(v) or any(c.dep_ == "dobj" and c.lemma_.lower() in _PLACE_NOUNS for c in v.children)


def _harmed_good(reader: ClaimReader, v: Token, state: ActorMention, ctx: SentenceContext) -> Iterator[Candidate]:
    """ "peace and stability jeopardized", "peace is jeopardised by X": the speaker supports the
    good said to suffer the harm, and opposes (or condemns) whoever does it, never the good."""
    goods = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
    frame = Frame(RelType.SUPPORTS, ("dobj",), (ISSUE, AGREEMENT, RESOLUTION), "speech-harmed.v1")
    for good in goods:
        for t in reader.classify(good, frame, ctx):
            if t.actor is None:
                yield Candidate(RelType.SUPPORTS, state, t, ctx.sent, v, "speech-harmed.v1", confidence=0.55)
    speaker = ctx.discourse.voice.speaker
    agents = [a for a in prep_objects(v, ["by"]) if a.pos_ != "PRON"]
    frame = Frame(RelType.OPPOSES, ("dobj",), (ISSUE, ACTOR), "speech-harmed.v1")
    for agent in agents:
        actors = reader.denote(agent, ctx)
        for a in actors:
            if a.node_id != state.node_id and (speaker is None or a.node_id != speaker.node_id):
                yield Candidate(
                    RelType.CONDEMNS, state, Target("actor", actor=a), ctx.sent, v, "speech-harmed.v1", 0.55
                )
        if not actors:
            for t in reader.classify(agent, frame, ctx):
                if t.actor is None:  # "peace jeopardized by violations of X": for X
                    rel = turned(RelType.OPPOSES, t)
                    yield Candidate(rel, state, t, ctx.sent, v, "speech-harmed.v1", confidence=0.55)


def _upholds_nothing(verb: Token, thwarting: bool) -> bool:
    """Whether what the verb does to its object says nothing of the speaker's upholding it: denied,
    supposed, demanded ("it should halt its X activities", "we must dismantle X networks": a demand
    to stop or undo X is against X), or a stopped event ("prevent X from degenerating")."""
    if is_negated(verb) or is_supposed(verb):
        return True
    if _demanded(verb) and (thwarting or not _putative(verb)):
        return True
    return thwarting and _stops_an_event(verb)


def _putative(verb: Token) -> bool:
    """A that-clause's "should" after a verb of judging ("we do not accept that anyone should
    violate X"): the putative should (Quirk et al. 1985 14.25), which demands nothing."""
    return verb.dep_ == "ccomp" and any(c.dep_ == "mark" and c.lower_ == "that" for c in verb.children)


def _stops_an_event(verb: Token) -> bool:
    """ "prevent (stop, keep) X from V-ing": the object is the subject of the -ing clause, and what
    is stopped is that event, not X (Quirk et al. 1985 16.52, object + prepositional -ing clause);
    so X is no good upheld by the one who stops it."""
    if any(_from_ing(c) for c in verb.children if c.dep_ == "prep"):
        return True
    # the parser often hangs the "from" on a parenthesis that interrupts the object ("prevent such
    # conflicts — modestly called X — from degenerating"): read on past the parenthesis
    obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
    if obj is None:
        return False
    doc, i = verb.doc, obj.right_edge.i + 1
    if i < len(doc) and doc[i].text in _DASHES:
        closing = next((t.i for t in doc[i + 1 : i + 12] if t.text in _DASHES), None)
        i = closing + 1 if closing is not None else i
    return i < len(doc) and _from_ing(doc[i])


def _from_ing(tok: Token) -> bool:
    return tok.lower_ == "from" and any(g.dep_ == "pcomp" and g.tag_ == "VBG" for g in tok.children)


def _violated(noun: Token, lemma: str) -> list[Token]:
    """What a violation noun says is violated ("in violation of X", "an assault on X"), less the
    victims of an attack (:func:`_victim`)."""
    objects = [o for p in ("of", "on", "against", "for") for o in prep_objects(noun, [p])]
    return [o for o in objects if not _victim(o)] if lemma in _ASSAULT_NOUNS else objects


def _victim(obj: Token) -> bool:
    """Whether the object of an attack is its victim, not a good upheld: a named place, building,
    people or person, or a place noun ("two attacks on the city of X"; "the attack on the Embassy")."""
    return obj.ent_type_ in _VICTIM_ENTITIES or is_place(obj)


def _demanded(verb: Token) -> bool:
    """Whether the clause says its subject must or is asked to do it ("A should halt X", "call on A to stop X")."""
    return is_obliged(verb) or modality(verb) in ("proposed", "applied")


def _upheld(reader: ClaimReader, ctx: SentenceContext, state: ActorMention) -> Iterator[Candidate]:
    """In a speech, what others are said to undermine or violate, the speaking state upholds.

    "... threatening the implementation of the Joint Comprehensive Plan of Action" and "in
    violation of Security Council resolution 2231" support the plan and the resolution. Only
    values and agreements: a harm another "threatens" is no stance of the speaker's.
    """
    frame = Frame(RelType.SUPPORTS, ("dobj",), (ISSUE, AGREEMENT, RESOLUTION), "speech-upheld.v3")
    speaker = ctx.discourse.voice.speaker
    own = {state.node_id} | ({speaker.node_id} if speaker else set())
    for tok in ctx.tokens:
        lemma = tok.lemma_.lower()
        thwarting = lemma in THWARTING_VERBS
        clause: Token | None = None  # a relative clause whose antecedent is the object
        if tok.pos_ == "VERB" and (lemma in UPHOLDING_VERBS or thwarting):
            if _upholds_nothing(tok, thwarting):
                continue
            doers = {a.node_id for a in reader.subjects(tok, ctx)[0]}
            if doers & own or (thwarting and not doers):
                continue  # the state's own deeds are read by the frames; stopping needs a named doer
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            subjects = [c for c in tok.children if c.dep_ == "nsubj"]
            if tok.dep_ == "relcl" and (
                any(o.tag_ in ("WDT", "WP") for o in objects)
                or (not objects and subjects and subjects[0].tag_ not in ("WDT", "WP"))
            ):
                # "non-interference — a principle that the United States blocked": the antecedent
                antecedent = tok.head.head if tok.head.dep_ == "appos" else tok.head
                objects, clause = [antecedent], tok
        elif tok.pos_ == "NOUN" and lemma in VIOLATION_NOUNS:
            objects = _violated(tok, lemma)
        elif lemma == "fly" and not is_negated(tok):
            objects = prep_objects(tok, ["in", "face", "of"])  # "fly in the face of the Charter"
        else:
            continue
        for obj in objects:
            if any(t.dep_ == "amod" and t.lemma_.lower() in _JUDGED_BAD for t in obj.subtree):
                continue  # "threaten the return of X": a thing judged bad is no good upheld
            for found in reader.classify(obj, frame, ctx):
                # named without the clause that says what was done to it; an agreement only
                # named by that clause ("the treaty that they violated") is not named at all
                t = without_clause(found, clause) if clause is not None else found
                if t is None or _example_of_the_violation(tok, obj, t):
                    continue
                # what is stopped or undermined is upheld only if it is a good: "dismantling
                # the infrastructure of terrorism" is no defence of terrorism, and what stopping
                # does to a thing the vocabulary does not know is not known either
                issue = reference_issue(t)
                if (issue is not None and names_harm(issue)) or (issue is None and (thwarting or lands_on_harm(t))):
                    continue
                if t.kind == "resolution" and not (t.facts.get("symbol") or t.facts.get("draft_symbol")):
                    continue  # "in violation of several Security Council resolutions": none named
                if t.actor is None and not t.facts.get("invert"):
                    yield Candidate(
                        RelType.SUPPORTS,
                        state,
                        t,
                        ctx.sent,
                        tok,
                        "speech-upheld.v3",
                        confidence=0.5,
                        speaker=speaker.node_id if speaker else None,
                    )


def _example_of_the_violation(violation: Token, obj: Token, t: Target) -> bool:
    """Whether a target read off what a violation noun breaches is a member of a list hung outside that
    object that exemplifies the violations, not the good ("violations of X, such as torture, arbitrary
    detention and imprisonment"; nps.such_as reads such a list off the noun above "of"). A list of examples
    is of one kind (Quirk et al. 1985, 17.75, exemplifying apposition): it exemplifies the violations when a
    member names a harm, the good when none does ("violations of the principles, including respect for X")."""
    head = t.head
    if violation.pos_ != "NOUN" or head is None or head.i in {d.i for d in obj.subtree}:
        return False
    members = [m for m in such_as(obj) if m.i not in {d.i for d in obj.subtree}]
    if head.i not in {m.i for m in members}:
        return False
    for m in members:
        member = Target("issue", head=m, name=tidy_issue(phrase(m)))
        ref = reference_issue(member)
        if names_harm(ref) if ref is not None else lands_on_harm(member):
            return True
    return False


@registry.register("accusations.owners.v1")
def condemned_owners(reader: ClaimReader, ctx: SentenceContext, found: list[Candidate]) -> list[Candidate]:
    """Condemning "the West's efforts" or "A's aggression" condemns the West or A."""
    out = []
    for c in found:
        if c.rel is not RelType.CONDEMNS or c.target.kind != "issue" or c.target.head is None:
            continue
        for poss in (t for t in c.target.head.children if t.dep_ == "poss"):
            for owner in reader.denote(poss, ctx):
                if owner.node_id != c.source.node_id:
                    out.append(
                        Candidate(
                            RelType.CONDEMNS,
                            c.source,
                            Target("actor", actor=owner),
                            c.sent,
                            c.anchor,
                            c.extractor,
                            confidence=0.7,
                            speaker=c.speaker,
                        )
                    )
    return out
