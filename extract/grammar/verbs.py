"""Verb frames: a predicate verb's frames applied to its clause (subjects, slots, modality, reported
speech, negation turned into refusal, bare votes, symmetric meetings), and "held in" for events."""

from __future__ import annotations

from collections.abc import Generator, Iterator
from dataclasses import dataclass

from spacy.tokens import Token

from diplograph.graph.schema import NodeKind, RelType

from ..actors import ActorLinker, ActorMention
from ..gazetteer import Gazetteer
from ..lexicon import (
    ISSUE,
    SAY_VERBS,
    Frame,
)
from ..nps import (
    EVENT_HEADS,
    conjuncts,
    phrase_tokens,
)
from .clause import (
    as_opposition,
    has_pronoun_subject,
    is_addressed,
    is_negated,
    is_obliged,
    is_refusal,
    is_supposed,
    modality,
    speaks_for,
)
from .issue_names import (
    INVERSE,
    INVERTING,
    is_utterance,
    tidy_issue,
    without_clause,
)
from .syntax import (
    antecedent,
    is_object_noun,
    is_one_sided,
    prep_objects,
    unique_actors,
)
from .types import Candidate, SentenceContext, Target
from .words import (
    ADVOCACY_VERBS,
    CONCERN_WORDS,
    MODAL_TYPES,
    OBJECT_CONTROL_VERBS,
    SYMMETRIC_VERB_TYPES,
    VALUE_NOUNS,
)

#: nouns that count or group what follows "of": "a new round (wave, series) of operations"
_MEASURE_NOUNS = {
    "round", "wave", "series", "phase", "stage", "spate", "string", "number", "set", "chain", "cycle", "host",
    "dozen", "dozens",
    "hundred", "hundreds", "thousand", "thousands", "million", "millions",
}  # fmt: skip

#: verbs whose infinitive of joining is an application: "asked to join X"
_ASKING_TO_JOIN = ("apply", "ask", "seek", "demand", "want", "hope", "aspire", "request")


@dataclass
class _Clause:
    """What a predicate verb's clause says, read once for all its frames."""

    sources: list[ActorMention]
    passive: bool
    patients: list[Token]
    status: str | None
    speaker: str | None
    obliged: bool


#: verbs of accomplishment and achievement (Vendler, "Verbs and Times", 1957): "cannot" with them
#: denies an ability ("we cannot achieve X individually"), not a will
_ACHIEVING = {"achieve", "attain", "reach", "realize", "realise", "ensure", "secure", "build", "restore"}


#: achievements proper (Vendler's class: a culmination, not an act one chooses): "will not achieve X"
#: is a forecast under any modal, never a refusal
_ATTAINING = {"achieve", "attain", "reach", "realize", "realise"}


def _unable(v: Token) -> bool:
    """Whether "cannot V" says what is beyond reach rather than refused: an achievement under "can",
    an attainment under any modal."""
    lemma = v.lemma_.lower()
    return lemma in _ATTAINING or (
        lemma in _ACHIEVING and any(c.dep_ == "aux" and c.lower_ in ("can", "ca") for c in v.children)
    )


#: verbs of building on a foundation (FrameNet Building, and "base X on Y")
_BUILDING = {"build", "base", "found", "construct", "erect"}


#: the subordinators of a final clause that takes the focus of a negation before it (Quirk et al. 1985,
#: 10.64-10.66 and 15.33-15.35): one of time ("while"), or a condition ("if", "when", "unless", "as long
#: as"): "we cannot champion X when Y remains excluded", "we cannot make progress on X if Y" say that Y
#: stands in X's way, and a refusal under a condition is no refusal of X
_FOCUSED_CLAUSES = frozenset({"while", "whilst", "if", "when", "unless", "long"})


def _focus_elsewhere(v: Token) -> bool:
    """Whether a negated clause denies not its object but how or on what it would be pursued: the
    focus of negation falls on a final adjunct or a second, negated clause (Quirk et al.,
    A Comprehensive Grammar of the English Language, 1985, 10.64-10.66). "We cannot pursue X while
    ignoring Y", "we will not build X on Y", "we cannot call for X and not want it applied": no
    refusal of X. Nor is a counterfactual ("we would not have achieved X")."""
    objs = [c for c in v.children if c.dep_ in ("dobj", "prep") and c.i > v.i]
    after_object = objs[0].i if objs else v.i
    for c in v.children:
        if c.dep_ in ("advcl", "ccomp") and any(m.dep_ == "mark" and m.lower_ in _FOCUSED_CLAUSES for m in c.children):
            return True
        if c.dep_ == "conj" and c.i > after_object and _opened_by_subordinator(c):
            return True  # "cannot champion X when A remains excluded": the parser joined the clause as a conjunct
        if c.dep_ == "dobj" and any(m.lower_ == "only" and m.i < c.i for m in c.subtree):
            return True  # "we cannot pursue only parts of X": the restriction is denied (Quirk 10.65), not X
        if (
            c.dep_ == "conj"
            and c.pos_ in ("VERB", "AUX")
            and any(n.dep_ == "neg" for n in c.children)
            and not any(n.dep_ in ("nsubj", "nsubjpass") for n in c.children)
        ):
            return True  # one subject, two predicates, the second negated: "cannot X and not Y"
        if c.dep_ == "prep" and c.i > after_object and c.lower_ == "behind":
            return True  # "pursue X behind closed doors"
        if c.dep_ == "prep" and c.i > after_object and c.lower_ == "on" and v.lemma_.lower() in _BUILDING:
            return True  # "build X on Y": the foundation is denied, not X
    auxes = {c.lower_ for c in v.children if c.dep_ == "aux"}
    return "have" in auxes and bool(auxes & {"would", "could", "might"})


def _opened_by_subordinator(clause: Token) -> bool:
    """Whether a clause with its own subject opens with a subordinator of :data:`_FOCUSED_CLAUSES` ("when",
    "while", "if" as the clause's first word, which the parser may hang as an adverb of a conjunct or of
    its auxiliary)."""
    first = clause.doc[clause.left_edge.i]
    return (
        first.lower_ in _FOCUSED_CLAUSES
        and first.dep_ in ("mark", "advmod")
        and any(n.dep_ in ("nsubj", "nsubjpass") for c in (clause, *clause.children) for n in c.children)
    )


#: nouns of asking (FrameNet Request: plea, appeal, call, request, demand, entreaty, petition, cry, supplication)
_REQUEST_NOUNS = frozenset(
    {"plea", "appeal", "call", "request", "demand", "entreaty", "petition", "cry", "supplication", "exhortation"}
)
#: verbs that make another's request one's own (FrameNet Support, Compliance, Communication_response: "we
#: support (echo, heed, answer) their call to X")
_ENDORSING_VERBS = frozenset(
    {"support", "echo", "join", "heed", "answer", "endorse", "second", "share", "welcome", "back", "reiterate",
     "renew", "respond", "amplify", "embrace", "add"}
)  # fmt: skip


def _anothers_request(v: Token) -> bool:
    """Whether ``v`` opens an infinitive right after a request noun someone else owns ("we have heard their plea
    to protect X"): the act is what that other asks for, which the parser hung on the main verb as a purpose;
    no stance of the main clause's subject unless its verb makes the request its own (:data:`_ENDORSING_VERBS`)."""
    first = v
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    if first.dep_ not in ("advcl", "xcomp", "acl") or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in first.children
    ):
        return False
    at = first.left_edge.i - 1
    noun = first.doc[at] if at >= 0 else None
    return (
        noun is not None
        and noun.lemma_.lower() in _REQUEST_NOUNS
        and any(p.dep_ == "poss" and p.lower_ not in ("our", "my") for p in noun.children)
        and noun.head.lemma_.lower() not in _ENDORSING_VERBS
    )


def _asserted(v: Token, frames: list[Frame]) -> list[Frame]:
    """The frames a clause asserts: none in a condition, an idiom or under plain negation; a
    stated refusal ("cannot support") turns support into opposition."""
    if is_supposed(v) or _anothers_request(v):
        return []  # "if A is willing to make a reciprocal commitment": supposed, not stated
    if any(c.dep_ == "nsubj" and c.lower_ == "it" for c in v.children) and v.lemma_.lower() in ("come", "go"):
        return []  # "when it comes to X": nobody comes anywhere
    if is_negated(v):
        if not is_refusal(v) or _unable(v) or _focus_elsewhere(v):
            return []
        return [as_opposition(f) for f in frames if f.rel is RelType.SUPPORTS]
    return frames


def _slot(v: Token, frame: Frame, slot: str) -> list[Token]:
    """The tokens one slot of a frame holds under the verb."""
    if slot == "dobj" and frame.object_nouns:
        # "emphasized the threats ... and the importance of X": the importance is the object
        objs = [c for c in v.children if c.dep_ in ("dobj", "attr", "oprd")]
        named = [h for o in objs for h in conjuncts(o) if is_object_noun(h, frame)]
        return named or objs
    if slot == "dobj":
        if v.lemma_.lower() in OBJECT_CONTROL_VERBS and any(
            c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in v.children
        ):
            return []  # "encouraged the audience to join X": the audience is addressed, not supported
        objs = [c for c in v.children if c.dep_ in ("dobj", "attr", "oprd")]
        return [o for o in objs if not _restates(o, objs) and not _splits_name(o, objs)]
    if slot == "xcomp":
        return [c for c in v.children if c.dep_ in ("xcomp", "pcomp") and c.pos_ == "VERB"]
    if slot == "ccomp-obj":
        # a clause before the verb is no complement of it but a clause of its own the parser hung there
        # ("we have defeated X, we are embracing Y")
        clauses = [
            c
            for c in v.children
            if c.dep_ == "ccomp" and c.i > v.i and not _about_own_words(c) and not _turning(c) and not is_negated(c)
        ]  # "we reaffirm that we will never accept X" supports no X
        return [d for c in clauses for d in c.children if d.dep_ == "dobj"]
    if slot == "pobj":
        return [c for c in v.children if c.dep_ == "pobj"]
    if slot.startswith("prep:"):
        return _prep_slot(v, frame, slot[5:].split("_"))
    return []


def _turning(clause: Token) -> bool:
    """Whether a clause's verb ends or lessens its object ("(we hope that) it will curtail X"): its
    object is what the hope is against, not what is proposed."""
    objs = [c for c in clause.children if c.dep_ == "dobj"]
    if not objs:
        return False
    said = f"{clause.lemma_} {clause.doc[clause.i + 1 : objs[0].right_edge.i + 1].text}"
    return INVERTING.match(tidy_issue(said)) is not None


def _about_own_words(clause: Token) -> bool:
    """Whether a clause is about the speaker's own words ("I hope that my words reflect X"): what
    they are hoped to show is no proposal."""
    return any(
        c.dep_ == "nsubj"
        and any(p.dep_ == "poss" and p.lower_ in ("my", "our") for p in c.children)
        and is_utterance(c)
        for c in clause.children
    )


def _restates(obj: Token, objs: list[Token]) -> bool:
    """Whether a second object after a dash restates the first ("restore X and Y—concepts
    that Z"): the parser made an apposition a second object; it names no further target."""
    earlier = [o for o in objs if o.i < obj.i]
    return bool(earlier) and obj.i > 0 and obj.doc[obj.left_edge.i - 1].text in ("—", "–", "-", "--", ":")


#: the focusing adjuncts that introduce instances of a noun already named ("X, in particular Y",
#: "notably", "especially"; Quirk et al. 1985, 8.116-8.117, particularizers)
_PARTICULARIZERS = frozenset({"particularly", "notably", "especially", "chiefly", "mainly"})


def _particularized(obj: Token) -> bool:
    """Whether an object is introduced by a particularizer ("in particular <X>", "notably <X>")."""
    for c in obj.children:
        if c.dep_ == "prep" and c.lower_ == "in" and any(g.lower_ == "particular" for g in c.children):
            return True
        if c.dep_ == "advmod" and c.lower_ in _PARTICULARIZERS and c.i < obj.i:
            return True
    return False


def _lists_members(obj: Token, objs: list[Token], named: dict[int, list[Target]]) -> bool:
    """Whether a later object is a particularized list of states after objects that name no state
    ("working with the coalition to counter <Group>, in particular <State> and <State>"): states are
    instances of a group of states named before (the coalition, its members), not of a non-state
    group or a harm, so the parser's second object names members of the verb's agents, no target.
    ``named``: each object's targets by token index."""
    earlier = [o for o in objs if o.i < obj.i]
    return (
        bool(earlier)
        and _particularized(obj)
        and bool(named[obj.i])
        and all(t.kind == "actor" and t.actor is not None and t.actor.kind is NodeKind.STATE for t in named[obj.i])
        and not any(
            t.kind == "actor" and t.actor is not None and t.actor.kind is NodeKind.STATE
            for o in earlier
            for t in named[o.i]
        )
    )


def _splits_name(obj: Token, objs: list[Token]) -> bool:
    """Whether an object runs straight into a second one ("welcome the <disease> | <Name>
    mechanism"): the parser cut one name in two, and the first part is a modifier of the
    second, no target of its own."""
    if obj.dep_ != "dobj" or obj.right_edge.i != obj.i:
        return False  # "consider strengthening X a crucial factor": an object and what it is called
    return any(o.i > obj.i and o.dep_ == "dobj" and o.left_edge.i == obj.i + 1 for o in objs)


def _prep_slot(v: Token, frame: Frame, wanted: list[str]) -> list[Token]:
    """A prepositional slot's objects, under the verb, its object noun ("voiced opposition to X")
    or, for a relative clause with a stranded preposition, its antecedent ("the bloc it belongs to")."""
    holders = [v]
    if frame.object_nouns:
        holders += [
            g
            for c in v.children
            if c.dep_ in ("dobj", "nsubjpass")
            for g in phrase_tokens(c, keep_conj=True)
            if g.lemma_.lower() in frame.object_nouns or g.lower_ in frame.object_nouns
        ]
    if v.dep_ == "acl":
        holders.append(v)
    out = [o for holder in holders for o in prep_objects(holder, wanted)]
    if v.dep_ == "relcl" and any(
        c.dep_ == "prep" and c.lower_ == wanted[0] and not list(c.children) for c in v.children
    ):
        out.append(v.head)
    return out


class VerbFrames:
    """The reader's part that applies verb frames: ``verb_claims``, ``emit`` and ``held_in``."""

    linker: ActorLinker
    gaz: Gazetteer

    def verb_claims(self, v: Token, frames: list[Frame], ctx: SentenceContext) -> Iterator[Candidate]:
        """The claims a predicate verb states through its frames; the first frame that reads a
        claim ends the reading (a verb states one fact), except where a frame reads none."""
        frames = _asserted(v, frames)
        if not frames:
            return
        clause = self._clause(v, ctx)
        for frame in frames:
            # "A will support X" states a position, not a plan: modality is for events only
            status = clause.status if frame.rel in MODAL_TYPES else None
            if not self._frame_fits(v, frame, clause, status):
                continue
            read = self._patient_claims if frame.patient_is_source else self._agent_claims
            if (yield from read(v, frame, frames, clause, status, ctx)):
                return

    def _clause(self, v: Token, ctx: SentenceContext) -> _Clause:
        """What the verb's clause says of every frame: who acts, whether passive, who speaks."""
        sources, passive = self.subjects(v, ctx)
        patients = [c for c in v.children if c.dep_ == "nsubjpass"]
        # "its" later in this sentence may mean them (a passive's patient is its topic)
        ctx.discourse.note_subject(sources or [a for p in patients for a in self.denote(p, ctx)])
        status = modality(v)
        speaker = self.speaker_of(v, ctx)
        own = ctx.discourse.voice.state  # "we must ..." in a speech is the speaking state's own stance
        obliged = is_obliged(v) and not (own is not None and any(s.node_id == own.node_id for s in sources))
        # "we invite A to strive to achieve X": the invitation is the speaker's, A's stance is not stated
        obliged = obliged or (is_addressed(v) and not any(s.node_id in ctx.discourse.voice.own_ids for s in sources))
        return _Clause(sources, passive, patients, status, speaker, obliged)

    def _frame_fits(self, v: Token, frame: Frame, clause: _Clause, status: str | None) -> bool:
        """Whether a frame can read this clause: its object nouns, particle and exclusions."""
        if clause.obliged and frame.rel in (RelType.SUPPORTS, RelType.OPPOSES) and not frame.choice:
            # "A must comply with its obligations", "the legislature needs to pass legislation to ...":
            # what the text says another must do is its demand, not that one's stance
            return False
        if frame.object_nouns and not self.has_object_noun(v, frame):
            return False
        if frame.particle and not any(c.dep_ in ("prt", "advmod") and c.lower_ == frame.particle for c in v.children):
            return False
        if frame.excluded_nouns and any(
            n.lemma_.lower() in frame.excluded_nouns
            for c in v.children
            if c.dep_ in ("dobj", "nsubjpass")
            # "launched a new round (wave, series) of operations": the operations are launched
            for n in [c, *(prep_objects(c, ["of"]) if c.lemma_.lower() in _MEASURE_NOUNS else [])]
        ):
            return False
        # "proposed to expel A from X" says nothing of its membership yet
        return not (frame.patient_is_source and status in ("proposed", "planned", "expected"))

    def _patient_claims(
        self, v: Token, frame: Frame, frames: list[Frame], clause: _Clause, status: str | None, ctx: SentenceContext
    ) -> Generator[Candidate, None, bool]:
        """A frame whose patient is the claim's source ("A was admitted to X", "admitted A"); done
        once it names a target."""
        if clause.passive:
            srcs = [a for p in clause.patients for a in self.denote(p, ctx)]
        else:
            srcs = [a for c in v.children if c.dep_ == "dobj" for a in self.denote(c, ctx)]
        if clause.passive and not clause.patients and v.dep_ in ("xcomp", "conj"):
            srcs = self.subjects(v.head, ctx)[0]  # "demanding to be admitted": the demanders
        objs = self.slot_tokens(v, frame)
        targets = [t for o in objs for t in self.classify(o, frame, ctx)]
        yield from self.emit(frame, srcs, targets, v, ctx, status=frame.status or status, speaker=clause.speaker)
        if status == "applied":
            yield from self._joining(srcs, targets, v, ctx, clause.speaker)
        return bool(targets)

    def _agent_claims(
        self, v: Token, frame: Frame, frames: list[Frame], clause: _Clause, status: str | None, ctx: SentenceContext
    ) -> Generator[Candidate, None, bool]:
        """A frame whose subject is the claim's source; done once it reads a claim."""
        objs, targets = self._agent_targets(v, frame, frames, clause, ctx)
        sources = clause.sources
        if not targets and frame.rel in SYMMETRIC_VERB_TYPES and len(sources) >= 2 and not objs and not speaks_for(v):
            # "A and B met": the subjects meet each other
            others = [Target("actor", actor=a) for a in sources[1:]]
            yield from self.emit(frame, sources[:1], others, v, ctx, status=status, speaker=clause.speaker)
            return True
        if not targets or (v.dep_ == "acl" and not sources):
            return False
        if v.dep_ == "acl" and v.tag_ == "VBN" and frame.rel is RelType.SUPPORTS:
            # "the efforts carried out by <Government>", "the attack carried out by <force>": a
            # participle names what the agent did, told of the noun it modifies, not the agent's stance
            return False
        if frame.rel is RelType.SIGNS:  # "A signed a memorandum with B"
            partners = [p for h in [v, *objs] for p in prep_objects(h, ["with"])]
            # the partners stay with the clause: a later frame of the verb reads them too
            clause.sources = sources = unique_actors(sources + [a for p in partners for a in self.denote(p, ctx)])
            if len(sources) < 2 and any(is_one_sided(o) for o in objs):
                return False  # "the ministry issued a statement": said, not signed with anyone
        if frame.rel is RelType.MEMBER_OF and frame.role and all(s.kind is NodeKind.PERSON for s in sources):
            return False  # "President P led the G20 to ...": a person leads as his state's leader
        if frame.rel is RelType.MEMBER_OF and v.dep_ == "xcomp" and v.head.lemma_.lower() in _ASKING_TO_JOIN:
            status = "applied"
        yield from self.emit(frame, sources, targets, v, ctx, status=frame.status or status, speaker=clause.speaker)
        if frame.rel is RelType.MEMBER_OF and status == "applied":
            yield from self._joining(sources, targets, v, ctx, clause.speaker)
        return True

    def _agent_targets(
        self, v: Token, frame: Frame, frames: list[Frame], clause: _Clause, ctx: SentenceContext
    ) -> tuple[list[Token], list[Target]]:
        """The tokens a frame's slots hold and the targets they name; a bare vote's text from the
        context."""
        objs = self.slot_tokens(v, frame)
        if clause.passive and not objs and frame.slots[0] == "dobj":
            objs = clause.patients
        if not objs and v.dep_ == "acl" and frame.slots[0] == "dobj":
            objs = [v.head]  # "the Initiative proposed by President P": the initiative
        if (
            v.dep_ == "relcl"
            and any(c.dep_ == "nsubj" for c in v.children)
            and frame.slots[0] == "dobj"
            and not any(self.classify(o, frame, ctx) for o in objs)
        ):
            objs = [antecedent(v)]  # "the leader whom P has met more than any other": the leader
        named = {o.i: self.classify(o, frame, ctx) for o in objs}
        targets = [t for o in objs if not _lists_members(o, objs, named) for t in named[o.i]]
        if v.dep_ == "relcl" and v.head in objs:
            targets = [t for t in (without_clause(t, v) if t.kind == "issue" else t for t in targets) if t is not None]
        if (
            not targets
            and frame.rel in (RelType.ABSTAINS, RelType.OPPOSES, RelType.SUPPORTS)
            and frame.choice
            and self._bare_vote(v, frame, frames)
            and not has_pronoun_subject(v)
        ):
            # neither the text nor the voters named ("they abstained") is too little to read a vote;
            # "A abstained" after a vote is reported is enough
            targets = self._vote_context(v, ctx)
        return objs, targets

    def _joining(
        self, members: list[ActorMention], orgs: list[Target], v: Token, ctx: SentenceContext, speaker: str | None
    ) -> Iterator[Candidate]:
        """Applying to join is also a stated position: support for joining the organisation."""
        frame = Frame(RelType.SUPPORTS, (), (ISSUE,), "membership-application.v1")
        for t in orgs:
            if t.actor is not None:
                joining = Target("issue", name=f"joining {t.actor.name}")
                yield from self.emit(frame, members, [joining], v, ctx, status=None, speaker=speaker)

    def has_object_noun(self, v: Token, frame: Frame) -> bool:
        for c in v.children:
            # "intj": the parser's reading of "no" in "we say no to X"
            if c.dep_ in ("dobj", "nsubjpass", "intj") and (
                c.lemma_.lower() in frame.object_nouns or c.lower_ in frame.object_nouns
            ):
                return True
            if c.dep_ == "dobj" and any(g.lower_ in frame.object_nouns for g in phrase_tokens(c, keep_conj=True)):
                return True  # "imposed a new round of sanctions"; not a noun in a clause of the object's
        return v.dep_ == "acl" and (v.head.lemma_.lower() in frame.object_nouns or v.head.lower_ in frame.object_nouns)

    def slot_tokens(self, v: Token, frame: Frame) -> list[Token]:
        """The tokens a frame's slots hold under the verb, slot by slot."""
        return [t for slot in frame.slots for t in _slot(v, frame, slot)]

    def _bare_vote(self, v: Token, frame: Frame, frames: list[Frame]) -> bool:
        """A vote with no object whose choice the clause states: "A abstained", "B voted no",
        "the remaining members voted in favour"; not "met to vote on X" (no choice), and not this
        frame's reading of "voted against the text" (the other frame's)."""
        if any(c.dep_ == "dobj" for c in v.children):
            return False  # "vetoed S.J. Resolution 11": the object is what was voted on, or nothing
        if v.lemma_.lower() != "vote":
            return True  # "abstain", "veto": the verb is the choice
        if any(self.slot_tokens(v, f) for f in frames):
            return False
        said = {c.lower_ for c in v.children if c.dep_ in ("advmod", "dobj", "intj", "prt", "npadvmod", "acomp")}
        said |= {c.lower_ for c in v.children if c.dep_ == "prep" and not any(True for _ in c.children)}
        if any(
            c.lower_ == "in" and any(g.lemma_.lower() in ("favour", "favor") for g in c.children) for c in v.children
        ):
            said.add("yes")
        return bool(said & ({"yes", "for"} if frame.choice == "yes" else {"no", "against"}))

    def _vote_context(self, v: Token, ctx: SentenceContext) -> list[Target]:
        """A vote with no object: the resolution comes from the sentence ("In the UNGA votes on ..."),
        else it is the text the document last put to a vote ("A and B abstained")."""
        body = next((m for m in ctx.mentions if m.node_id in ("org:unga", "org:unsc", "org:unhrc")), None)
        if body is None:
            body = next((m for m in ctx.mentions if m.node_id == "org:un"), None)
        if body is None and v.lemma_.lower() == "veto":
            # only the Council's permanent members veto: "A and B veto C resolution"
            return [Target("resolution", name="org:unsc", facts={"body": "org:unsc", "context_vote": True})]
        if body is None:
            current = ctx.discourse.resolution
            return [current] if isinstance(current, Target) else []
        return [Target("resolution", name=f"{body.node_id}", facts={"body": body.node_id, "context_vote": True})]

    def emit(
        self,
        frame: Frame,
        sources: list[ActorMention],
        targets: list[Target],
        anchor: Token,
        ctx: SentenceContext,
        *,
        status: str | None,
        speaker: str | None,
    ) -> Iterator[Candidate]:
        rel = frame.rel
        if status == "abandoned" and anchor.dep_ == "xcomp" and anchor.head.lemma_.lower() in ADVOCACY_VERBS:
            # "We call on Pyongyang to abandon its programmes": the caller opposes what it wants abandoned
            rel, status = RelType.OPPOSES, None
        for s in sources:
            for t in targets:
                if t.actor is not None and t.actor.node_id == s.node_id:
                    continue
                if (
                    anchor.lemma_.lower() in CONCERN_WORDS
                    and t.head is not None
                    and t.head.lemma_.lower() in VALUE_NOUNS
                    and not t.facts.get("invert")
                ):
                    continue  # "concerned about arms control" worries for it: no stance against it
                inverted = bool(t.facts.get("invert")) and rel in INVERSE and not _wages(anchor, t)
                yield Candidate(
                    rel=INVERSE[rel] if inverted else rel,
                    source=s,
                    target=t,
                    sent=ctx.sent,
                    anchor=anchor,
                    extractor=f"{frame.name}+inverted" if inverted else frame.name,
                    choice=frame.choice,
                    status=status,
                    role=frame.role,
                    speaker=speaker if speaker and speaker != s.node_id else None,
                    source_says=frame.source_says,
                )

    def speaker_of(self, v: Token, ctx: SentenceContext) -> str | None:
        """The person whose saying frames this clause ("P stated that A agrees ...")."""
        t = v
        for _ in range(4):
            if t.dep_ in ("ccomp", "xcomp", "conj", "advcl") and t.head != t:
                t = t.head
                if t.lemma_.lower() in SAY_VERBS:
                    subs = self.subjects(t, ctx)[0]
                    people = [s for s in subs if s.kind is NodeKind.PERSON]
                    return people[0].node_id if people else None
            else:
                break
        voice = ctx.discourse.voice.speaker
        return voice.node_id if voice else None

    def held_in(self, v: Token, ctx: SentenceContext) -> Iterator[Candidate]:
        """ "The X Summit and the Y Summit were held successively in A and B"."""
        if not any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
            return
        events = [
            e for c in v.children if c.dep_ == "nsubjpass" for e in conjuncts(c) if e.lemma_.lower() in EVENT_HEADS
        ]
        if not events:
            return
        places = [a for p in prep_objects(v, ["in"]) for a in self.denote(p, ctx) if a.kind is NodeKind.STATE]
        respectively = any(c.lower_ in ("respectively", "successively") for c in v.subtree)
        if len(places) == len(events) and (respectively or len(events) == 1):
            pairs = list(zip(places, events, strict=True))
        elif len(places) == 1:
            pairs = [(places[0], e) for e in events]
        else:
            return
        for place, ev in pairs:
            yield Candidate(RelType.HOSTS, place, self.event_target(ev, ctx), ctx.sent, v, "held-in.v1", confidence=0.8)


#: fighting a struggle wages it (a cognate object, Quirk et al. 1985, 10.18: "fight a war", "fight the
#: battle"): what the struggle is against is what the fighter opposes, not what it supports
_FIGHTING = frozenset({"fight", "combat"})
_STRUGGLES = frozenset({"war", "battle", "fight", "struggle", "combat", "campaign", "crusade"})


def _wages(anchor: Token, target: Target) -> bool:
    """Whether a verb of fighting takes a struggle noun as its object ("we have fought the war against
    <Harm>"): the struggle's own "against" already says what is opposed, so the stance is not turned."""
    head = target.head
    return anchor.lemma_.lower() in _FIGHTING and head is not None and head.lemma_.lower() in _STRUGGLES
