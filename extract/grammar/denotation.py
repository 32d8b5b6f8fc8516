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
    is_purpose_of_text,
)
from .syntax import (
    prep_objects,
    unique_actors,
)
from .types import SentenceContext
from .words import (
    ADVOCACY_VERBS,
    BILATERAL_NOUNS,
    LIGHT_VERBS,
)


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
            # a list the parser hung as an apposition: "The United Arab Emirates, Argentina, Egypt and Ethiopia"
            for c in tok.children:
                if c.dep_ == "appos" and (m := self.mention_at(c, ctx)) is not None and m.kind is NodeKind.STATE:
                    heads += [h for h in conjuncts(c) if h not in heads]
        out: list[ActorMention] = []
        for head in heads:
            out.extend(self._denote_one(head, ctx))
        # "Like Ukraine, Moldova and Georgia are ..." is handled by the verb; "as well as X"
        for child in tok.children:
            if child.dep_ == "cc" and child.lower_ == "as":
                for sub in child.head.children:
                    if sub.dep_ == "conj" and sub not in heads:
                        out.extend(self._denote_one(sub, ctx))
        return unique_actors(out)

    def _denote_one(self, tok: Token, ctx: SentenceContext) -> list[ActorMention]:
        m = self.mention_at(tok, ctx)
        if m is not None and not m.is_adjective:
            return [m]
        if m is not None and m.kind is NodeKind.STATE and tok.pos_ == "PROPN" and tok.dep_ in ("dobj", "pobj"):
            return [m]  # "visited the US": a form that is mostly a modifier ("US sanctions") as a noun
        members = such_as(tok)
        if members:
            out = []
            for member in members:
                out.extend(self._denote_one(member, ctx))
            if out:
                return out
        word = tok.lower_
        ahead = self._cataphora(tok, ctx)
        if ahead:
            return ahead
        resolved = ctx.discourse.resolve(tok)
        if resolved:
            return resolved
        if tok.pos_ == "PRON" and word in ("that", "which", "who", "whom"):
            # a relative pronoun stands for the noun its clause modifies ("mechanisms that they participate in")
            clause = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
            if clause is not None:
                return self._denote_one(clause.head, ctx)
        if tok.dep_ == "attr" and tok.head.lemma_ == "be":
            for c in tok.head.children:
                if c.dep_ == "nsubj":
                    return self._denote_one(c, ctx)
        lemma = tok.lemma_.lower()
        modifiers = [c for c in tok.children if c.dep_ in ("amod", "compound", "poss", "nmod")]
        mod_actors = [self.mention_at(c, ctx) for c in modifiers]
        mod_actors = [a for a in mod_actors if a is not None]
        if m is not None and m.is_adjective and lemma in COLLECTIVE_HEADS | {"chinese", "russian"}:
            return [m]
        if lemma in COLLECTIVE_HEADS or word in COLLECTIVE_HEADS:
            poss = [c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PRON"]
            if poss and not mod_actors:
                return ctx.discourse.resolve(poss[0])
            if (
                mod_actors
                and lemma in ("government", "administration", "cabinet", "regime")
                and mod_actors[0].kind is NodeKind.PERSON
            ):
                state = self.state_of_person(mod_actors[0], ctx.date)
                return [state] if state else []
            if mod_actors:
                if lemma in ("president", "premier"):
                    person = self.linker.resolve_title(mod_actors[0].node_id, lemma, ctx.date)
                    return [self.office_holder(person, tok, ctx)] if person else []
                return mod_actors[:1] if len(mod_actors) == 1 else mod_actors
            # "the governments ... from the two countries", "those in Europe"
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("from", "of", "in"):
                    for pobj in c.children:
                        if pobj.dep_ == "pobj":
                            inner = self._denote_one(pobj, ctx)
                            if inner:
                                return inner
        if tok.tag_ == "NNS" and (from_ := prep_objects(tok, ["from"])):
            # "the governments ... and business enterprises from the two countries"
            found = [a for p in from_ for a in self.denote(p, ctx)]
            if found:
                return found
        if word in ("those", "these") or lemma in ("session", "plenary", "meeting"):
            for c in tok.children:
                if c.dep_ == "prep" and c.lower_ in ("in", "of", "from"):
                    for pobj in c.children:
                        if pobj.dep_ == "pobj":
                            inner = self.denote(pobj, ctx)
                            if inner:
                                return inner
        if lemma in TEXT_NOUNS and tok.dep_ == "nsubj" and (holders := penholders(tok, ctx)):
            # "The US initiative condemned the launch", "the Russian draft resolution expresses concern
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
            return self._denote_one(tok.head, ctx)  # "Jake Sullivan, our National Security Advisor, who ..."
        return []

    def _cataphora(self, tok: Token, ctx: SentenceContext) -> list[ActorMention]:
        """ "During her trip to Warsaw, Poland, today, U.S. Vice President Kamala Harris announced ...":
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
        """A title without a name: "the Russian foreign minister", "Chinese Foreign Ministry spokesperson"."""
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
        """The semantic subjects of a predicate and whether it is passive."""
        if v.dep_ in ("acomp", "oprd") or (v.dep_ == "prep" and v.lower_ == "against"):
            return self.subjects(v.head, ctx, depth + 1)  # "we remain committed to X": the copula's subject
        if v.lower_ in ADJ_FRAMES and is_copular_passive(v):
            # "China is opposed to X" reads as an adjective, not a passive with a missing agent
            return [a for c in v.children if c.dep_ == "nsubjpass" for a in self.denote(c, ctx)], False
        if is_purpose_of_text(v):
            return [], False
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children)
        if passive:
            agents = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            found = [a for p in agents for a in self.denote(p, ctx)]
            return found, True
        subject_tokens = [c for c in v.children if c.dep_ in ("nsubj", "csubj") and not is_expletive(c)]
        if any(is_expletive(c) for c in v.children if c.dep_ == "nsubj"):
            return [], False  # "it is essential to respect X": nobody in particular
        if subject_tokens and is_for_to_clause(v, subject_tokens[0]):
            # "call for Myanmar to return to X", "an invitation for him to visit": wished, not done
            return [], False
        if subject_tokens:
            # the parser may split one coordinated subject into several ("..., and even Switzerland imposed")
            found = unique_actors([a for c in subject_tokens for a in self.denote(c, ctx)])
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
        # "Like Ukraine, Moldova and Georgia are demanding ...": the parser put them all under "like"
        for like in (x for x in v.children if x.dep_ == "prep" and x.lower_ == "like" and x.i < v.i):
            found = [a for p in like.children if p.dep_ == "pobj" for a in self.denote(p, ctx)]
            if found:
                return found, False
        if depth > 4:
            return [], False
        head = v.head
        if v.dep_ == "conj" and head != v:
            if head.pos_ not in ("VERB", "AUX"):
                # a verb the parser coordinated with a preposition ("see that as a trend and propose
                # to X"): its subject is the nearest verb's above
                head = next((a for a in head.ancestors if a.pos_ in ("VERB", "AUX")), head)
            return self.subjects(head, ctx, depth + 1)
        if v.dep_ == "xcomp" and head != v and head.lemma_.lower() == "invite":
            # "invited Kim to visit Moscow": Kim is to visit; "were invited to enter BRICS": those invited
            invited = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
            among = head.head.head if head.dep_ == "acl" and head.head.dep_ == "pobj" else None
            if not invited and among is not None and among.lower_ == "among" and among.head.lemma_ == "be":
                # "Iran and Saudi Arabia were among six countries invited to join X"
                invited = [c for c in among.head.children if c.dep_ == "nsubj"]
            if invited:
                return [a for c in invited for a in self.denote(c, ctx)], False
        if v.dep_ in ("xcomp", "advcl", "ccomp") and head != v:
            # object control: "called on the BRICS countries to give" -> the object acts
            # "called on all countries to embrace X": the caller advocates X. "forced Y to leave": Y acts.
            if head.lemma_ not in ADVOCACY_VERBS:
                for c in head.children:
                    if (
                        c.dep_ == "dobj"
                        and v.dep_ == "xcomp"
                        and head.lemma_ in ("ask", "invite", "force", "require", "allow", "help")
                    ):
                        if head.lemma_ in ("ask", "require"):
                            # "a ruling that required Russia to stop X": a demand on Russia, not its act
                            return [], False
                        return self.denote(c, ctx), False
            return self.subjects(head, ctx, depth + 1)
        if v.dep_ == "pcomp" and head.dep_ == "prep":
            if head.head.pos_ in ("VERB", "AUX", "ADJ"):  # "resolute in upholding X": the copula's subject
                return self.subjects(head.head, ctx, depth + 1)
            return [], False
        if v.dep_ == "relcl":
            return self.denote(head, ctx), False
        if v.dep_ == "acl":
            agents = [p for c in v.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
            return [a for p in agents for a in self.denote(p, ctx)], True
        return [], False

    def owners(self, noun: Token, ctx: SentenceContext) -> list[ActorMention]:
        """Who a nominal predicate belongs to: "Xi's visit", "US sanctions", "paid a visit"."""
        for c in noun.children:
            if c.dep_ == "poss":
                return self.denote(c, ctx)
        # "US sanctions", "Western sanctions", "the China-Russia partnership" (Russia the compound, China under it)
        mods = [
            self.mention_at(t, ctx) for c in noun.children if c.dep_ in ("compound", "amod", "nmod") for t in c.subtree
        ]
        if noun.lower_ not in BILATERAL_NOUNS:
            mods = [self.mention_at(c, ctx) for c in noun.children if c.dep_ in ("compound", "amod", "nmod")]
        mods = unique_actors([m for m in mods if m is not None])
        if mods:
            return mods
        # "the Russia-proposed", "China-Russia cooperation": actors hyphenated in front
        if noun.lower_ in BILATERAL_NOUNS:
            left = [self.mention_at(t, ctx) for t in noun.subtree if t.i < noun.i]
            left = unique_actors(
                [m for m in left if m is not None and (m.kind is not NodeKind.PERSON or m.tok_end == noun.i)]
            )
            if left:
                return left
        # "the opposition from both China and Russia", "sanctions from the international community"
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
