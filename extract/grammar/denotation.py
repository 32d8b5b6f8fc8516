"""What an argument denotes: the actors a token names, through coordination, "such as" lists,
pronouns and the discourse, titles without names, collectives ("the two governments"), and the
subjects and owners of predicates (passives, control, coordination, relative clauses)."""

from __future__ import annotations

from spacy.tokens import Token

from diplograph.graph.schema import NodeKind

from ..actors import ActorLinker, ActorMention
from ..gazetteer import Gazetteer
from ..lexicon import (
    ADJ_FRAMES,
)
from ..nps import (
    COLLECTIVE_HEADS,
    conjuncts,
    such_as,
)
from ..resolutions import TEXT_NOUNS, penholders
from .clause import (
    is_copular_passive,
    is_expletive,
    is_for_to_clause,
    is_infinitive,
    is_purpose_of_text,
)
from .syntax import (
    antecedent,
    prep_objects,
    unique_actors,
)
from .types import SentenceContext
from .words import (
    ADVOCACY_VERBS,
    BILATERAL_NOUNS,
    LIGHT_VERBS,
)

#: verbs whose object is the complement's subject (object control, Quirk et al. 1985, 16.52-16.53:
#: "forced B to leave", "enable us to halt X": B and "us" act)
_OBJECT_CONTROL = (
    "ask", "invite", "force", "require", "allow", "help", "enable", "permit", "empower", "compel", "oblige",
    "persuade",
)  # fmt: skip


def _thanked(holder: Token) -> list[Token]:
    """Who thanks go to, when ``holder`` is a noun of thanks or a verb whose object is one ("express
    our gratitude to P"): the objects of "to"."""
    nouns = [holder] if holder.lemma_.lower() in _CREDITING_NOUNS else []
    nouns += [c for c in holder.children if c.dep_ == "dobj" and c.lemma_.lower() in _CREDITING_NOUNS]
    if not nouns:
        return []
    return prep_objects(nouns[0], ["to"]) or prep_objects(holder, ["to"])


def _invited(invite: Token) -> list[Token]:
    """Who "invite" invites: its object or passive subject, or the subject of "be among" the ones
    invited ("A and B were among six countries invited to join X")."""
    invited = [c for c in invite.children if c.dep_ in ("dobj", "nsubjpass")]
    among = invite.head.head if invite.dep_ == "acl" and invite.head.dep_ == "pobj" else None
    if not invited and among is not None and among.lower_ == "among" and among.head.lemma_ == "be":
        invited = [c for c in among.head.children if c.dep_ == "nsubj"]
    return invited


#: verbs that credit or blame someone for a deed the speaker vouches for: "thank A for V-ing" (A did it)
_CREDITING_VERBS = {
    "thank", "commend", "praise", "congratulate", "applaud", "salute", "honour", "honor", "condemn", "denounce",
}  # fmt: skip
#: nouns of thanks whose "to" names the one credited with what "for" says: "gratitude to P for V-ing"
_CREDITING_NOUNS = {"appreciation", "gratitude", "thanks", "tribute", "congratulations", "recognition"}
#: verbs that report an allegation: "accuse A of V-ing" (A is said to, not known to, do it)
_ALLEGING_VERBS = {"accuse", "blame", "suspect", "charge", "criticize", "criticise", "fault", "reproach"}


#: verbs whose "that" clause says what the subject proposes another do
_PROPOSING = {"propose", "suggest", "recommend", "urge", "demand", "insist", "request", "ask"}


class Denotation:
    """The reader's part that finds actors: ``denote``, ``subjects``, ``owners``."""

    linker: ActorLinker
    gaz: Gazetteer

    def mention_at(self, tok: Token, ctx: SentenceContext) -> ActorMention | None:
        return ctx.by_token.get(tok.i)

    def denote(self, tok: Token, ctx: SentenceContext, *, expand: bool = True) -> list[ActorMention]:
        """The actors an argument names, over coordination and "such as" lists."""
        heads = conjuncts(tok) if expand else [tok]
        if expand and (first := self.mention_at(tok, ctx)) is not None and first.kind is NodeKind.STATE:
            # a list the parser hung as an apposition: "The A, B, C and D"
            for c in tok.children:
                if c.dep_ == "appos" and (m := self.mention_at(c, ctx)) is not None and m.kind is NodeKind.STATE:
                    if tok.i < tok.head.i < c.i:
                        # an apposition stands next to what it renames (Quirk et al. 1985, 17.65): one
                        # past the subject's own verb ("A has made contributions to B, C and D") is
                        # the parser's misattachment of a later list, not more subjects
                        continue
                    heads += [h for h in conjuncts(c) if h not in heads]
        out: list[ActorMention] = []
        for head in heads:
            out.extend(self._denote_one(head, ctx))
        # "Like A, B and C are ..." is handled by the verb; "as well as X"
        for child in tok.children:
            if child.dep_ == "cc" and child.lower_ == "as":
                for sub in child.head.children:
                    if sub.dep_ == "conj" and sub not in heads:
                        out.extend(self._denote_one(sub, ctx))
        return unique_actors(out)

    def _denote_one(self, tok: Token, ctx: SentenceContext) -> list[ActorMention]:
        """The actors one token names: by name, by reference, as a collective, through a phrase
        or a role; each way answers (possibly with nobody) or passes to the next."""
        m = self.mention_at(tok, ctx)
        if m is not None and not m.is_adjective:
            return [m]
        if m is not None and m.kind is NodeKind.STATE and tok.pos_ == "PROPN" and tok.dep_ in ("dobj", "pobj"):
            return [m]  # "visited the US": a form that is mostly a modifier ("US sanctions") as a noun
        for way in (self._by_reference, self._as_collective, self._through_phrase, self._by_role):
            found = way(tok, m, ctx)
            if found is not None:
                return found
        return []

    def _by_reference(self, tok: Token, m: ActorMention | None, ctx: SentenceContext) -> list[ActorMention] | None:
        """A "such as" list, a possessive looking ahead, the discourse's referent, a relative pronoun's
        antecedent, a predicate noun's subject."""
        members = such_as(tok)
        if members and tok.lemma_.lower() not in COLLECTIVE_HEADS and tok.lower_ not in COLLECTIVE_HEADS:
            # "conflicts such as those in A, B": "those" stands for the head (conflicts), not people
            members = [m for m in members if m.lower_ not in ("those", "these", "that")]
        if members:
            out = [a for member in members for a in self._denote_one(member, ctx)]
            if out:
                return out
        ahead = self._cataphora(tok, ctx)
        if ahead:
            return ahead
        resolved = ctx.discourse.resolve(tok)
        if resolved:
            return resolved
        if tok.pos_ == "PRON" and tok.lower_ in ("that", "which", "who", "whom"):
            # a relative pronoun stands for the noun its clause modifies ("mechanisms that they participate in")
            clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
            if clause is not None:
                return self._denote_one(antecedent(clause), ctx)
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":
            for c in tok.head.children:
                if c.dep_ == "nsubj":
                    return self._denote_one(c, ctx)
        return None

    def _as_collective(self, tok: Token, m: ActorMention | None, ctx: SentenceContext) -> list[ActorMention] | None:
        """A collective head ("the government", "both sides", "the two presidents") and the actors its
        modifiers, possessor or "of" phrase name."""
        lemma, word = tok.lemma_.lower(), tok.lower_
        modifiers = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        mod_actors = [a for a in (self.mention_at(c, ctx) for c in modifiers) if a is not None]
        if m is not None and m.is_adjective and lemma in COLLECTIVE_HEADS | {"chinese", "russian"}:
            return [m]
        if lemma not in COLLECTIVE_HEADS and word not in COLLECTIVE_HEADS:
            return None
        poss = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"]
        if poss and not mod_actors:
            return ctx.discourse.resolve(poss[0])
        if mod_actors:
            return self._modified_collective(tok, lemma, mod_actors, ctx)
        # "the governments ... from the two countries", "those in Europe". A capital stands for its
        # state's government only when it names the government in being ("the regime in <Capital>");
        # an indefinite head in a city names no such government, the city is only where it is to be
        # made ("a robust regime in <Capital>": the conference city; Quirk et al. 1985, 5.26-5.28,
        # non-specific reference), while "an illegitimate regime in <State>" is still the state's
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children)
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("from", "of", "in"):
                for pobj in c.children:
                    if pobj.dep_ == "pobj" and (inner := self._denote_one(pobj, ctx)):
                        if indefinite and c.lower_ == "in" and all(a.via == "metonym" for a in inner):
                            return None
                        return inner
        return None

    def _modified_collective(
        self, tok: Token, lemma: str, mod_actors: list[ActorMention], ctx: SentenceContext
    ) -> list[ActorMention]:
        """ "P's government" is P's state; "the P president" the office's holder; "A and B leaders"
        the modifiers."""
        if lemma in ("government", "administration", "cabinet", "regime") and mod_actors[0].kind is NodeKind.PERSON:
            state = self.state_of_person(mod_actors[0], ctx.date)
            return [state] if state else []
        if lemma in ("president", "premier"):
            person = self.linker.resolve_title(mod_actors[0].node_id, lemma, ctx.date)
            return [self.office_holder(person, tok, ctx)] if person else []
        return mod_actors[:1] if len(mod_actors) == 1 else mod_actors

    def _through_phrase(self, tok: Token, m: ActorMention | None, ctx: SentenceContext) -> list[ActorMention] | None:
        """ "enterprises from the two countries", "those in Europe", "the session of X": the actors of
        the phrase."""
        if tok.tag_ == "NNS" and (from_ := prep_objects(tok, ["from"])):
            found = [a for p in from_ for a in self.denote(p, ctx)]
            if found:
                return found
        if tok.lower_ in ("those", "these") or tok.lemma_.lower() in ("session", "plenary", "meeting"):
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "of", "from"):
                    for pobj in c.children:
                        if pobj.dep_ == "pobj" and (inner := self.denote(pobj, ctx)):
                            return inner
        return None

    def _by_role(self, tok: Token, m: ActorMention | None, ctx: SentenceContext) -> list[ActorMention] | None:
        """A draft's penholders, the body that adopted "the resolution", a title's holder, an
        apposition's head."""
        lemma = tok.lemma_.lower()
        if lemma in TEXT_NOUNS and tok.dep_ == "nsubj" and (holders := penholders(tok, ctx)):
            # "The A initiative condemned the launch", "the B draft resolution expresses concern
            # over X": a draft says what its penholders propose it say
            return holders
        if (
            lemma in ("resolution", "declaration", "declarations")
            and tok.dep_ in ("nsubj", "nsubjpass")
            and ctx.discourse.last_adopter
        ):
            return [ctx.discourse.last_adopter]  # "the resolution reaffirmed X": the body that adopted it
        title = self._title_only(tok, ctx)
        if title:
            return [title]
        if tok.dep_ == "appos" and tok.head != tok:
            return self._denote_one(tok.head, ctx)  # "P, our National Security Advisor, who ..."
        return None

    def _cataphora(self, tok: Token, ctx: SentenceContext) -> list[ActorMention]:
        """ "During her trip to <city>, <state>, today, Vice President P announced ...":
        a possessive in a phrase fronted before the clause's subject is that subject's."""
        if tok.dep_ != "poss" or tok.lower_ not in ("his", "her", "its", "their"):
            return []
        noun, prep = tok.head, tok.head.head
        if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.head.pos_ not in ("VERB", "AUX") or prep.i > prep.head.i:
            return []
        subject = next((c for c in prep.head.children if c.dep_ == "nsubj" and c.i > tok.i), None)
        if subject is None or subject.pos_ == "PRON":
            return []
        found = self.denote(subject, ctx)
        people = tok.lower_ in ("his", "her")
        found = [a for a in found if (a.kind is NodeKind.PERSON) == people or tok.lower_ == "their"]
        return found if len(found) == 1 or tok.lower_ == "their" else []

    def state_of_person(self, person: ActorMention, date: str | None) -> ActorMention | None:
        of = person.office.of if person.office and person.office.of else None
        if of is None:
            offices = [o for o in self.gaz.offices(person.node_id, date) if o.of.startswith("state:")]
            of = offices[0].of if offices else None
        entry = self.gaz.get(of) if of else None
        if entry is None:
            return None
        return ActorMention(
            person.start,
            person.end,
            person.tok_start,
            person.tok_end,
            entry.id,
            entry.kind,
            entry.name,
            person.surface,
            "office",
        )

    def _title_only(self, tok: Token, ctx: SentenceContext) -> ActorMention | None:
        """A title without a name: "the <demonym> foreign minister", "<demonym> Foreign Ministry spokesperson"."""
        from ..gazetteer import role_kind

        if tok.pos_ not in ("NOUN", "PROPN") or self.mention_at(tok, ctx):
            return None
        words = [c for c in tok.lefts if c.dep_ in ("compound", "amod")] + [tok]
        title = " ".join(w.text for w in words if not self.mention_at(w, ctx))
        kind = role_kind(title)
        if kind is None:
            return None
        of = next((self.mention_at(w, ctx) for w in words if self.mention_at(w, ctx)), None)
        if of is None:
            return None
        person = self.linker.resolve_title(of.node_id, title, ctx.date)
        return self.office_holder(person, tok, ctx) if person else None

    def office_holder(self, person_id: str, tok: Token, ctx: SentenceContext) -> ActorMention:
        entry = self.gaz.get(person_id)
        name = entry.name if entry else person_id
        start = tok.doc[tok.left_edge.i : tok.i + 1]
        offset = ctx.sent.doc.user_data.get("offset", 0)
        return ActorMention(
            start=offset + start.start_char,
            end=offset + start.end_char,
            tok_start=start.start,
            tok_end=start.end,
            node_id=person_id,
            kind=NodeKind.PERSON,
            name=name,
            surface=start.text,
            via="title",
        )

    def subjects(self, v: Token, ctx: SentenceContext, depth: int = 0) -> tuple[list[ActorMention], bool]:
        """The semantic subjects of a predicate and whether it is passive: its own, else those it
        inherits through coordination, control and subordination (a few levels up at most)."""
        own = self._own_subjects(v, ctx, depth)
        if own is not None:
            return own
        if depth > 4:
            return [], False
        return self._inherited_subjects(v, ctx, depth)

    def _own_subjects(self, v: Token, ctx: SentenceContext, depth: int) -> tuple[list[ActorMention], bool] | None:
        """The subjects the predicate's own clause names (a passive's agent among them), or None."""
        if v.dep_ in ("acomp", "oprd") or (v.dep_ == "prep" and v.lower_ == "against"):
            return self.subjects(v.head, ctx, depth + 1)  # "we remain committed to X": the copula's subject
        if v.lower_ in ADJ_FRAMES and is_copular_passive(v):
            # "A is opposed to X" reads as an adjective, not a passive with a missing agent
            return [a for c in v.children if c.dep_ == "nsubjpass" for a in self.denote(c, ctx)], False
        if is_purpose_of_text(v):
            return [], False
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
            agents = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            return [a for p in agents for a in self.denote(p, ctx)], True
        return self._active_subjects(v, ctx, depth)

    def _active_subjects(self, v: Token, ctx: SentenceContext, depth: int) -> tuple[list[ActorMention], bool] | None:
        """An active clause's subjects, "like" phrases with them; or None when it names none."""
        subject_tokens = [c for c in v.children if c.dep_ in ("nsubj", "csubj") and not is_expletive(c)]
        if any(is_expletive(c) for c in v.children if c.dep_ == "nsubj"):
            return [], False  # "it is essential to respect X": nobody in particular
        if v.dep_ == "ccomp" and v.tag_ == "VB" and v.head.lemma_.lower() in ("help", "assist"):
            # "with a view to helping A overcome X": the parser gave the bare verb A as its subject;
            # what the helper helps to do is the helper's aim, and A's stance is not stated
            return self.subjects(v.head, ctx, depth + 1)
        if subject_tokens and is_for_to_clause(v, subject_tokens[0]):
            # "call for A to return to X", "an invitation for him to visit": wished, not done
            return [], False
        if not subject_tokens and not is_infinitive(v):
            # "...; that are directly financing X": the parser hung a finite clause's subject on its
            # auxiliary; it is still this clause's subject, and no earlier clause's
            subject_tokens = [
                s for a in v.children if a.dep_ in ("aux", "auxpass") for s in a.children if s.dep_ == "nsubj"
            ]
        if subject_tokens:
            # the parser may split one coordinated subject into several ("..., and even A imposed")
            found = unique_actors([a for c in subject_tokens for a in self.denote(c, ctx)])
            if v.dep_ == "ccomp" and v.head.lemma_.lower() in _PROPOSING:
                # "I propose that A convene X": what the speaker proposes another
                # do is the speaker's proposal, not the other's stance ("that we end X" stays ours)
                own = ctx.discourse.voice.own_ids
                found = [a for a in found if a.node_id in own]
            for like in (x for x in v.children if x.dep_ == "prep" and x.lower_ == "like"):
                for pobj in like.children:
                    if pobj.dep_ == "pobj":
                        found = unique_actors(found + self.denote(pobj, ctx))
            return found, False
        # the parser sometimes hangs the real subject clause off a subject-less root as advcl:
        # "..., the two countries will safeguard X, oppose Y, preserve Z"
        for c in v.children:
            if (
                c.dep_ in ("advcl", "ccomp", "parataxis", "dep")
                and c.i < v.i
                and any(g.dep_ == "nsubj" for g in c.children)
            ):
                return self.subjects(c, ctx, depth + 1)
        # "Like A, B and C are demanding ...": the parser put them all under "like"
        for like in (x for x in v.children if x.dep_ == "prep" and x.lower_ == "like" and x.i < v.i):
            found = [a for p in like.children if p.dep_ == "pobj" for a in self.denote(p, ctx)]
            if found:
                return found, False
        return None

    def _inherited_subjects(self, v: Token, ctx: SentenceContext, depth: int) -> tuple[list[ActorMention], bool]:
        """The subjects a predicate without its own takes from the clause it depends on."""
        head = v.head
        if v.dep_ == "conj" and head != v:
            if head.pos_ == "NOUN" and head.dep_ == "appos":
                # "P, an N of and advocate for X": a noun the tagger took for a verb, coordinated
                # with an apposition that describes P; nobody's stance is stated
                return [], False
            if head.pos_ not in ("VERB", "AUX"):
                # a verb the parser coordinated with a preposition ("see that as a trend and propose
                # to X"): its subject is the nearest verb's above
                head = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), head)
            elif head.dep_ == "pcomp" and head.tag_ == "VBG" and v.tag_ in ("VB", "VBP", "VBZ", "VBD"):
                # "we commend A for addressing X and welcome Y": a finite or bare verb does not
                # coordinate with the gerund (A's deed) but with the clause the gerund hangs under
                head = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), head)
            elif head.dep_ == "acl" and head.tag_ == "VBN" and v.tag_ in ("VB", "VBP", "VBZ"):
                # "uphold the regime represented by A and promote X": the parser hung the second verb
                # on the participle; a finite or bare verb coordinates with the clause above, not A
                head = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX") and a.dep_ != "acl"), head)
            return self.subjects(head, ctx, depth + 1)
        if v.dep_ == "xcomp" and head != v and head.lemma_.lower() == "invite" and (invited := _invited(head)):
            # "invited P to visit B": P is to visit; "were invited to enter X": those invited
            return [a for c in invited for a in self.denote(c, ctx)], False
        if v.dep_ in ("xcomp", "advcl", "ccomp") and head != v:
            return self._controlled_subjects(v, head, ctx, depth)
        if v.dep_ == "pcomp" and head.dep_ == "prep":
            crediting = head.head.lemma_.lower()
            if head.lower_ in ("for", "of") and crediting in _ALLEGING_VERBS:
                return [], False  # "they accuse us of trying to build X": alleged, by nobody's own word
            credited = [c for c in head.head.children if c.dep_ == "dobj"]
            if head.lower_ == "for" and (thanked := _thanked(head.head)):
                # "express our appreciation to P for V-ing ... and V-ing X": P did it
                return [a for c in thanked for a in self.denote(c, ctx)], False
            if head.lower_ == "for" and crediting in _CREDITING_VERBS and credited and credited[0].lower_ != "you":
                # "thank the United Nations for supporting X", "condemn A for violating Y": the one
                # thanked or condemned did it ("thank you": the one addressed, read as before)
                return [a for c in credited for a in self.denote(c, ctx)], False
            if head.head.pos_ in ("VERB", "AUX", "ADJ"):  # "resolute in upholding X": the copula's subject
                return self.subjects(head.head, ctx, depth + 1)
            return [], False
        if v.dep_ == "relcl":
            if head.dep_ == "pobj" and head.head.head.pos_ == "VERB" and is_infinitive(v):
                # "working with agencies such as the UNDP to support developing countries": an
                # infinitive after a verb's prepositional object is that verb's purpose
                return self.subjects(head.head.head, ctx, depth + 1)
            return self.denote(head, ctx), False
        if v.dep_ == "acl":
            agents = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            return [a for p in agents for a in self.denote(p, ctx)], True
        return [], False

    def _controlled_subjects(
        self, v: Token, head: Token, ctx: SentenceContext, depth: int
    ) -> tuple[list[ActorMention], bool]:
        """A complement's subject: the object of an object-control verb ("forced B to leave": B acts),
        nobody for a demand ("required A to stop X"), else the governing clause's subject ("called on
        all countries to embrace X": the caller advocates X)."""
        if head.lemma_ not in ADVOCACY_VERBS and v.dep_ == "xcomp" and head.lemma_ in _OBJECT_CONTROL:
            for c in head.children:
                if c.dep_ == "dobj":
                    if head.lemma_ in ("ask", "require"):
                        # "a ruling that required A to stop X": a demand on A, not its act
                        return [], False
                    if head.lemma_ == "help" and head.dep_ in ("pcomp", "xcomp", "advcl"):
                        # "with a view to helping A achieve X": the helper's aim, not A's stated stance
                        return self.subjects(head, ctx, depth + 1)
                    return self.denote(c, ctx), False
        return self.subjects(head, ctx, depth + 1)

    def owners(self, noun: Token, ctx: SentenceContext) -> list[ActorMention]:
        """Who a nominal predicate belongs to: "P's visit", "<state> sanctions", "paid a visit"."""
        for c in noun.children:
            if c.dep_ == "poss":
                return self.denote(c, ctx)
        # "<state> sanctions", "Western sanctions", "the A-B partnership" (B the compound, A under it)
        mods = [
            self.mention_at(t, ctx) for c in noun.children if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree
        ]
        if noun.lower_ not in BILATERAL_NOUNS:
            mods = [self.mention_at(c, ctx) for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
        mods = unique_actors([m for m in mods if m is not None])
        if mods:
            return mods
        # "the A-proposed", "A-B cooperation": actors hyphenated in front
        if noun.lower_ in BILATERAL_NOUNS:
            left = [self.mention_at(t, ctx) for t in noun.subtree if t.i < noun.i]
            left = unique_actors(
                [m for m in left if m is not None and (m.kind is not NodeKind.PERSON or m.tok_end == noun.i)]
            )
            if left:
                return left
        # "the opposition from both A and B", "sanctions from the international community"
        givers = [a for p in prep_objects(noun, ["from", "by"]) for a in self.denote(p, ctx)]
        if givers:
            return givers
        for c in noun.children:
            if c.dep_ == "acl":
                agents = [p for a in c.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
                if agents:
                    return [x for p in agents for x in self.denote(p, ctx)]
        head = noun.head
        if noun.dep_ in ("dobj", "attr") and head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in LIGHT_VERBS:
            return self.subjects(head, ctx)[0]
        if (
            noun.dep_ == "pobj"
            and head.dep_ == "prep"
            and head.head.pos_ in ("VERB",)
            and head.lower_ in ("in", "during", "through", "with")
        ):
            return []
        return []
