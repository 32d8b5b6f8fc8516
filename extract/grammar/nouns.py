"""Noun frames: a nominal predicate ("P's visit to <city>", "sanctions on X", "the talks between A
and B") read with its owners and prepositional slots; agreements owned by their signatories."""

from __future__ import annotations

from collections.abc import Generator, Iterator

from spacy.tokens import Token

from diplograph.graph.schema import RelType

from ..actors import ActorLinker, ActorMention
from ..gazetteer import Gazetteer
from ..lexicon import (
    Frame,
)
from .clause import (
    ending,
    event_modality,
    is_negated,
    is_supposed,
    modality,
)
from .syntax import (
    prep_objects,
)
from .types import Candidate, SentenceContext, Target
from .words import (
    MODAL_TYPES,
    UNDERGO_VERBS,
)


class NounFrames:
    """The reader's part that applies noun frames: ``noun_claims`` and ``owned_agreement``."""

    linker: ActorLinker
    gaz: Gazetteer

    def noun_claims(self, noun: Token, frames: list[Frame], ctx: SentenceContext) -> Iterator[Candidate]:
        """The claim a nominal predicate states through the first of its frames that reads one."""
        if (noun.dep_ == "dobj" and is_negated(noun.head)) or is_supposed(noun):
            return
        if any(c.dep_ == "det" and c.lower_ in ("no", "any") for c in noun.children):
            return  # "there was no conversation", "any meeting between them": nothing asserted
        owners = self.owners(noun, ctx)
        first = noun
        while first.dep_ == "conj" and first.head != first:
            first = first.head
        undergo = first.dep_ == "dobj" and first.head.lemma_.lower() in UNDERGO_VERBS
        for frame in frames:
            if frame.rel is RelType.SANCTIONS and undergo:
                yield from self._undergone(noun, first, frame, ctx)
                return
            objs = [
                o for slot in frame.slots if slot.startswith("prep:") for o in prep_objects(noun, slot[5:].split("_"))
            ]
            between = [o for o in objs if o.head.lower_ == "between"]
            if frame.rel in (RelType.MEETS, RelType.COOPERATES_WITH) and (
                yield from self._between(noun, frame, owners, objs, between, ctx)
            ):
                return
            if frame.rel is RelType.MEMBER_OF and noun.lower_ in ("member", "members"):
                continue  # read by the membership family (membership.as-member), which knows the member
            targets = [t for o in objs if o not in between for t in self.classify(o, frame, ctx)]
            if not targets and frame.rel in (RelType.OPPOSES, RelType.SUPPORTS):
                targets = self._despite(noun, frame, ctx)
            if not targets or not owners:
                continue
            if (yield from self._owned_claims(noun, frame, owners, targets, ctx)):
                return

    def _undergone(self, noun: Token, first: Token, frame: Frame, ctx: SentenceContext) -> Iterator[Candidate]:
        """ "A suffered ... sanctions from the international community": the givers sanction A."""
        victims = self.subjects(first.head, ctx)[0]
        givers = [a for h in (noun, first) for p in prep_objects(h, ["from", "by"]) for a in self.denote(p, ctx)]
        yield from self.emit(
            frame, givers, [Target("actor", actor=v) for v in victims], noun, ctx, status=None, speaker=None
        )

    def _between(
        self,
        noun: Token,
        frame: Frame,
        owners: list[ActorMention],
        objs: list[Token],
        between: list[Token],
        ctx: SentenceContext,
    ) -> Generator[Candidate, None, bool]:
        """ "the talks between A and B", "A and B's partnership": the pair meets or cooperates; done
        when the noun names no other party."""
        pair = owners if len(owners) >= 2 else []
        if between:
            pair = self.denote(between[0], ctx)
        if len(pair) >= 2:
            ctx.discourse.note_pair(pair[0], pair[1])  # "both leaders" later in this sentence
        if len(pair) < 2 or [o for o in objs if o not in between]:
            return False
        others = [Target("actor", actor=a) for a in pair[1:]]
        status = (ending(noun) if frame.rel is RelType.COOPERATES_WITH else None) or modality(noun.head)
        yield from self.emit(frame, pair[:1], others, noun, ctx, status=status, speaker=None)
        return True

    def _despite(self, noun: Token, frame: Frame, ctx: SentenceContext) -> list[Target]:
        """ "X should go ahead despite the opposition from A": the opposition is to X."""
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("despite", "over", "amid", "against"):
            return []
        verb = noun.head.head
        subj = (
            [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
            if verb.pos_ in ("VERB", "AUX")
            else []
        )
        if not subj and verb.dep_ == "advcl":  # "Should X go ahead ..., despite the opposition ..., it would ..."
            subj = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
        return [t for sj in subj for t in self.classify(sj, frame, ctx)]

    def _owned_claims(
        self, noun: Token, frame: Frame, owners: list[ActorMention], targets: list[Target], ctx: SentenceContext
    ) -> Generator[Candidate, None, bool]:
        """The owners' claim on the targets, with the status the clause gives the noun; "at the
        invitation of P" makes P the host of the clause's subject. Done unless an invitation has no
        clause to host."""
        status = (
            "suspended"
            if frame.rel is RelType.MEMBER_OF and noun.head.lemma_ == "suspend"
            else modality(noun.head)
            if noun.dep_ == "dobj"
            else None
        )
        if frame.rel in MODAL_TYPES:
            status = event_modality(noun) or status
        if frame.rel is RelType.COOPERATES_WITH:
            status = ending(noun) or status  # "A suspended its cooperation with B": held no longer
        if frame.rel is not RelType.HOSTS:
            yield from self.emit(frame, owners, targets, noun, ctx, status=status, speaker=None)
            return True
        verb = noun.head.head if noun.head.dep_ == "prep" else None
        if verb is None or verb.pos_ not in ("VERB", "AUX"):
            return False
        guests = self.subjects(verb, ctx)[0]
        hosts = [t.actor for t in targets if t.actor]
        guest_targets = [Target("actor", actor=g) for g in guests]
        yield from self.emit(frame, hosts, guest_targets, noun, ctx, status=status, speaker=None)
        return True

    def owned_agreement(self, noun: Token, ctx: SentenceContext) -> Iterator[Candidate]:
        """ "The two countries' joint declaration on ...": the possessors signed it."""
        # "its bilateral agreements with Bangladesh": a pronoun's owner is a guess, and the text
        # names an agreement already made; only named owners sign here
        owners = [a for c in noun.children if c.dep_ == "poss" and c.pos_ != "PRON" for a in self.denote(c, ctx)]
        if not owners or (
            noun.dep_ in ("dobj",)
            and noun.head.lemma_.lower() in ("sign", "publish", "issue", "adopt", "ink", "conclude")
        ):
            return
        joint = any(c.lower_ in ("joint", "bilateral", "trilateral") for c in noun.children)
        if (len(owners) < 2 and not joint) or noun.lemma_.lower() in ("plan", "statement", "proposal"):
            return  # "his plan", "Hamas's statements": nothing was signed
        target = self.agreement_target(noun)
        for o in owners:
            yield Candidate(RelType.SIGNS, o, target, ctx.sent, noun, "sign-noun.v2")
