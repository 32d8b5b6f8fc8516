"""Claims from grammar: predicate frames applied over the dependency parse, sentence by sentence.

For each predicate (a verb of lexicon.VERB_FRAMES or a noun of lexicon.NOUN_FRAMES) the reader
finds its source (subject, passive agent, possessor, or inherited through coordination, control
and purpose clauses) and its target (the frame's slots), expands coordinated and "such as"
arguments, and records what the clause says about the fact: negation (no claim), modality
(``status``: planned, pledged, ...), reported speech (``speaker``), pairing with "respectively".
Then it walks the constructions families (``extract/constructions``), each a reader of shapes
beyond one predicate, in the order ``constructions.READING_ORDER`` gives.

The reader's parts live in ``extract/grammar``: what an argument denotes (``denotation``), what a
target names (``targets``), verb and noun frames (``verbs``, ``nouns``), clause meaning
(``clause``). Tests: tests/extract/test_claims.py end to end, tests/unit by construction.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from spacy.tokens import Token

from diplograph.graph.schema import RelType

from .actors import ActorLinker, ActorMention
from .grammar.clause import is_copular_passive, is_question
from .grammar.denotation import Denotation
from .grammar.issue_names import INVERSE
from .grammar.nouns import NounFrames
from .grammar.reported import expected_by_voice, is_described_function, is_others_stance, is_reported_stance
from .grammar.syntax import unique_actors
from .grammar.targets import Targets
from .grammar.types import Candidate, ConstructionFn, SentenceContext, Target
from .grammar.verbs import VerbFrames
from .lexicon import ADJ_FRAMES, NOUN_FRAMES, frames_for
from .nps import AGREEMENT_HEADS

__all__ = ["INVERSE", "Candidate", "ClaimReader", "ConstructionFn", "SentenceContext", "Target"]


class ClaimReader(Denotation, Targets, VerbFrames, NounFrames):
    """Reads one sentence's claims: its predicates' frames, then the constructions families."""

    def __init__(self, linker: ActorLinker, constructions: Sequence[tuple[str, ConstructionFn]] = ()) -> None:
        self.linker = linker
        self.gaz = linker.gaz
        #: the readers of the constructions families (extract/constructions), walked after the frames
        self.constructions = list(constructions)

    def read_sentence(self, ctx: SentenceContext) -> list[Candidate]:
        out, seen_subjects = self._frames(ctx)
        for _name, construction in self.constructions:
            out.extend(construction(self, ctx, out))
        # "by its calls for X" in a speech: the speaker's accusation, not the other's position
        # ("the Council, which ensures X": what the body is for, not a stance it takes)
        out = [c for c in out if not is_reported_stance(c, ctx) and not is_described_function(c)]
        out = self._own_voice(out, ctx)
        ctx.discourse.note_subject(unique_actors(seen_subjects))
        if is_question(ctx.sent):
            # "Is the president willing to hold a summit with P?" asserts no summit; the title
            # in it still names the office its holder holds
            return [c for c in out if c.rel is RelType.HOLDS_OFFICE]
        return out

    @staticmethod
    def _own_voice(out: list[Candidate], ctx: SentenceContext) -> list[Candidate]:
        """A speech's position claims held by its own voice: what it says another actor seeks or
        rejects is the speaker's report, and no claim; what it expects or hopes another will do
        ("we expect A to respect X") is the speaking state's own stance, if it states none on X."""
        state = ctx.discourse.voice.state
        own = ctx.discourse.voice.own_ids
        kept: list[Candidate] = []
        for c in out:
            if not is_others_stance(c, ctx, out):
                kept.append(c)
            elif (
                state is not None
                and expected_by_voice(c, ctx)
                and not any(o.source.node_id in own and o.target.key == c.target.key for o in (*out, *kept))
            ):
                kept.append(replace(c, source=state, extractor=f"{c.extractor}+expected"))
        return kept

    def _frames(self, ctx: SentenceContext) -> tuple[list[Candidate], list[ActorMention]]:
        """Each predicate's frames, token by token; and the subjects the sentence's clauses name."""
        out: list[Candidate] = []
        seen_subjects: list[ActorMention] = []
        for tok in ctx.tokens:
            if tok.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" for c in tok.children):
                ctx.discourse.note_subject(self.subjects(tok, ctx)[0])
            adjectival = self._adjective_claims(tok, ctx)
            if adjectival is not None:
                out.extend(adjectival)
                continue
            if self._is_predicate_verb(tok):
                frames = frames_for(tok.lemma_.lower(), tok.lower_)
                if frames:
                    out.extend(self.verb_claims(tok, frames, ctx))
                if tok.lemma_.lower() == "hold" or tok.lower_ == "held":
                    out.extend(self.held_in(tok, ctx))
            if tok.pos_ in ("NOUN", "PROPN"):
                frames = NOUN_FRAMES.get(tok.lower_) or NOUN_FRAMES.get(tok.lemma_.lower())
                if frames:
                    out.extend(self.noun_claims(tok, frames, ctx))
                if tok.lemma_.lower() in AGREEMENT_HEADS:
                    out.extend(self.owned_agreement(tok, ctx))
            if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.pos_ in ("VERB", "AUX"):
                seen_subjects.extend(self.denote(tok, ctx))
        return out, seen_subjects

    def _adjective_claims(self, tok: Token, ctx: SentenceContext) -> list[Candidate] | None:
        """An adjective's frames ("is opposed to X", "remains committed to X", "is firmly against
        X"), or None when the token is not such a predicate (the verb and noun frames then read it)."""
        if tok.dep_ in ("acomp", "oprd") or (
            tok.pos_ == "VERB" and tok.lower_ in ADJ_FRAMES and is_copular_passive(tok)
        ):
            adj_frames = ADJ_FRAMES.get(tok.lower_) or ADJ_FRAMES.get(tok.lemma_.lower())
            if adj_frames:
                return list(self.verb_claims(tok, adj_frames, ctx))
        if (
            tok.lower_ == "against"
            and tok.dep_ == "prep"
            and tok.head.lemma_ == "be"
            and not any(c.dep_ in ("attr", "acomp") for c in tok.head.children)
        ):
            # "we are against X": the phrase is the predicative complement; when "be" has another
            # ("having been the victim of attacks ... against X"), it is an adjunct of that one
            return list(self.verb_claims(tok, ADJ_FRAMES["against"], ctx))
        return None

    @staticmethod
    def _is_predicate_verb(tok: Token) -> bool:
        if tok.pos_ in ("VERB", "AUX"):
            return True
        # the tagger's slips in coordinations: "abstained, abstained, and vetoed" (2nd as JJ)
        return tok.tag_ in ("VBN", "VBD", "JJ") and tok.dep_ == "conj" and tok.head.pos_ in ("VERB", "ADJ")
