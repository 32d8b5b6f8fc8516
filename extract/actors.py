"""Actor mentions: the gazetteer first, the model's entities second, titles and offices on top.

What the model gets wrong on news text is measured in shared/design/nlp-notes.md ("Lavrov" as
ORG, "BRICS" as GPE, "Tajikistan" as NORP, a side of "Russia-Ukraine" lost): a reference
gazetteer of states, organisations, groups and office-holders is matched first and its spans win.
The model's PERSON and ORG entities the gazetteer does not know become new actors only where
they look like names. Ambiguous surface forms ("Georgia", "Jordan", "Turkey") need the model to
agree that they are a place or organisation.

Titles are read off the tokens before a person ("Russian Foreign Minister Lavrov",
"Tajikistan's President Rahmon") and give an office; a title without a name ("the Russian
foreign minister", "THE PRESIDENT") resolves through the office-holders gazetteer at the date.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from diplograph.graph.schema import NodeKind, make_id, slugify

from .gazetteer import Gazetteer, role_kind
from .handoffs import ActorMention, Office

__all__ = ["ActorLinker", "ActorMention", "Office"]

# Words that make up titles before a name ("Foreign Minister", "Prime Minister", "spokesperson").
TITLE_WORDS = {
    "president",
    "vice",
    "prime",
    "minister",
    "foreign",
    "secretary",
    "state",
    "general",
    "premier",
    "chancellor",
    "taoiseach",
    "king",
    "queen",
    "emperor",
    "prince",
    "crown",
    "supreme",
    "leader",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "ministry",
    "affairs",
    "defence",
    "defense",
    "deputy",
    "first",
    "chairman",
    "chair",
    "chief",
    "ambassador",
    "envoy",
    "special",
    "representative",
    "high",
    "commission",
    "commissioner",
    "council",
    "senior",
    "press",
    "sheikh",
    "emir",
    "sultan",
    "lady",
}
#: the title words only a person holds, heads of a title ("<demonym> UN representative P",
#: "P, Minister of Foreign Affairs of X"): beside a name the model typed as an organisation, they
#: say it is a person
PERSON_TITLE_HEADS = {
    "president",
    "minister",
    "secretary",
    "premier",
    "chancellor",
    "taoiseach",
    "king",
    "queen",
    "emperor",
    "prince",
    "sheikh",
    "emir",
    "sultan",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "chairman",
    "ambassador",
    "envoy",
    "representative",
    "commissioner",
}
_NOT_A_NAME = re.compile(r"^(?:[A-Z]{2,}|The|This|That|These|Those|Mr|Mrs|Ms|Dr|Q|PDF|Copy|Link|Email|Print)$")
#: lower-case particles inside a person's name ("Asma al-Assad", "Ursula von der Leyen")
_NAME_PARTICLES = {"al", "el", "bin", "ibn", "bint", "van", "von", "der", "den", "de", "du", "da", "di", "la", "le"}
_HONORIFICS = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "madam", "sir", "h.e.", "his", "her", "excellency"}


def _longer_name(ent: Span, span: Span) -> bool:
    """Whether ``ent`` adds capitalised name words to ``span`` (determiners and titles aside)."""
    extra = [t for t in ent if t.i < span.start or t.i >= span.end]
    return any(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in _TITLE_WORDS for t in extra)


#: nouns that end a title, not an organisation's name: "National Security Advisor"
_OFFICE_NOUNS = {
    "advisor",
    "adviser",
    "secretary",
    "minister",
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "ambassador",
    "envoy",
    "director",
    "administrator",
    "coordinator",
    "president",
    "chairman",
    "chairwoman",
    "chair",
    "governor",
    "senator",
    "representative",
    "counselor",
    "counsellor",
}
#: the heads of names that name a matter, not an actor: plans, instruments, aims and measures (WordNet
#: noun.cognition, noun.communication and noun.act senses only: "strategy", "agenda", "initiative",
#: "treaty", "goal", "measure") and activities or conditions named as issues (noun.act, noun.state:
#: "fishing", "coverage", "security", "development"). The model types such capitalised names as
#: organisations or persons ("the <Adjective> <Adjective> Measures", "the <Name> Initiative"); no body
#: or person is named by them, so they make no actor and a stance on them is read as one on an issue.
#: Bodies (noun.group: "council", "coalition", "forum", "fund") and meetings keep their names.
_MATTER_NAME_HEADS = frozenset(
    {
        "strategy", "plan", "agenda", "initiative", "programme", "program", "framework", "goal", "policy",
        "treaty", "convention", "agreement", "protocol", "declaration", "charter", "compact", "accord",
        "pact", "principle", "consensus", "measure", "sanction", "procedure", "coverage", "fishing",
        "security", "development", "change", "cooperation", "right", "contribution", "index", "report",
        "vision", "reform", "recovery", "response", "transition", "disease", "problem", "law", "doctrine",
        "statement", "document", "extremism", "warming", "governance", "coexistence", "peace", "economy",
        "mutilation",
    }
)  # fmt: skip


#: the heads of capitalised names that name a place, a building or a collective, never a person
#: (WordNet noun.location: "site", "town", "region"; noun.artifact: "mosque", "shrine", "monument";
#: noun.object: "earth"; noun.group: "regime", "power", "coalition"). The model types such names as
#: persons ("the <Adjective> Holy Sites", "Mother Earth", "the <Noun> Regime"); read only where every
#: word of the name is an English common word, so a person whose family name is also a noun keeps
#: their name ("<Given> Hill", "<Given> Power").
_NON_PERSON_NAME_HEADS = frozenset(
    {
        "site", "place", "shrine", "sanctuary", "mosque", "church", "temple", "cathedral", "monastery",
        "monument", "tomb", "palace", "tower", "wall", "gate", "square", "city", "town", "village",
        "province", "district", "region", "valley", "river", "mountain", "island", "sea", "ocean",
        "lake", "bay", "gulf", "desert", "coast", "peninsula", "basin", "heights", "earth", "planet",
        "world", "nature", "regime", "power", "coalition", "alliance", "bloc", "system",
    }
)  # fmt: skip


#: the heads of :data:`_NON_PERSON_NAME_HEADS` that English does not use as family names: a name
#: they head is a place's after any first word ("the <Name> Basin", "the <Name> Seas"; WordNet
#: noun.location and noun.object geographic features)
_PLACE_ONLY_NAME_HEADS = frozenset(
    {"sea", "ocean", "basin", "valley", "mountain", "desert", "peninsula", "heights", "coast", "gulf", "province",
     "district", "region", "site", "mosque", "shrine", "sanctuary", "cathedral", "monastery"}
)  # fmt: skip


#: the first words of the names of storms and of places named by a class of land or water (WMO tropical
#: cyclone naming: "Hurricane <Name>", "Cyclone <Name>", "Storm <Name>"; UNGEGN's generic terms of a
#: geographical name placed first: "Lake <Name>", "Mount <Name>", "Cape <Name>"): a given name after
#: them is the storm's or the place's
_NON_PERSON_FIRST_WORDS = frozenset(
    {"hurricane", "hurricanes", "cyclone", "cyclones", "typhoon", "typhoons", "storm", "storms", "tropical",
     "lake", "mount", "mt", "cape"}
)  # fmt: skip


def names_a_place_or_storm(tokens: list[Token]) -> bool:
    """Whether a name the model typed as a person's is a storm's or a place's: a storm or a geographic
    class before it or as its first word (:data:`_NON_PERSON_FIRST_WORDS`). (A place named only by its
    context, "in <Name>" or "towns, including <Name>", is left to the model: with no node of its own the
    name would become an issue target of the clause, a worse misreading.)"""
    first = tokens[0]
    before = first.doc[first.i - 1].lower_ if first.i > 0 else ""
    return first.lower_ in _NON_PERSON_FIRST_WORDS or before in _NON_PERSON_FIRST_WORDS


def names_a_matter(word: Token) -> bool:
    """Whether a name's head word (:data:`_MATTER_NAME_HEADS`, singular or plural) makes it the name of a
    plan, instrument, measure or issue rather than of an actor."""
    w = word.lower_
    return w in _MATTER_NAME_HEADS or (w.endswith("s") and w[:-1] in _MATTER_NAME_HEADS)


#: words a model may fold into a person's or body's entity without making it another name
_TITLE_WORDS = {"president", "prime", "minister", "foreign", "chairman", "king", "queen", "mr", "mrs", "ms", "dr"}


def _glued_full_stop(t: Token) -> bool:
    """A sentence's last word with the sentence's full stop inside it ("... and <Name> Sen." read as
    the abbreviation "Sen."): the stop is the sentence's, not the word's."""
    return len(t.text) > 2 and t.text.endswith(".") and t.is_sent_end


def _name_part(t: Token) -> bool:
    """A lower-case word inside a person's name: a particle ("al-Assad"), a hyphenated part ("Ka-chiu")."""
    hyphenated = t.i > 0 and t.doc[t.i - 1].text == "-" and not t.doc[t.i - 1].whitespace_
    return t.lower_ in _NAME_PARTICLES or hyphenated


def _case_sensitive(surface: str) -> bool:
    """Acronyms and dotted forms match on exact case ("US", not "us"; "U.S.")."""
    letters = [c for c in surface if c.isalpha()]
    return len(surface) <= 4 or "." in surface or (bool(letters) and all(c.isupper() for c in letters))


#: the label of the names that hold an actor's form but name no actor (gazetteer/data/blockers.yaml)
_NOT_ACTOR = "NOT_ACTOR"


class ActorLinker:
    """Finds actor mentions in spaCy Docs; one instance per pipeline (it holds the matchers)."""

    def __init__(self, nlp: Language, gazetteer: Gazetteer | None = None) -> None:
        self.gaz = gazetteer or Gazetteer.load()
        self._common_nouns = _noun_index(nlp)
        self._common_words = self._common_nouns | _noun_index(nlp, "adj")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.folded = PhraseMatcher(nlp.vocab, attr="LOWER")
        # names that hold an actor's form but name no actor ("South China Sea", "Northern Ireland"):
        # matched as spans of their own, so the longest match keeps the actor's form from matching
        self.blocked = PhraseMatcher(nlp.vocab, attr="LOWER")
        blockers = [nlp.make_doc(b) for b in self.gaz.blockers("en")]
        if blockers:
            self.blocked.add(_NOT_ACTOR, blockers)
        self._surface: dict[str, tuple[str, bool, str]] = {}  # match key -> (node id, ambiguous, via)
        patterns_exact: dict[str, list[Doc]] = {}
        patterns_folded: dict[str, list[Doc]] = {}
        seen: set[tuple[str, str]] = set()
        for surface, entry in self.gaz.surface_forms("en"):
            surface = surface.strip()
            if not surface or (surface, entry.id) in seen:
                continue
            seen.add((surface, entry.id))
            ambiguous = surface in entry.ambiguous
            via = "gazetteer"
            if surface in entry.demonyms:
                via = "demonym"
            elif surface in entry.metonyms:
                via = "metonym"
            key = f"{entry.id}|{int(ambiguous)}|{via}"
            self._surface[key] = (entry.id, ambiguous, via)
            target = patterns_exact if _case_sensitive(surface) else patterns_folded
            target.setdefault(key, []).append(nlp.make_doc(surface))
        for key, docs in patterns_exact.items():
            self.exact.add(key, docs)
        for key, docs in patterns_folded.items():
            self.folded.add(key, docs)

    def surface_of(self, key: str) -> tuple[str, bool, str]:
        """A matcher key's (node id, ambiguous, via): what the form a match found stands for."""
        return self._surface[key]

    # -- linking ----------------------------------------------------------------------------

    def link(self, doc: Doc, *, offset: int, date: str | None, known_people: dict[str, str]) -> list[ActorMention]:
        """Actor mentions of a paragraph Doc, sorted by position.

        ``known_people`` maps surnames and full names of people seen earlier in the document to
        their ids, so "Henry Kissinger ... Kissinger" is one person; it is updated in place.
        """
        spans: list[Span] = []
        vocab = doc.vocab.strings
        for matcher in (self.exact, self.folded):
            for match_id, s, e in matcher(doc):
                span = Span(doc, s, e, label=vocab[match_id])
                spans.append(span)
        ents_by_token = {t.i: ent for ent in doc.ents for t in ent}
        accepted: list[Span] = []
        for span in spans:
            node_id, ambiguous, via = self._surface[span.label_]
            if ambiguous and not self._model_agrees(span, ents_by_token, node_id):
                continue
            if via == "gazetteer" and node_id.startswith("person:") and not span[0].text[:1].isupper():
                continue
            if node_id.startswith("person:") and self._other_person(span, ents_by_token, node_id):
                continue
            accepted.append(span)
        blocks = [Span(doc, s, e, label=_NOT_ACTOR) for _, s, e in self.blocked(doc)]
        longest = filter_spans(accepted + blocks)  # a blocker longer than an actor's form wins
        accepted = [span for span in longest if span.label_ != _NOT_ACTOR]
        mentions = [self._mention(span, offset) for span in accepted]
        covered = {t for span in longest for t in range(span.start, span.end)}
        mentions += self._model_entities(doc, offset, covered, known_people)
        mentions.sort(key=lambda m: m.tok_start)
        for m in mentions:
            if m.kind is NodeKind.PERSON:
                self._read_title(doc, m, mentions, date)
        return mentions

    def _other_person(self, span: Span, ents_by_token: dict[int, Span], node_id: str) -> bool:
        """ "Melania Trump" is not Donald Trump: the model's person entity around a known surname
        carries a given name that none of the known person's names has."""
        entry = self.gaz.get(node_id)
        known = {w.casefold() for alias in (entry.aliases if entry else ()) for w in alias.split()}
        for ent in {ents_by_token[t.i] for t in span if t.i in ents_by_token}:
            if ent.label_ != "PERSON":
                continue
            for t in ent:
                if span.start <= t.i < span.end or not t.text[:1].isupper() or t.lower_ in _TITLE_WORDS:
                    continue
                if len(t.text.rstrip(".")) <= 1 or t.lower_ in TITLE_WORDS or t.lower_ in _HONORIFICS:
                    continue  # an initial ("Donald J. Trump") or a title
                if t.text.casefold() not in known:
                    return True
        return False

    def _model_agrees(self, span: Span, ents_by_token: dict[int, Span], node_id: str) -> bool:
        ents = {ents_by_token[t.i] for t in span if t.i in ents_by_token}
        if any(_longer_name(ent, span) for ent in ents):
            # "the Syrian National Dialogue Congress" is not the US Congress, nor "South Georgia"
            # Georgia: the model's entity is a longer proper name the ambiguous form is part of
            return False
        labels = {ent.label_ for ent in ents}
        if node_id.startswith("person:"):
            return "PERSON" in labels
        return bool(labels & {"GPE", "ORG", "NORP", "LOC"})

    def _mention(self, span: Span, offset: int) -> ActorMention:
        node_id, _, via = self._surface[span.label_]
        entry = self.gaz.get(node_id)
        assert entry is not None
        return ActorMention(
            start=offset + span.start_char,
            end=offset + span.end_char,
            tok_start=span.start,
            tok_end=span.end,
            node_id=node_id,
            kind=entry.kind,
            name=entry.name,
            surface=span.text,
            via=via,
        )

    def _model_entities(
        self, doc: Doc, offset: int, covered: set[int], known_people: dict[str, str]
    ) -> list[ActorMention]:
        """PERSON and ORG entities the gazetteer does not know, where they look like names."""
        out = []
        for ent in doc.ents:
            if ent.label_ not in ("PERSON", "ORG") or any(t.i in covered for t in ent):
                continue
            tokens = [t for t in ent if t.lower_ not in _HONORIFICS and t.lower_ not in TITLE_WORDS and not t.is_punct]
            person = ent.label_ == "PERSON" or self._titled_name(ent, tokens)
            if person and tokens:
                tokens += self._name_cut_short(ent, covered)
            if not tokens or any(_NOT_A_NAME.match(t.text) for t in tokens[:1]):
                continue
            if not all(t.text[:1].isupper() or (i and _name_part(t)) for i, t in enumerate(tokens)):
                continue
            if any(e.kind is not NodeKind.PERSON for e in self.gaz.lookup(" ".join(t.text for t in tokens))):
                # "the Government of Micronesia" tagged a person: a state's (or a body's) name whose
                # reading the model did not confirm is no new actor of another kind
                continue
            named = self._model_person(tokens, known_people) if person else _model_organisation(ent, tokens)
            if named is None:
                continue
            node_id, name, kind = named
            start_tok, end_tok = tokens[0].i, tokens[-1].i + 1
            span = doc[start_tok:end_tok]
            end_char = span.end_char - (1 if _glued_full_stop(tokens[-1]) else 0)
            if (
                span.root.dep_ in ("compound", "amod")
                and span.root.head.i >= end_tok
                and span.root.head.pos_ in ("NOUN", "PROPN")
            ):
                continue  # a name inside another name: "the <Region> Natural Gas Purchase and Sale Agreement"
            out.append(
                ActorMention(
                    start=offset + span.start_char,
                    end=offset + end_char,
                    tok_start=start_tok,
                    tok_end=end_tok,
                    node_id=node_id,
                    kind=kind,
                    name=name,
                    surface=doc.text[span.start_char : end_char],
                    via="model",
                )
            )
            covered.update(range(start_tok, end_tok))
        return out

    def _titled_name(self, ent: Span, tokens: list[Token]) -> bool:
        """An ORG entity that is a person's name with a person's title beside it: "<demonym> UN
        representative <Given> <Family>", "<Given> <Family>, Minister of Foreign Affairs of X". The
        model often types a name it does not know as an organisation (shared/design/nlp-notes.md);
        the title says it is a person where the name's words are no English nouns ("<Name> House",
        "<Name> Group" stay organisations)."""
        if not 2 <= len(tokens) <= 3 or len(tokens) != len(ent) or not self._common_nouns:
            return False
        if any(not t.is_alpha or not t.text[:1].isupper() or t.lower_ in self._common_nouns for t in tokens):
            return False
        doc = ent.doc
        if ent.start > 0 and doc[ent.start - 1].lower_ in PERSON_TITLE_HEADS:
            return True
        if ent.end + 1 >= len(doc) or doc[ent.end].text != ",":
            return False
        words = []
        for t in doc[ent.end + 1 : ent.end + 1 + 8]:
            if t.lower_ in ("the", "a") and not words:
                continue
            if t.lower_ not in TITLE_WORDS and t.lower_ != "of":
                break
            words.append(t.lower_)
        while words and words[-1] == "of":
            words.pop()
        return bool(set(words) & PERSON_TITLE_HEADS) and role_kind(" ".join(words)) is not None

    def _names_no_person(self, tokens: list[Token]) -> bool:
        """Whether a name made only of English common words has a head (singular or plural) that
        names a place, a building or a collective (:data:`_NON_PERSON_NAME_HEADS`)."""
        head = tokens[-1].lower_
        singular = head[:-1] if head.endswith("s") and head[:-1] in _NON_PERSON_NAME_HEADS else head
        if singular not in _NON_PERSON_NAME_HEADS:
            return False
        if singular in _PLACE_ONLY_NAME_HEADS:
            return True
        return all(t.lower_ in self._common_words or t.lower_ == head for t in tokens)

    def _name_cut_short(self, ent: Span, covered: set[int]) -> list[Token]:
        """The words of a person's name that the model's entity left off its end: in a list of
        titled names the model often stops a name before its last word, which the parse still makes
        the head of the name's words ("<Title> <Given> <Middle> | <Family> and <Title> ...").

        A word is taken only where the entity's last word is a compound of it and it is a
        capitalised proper noun that English does not use as a common noun (the model's own noun
        index, so "<Name> Administration" stays an administration), or the sentence's last word
        with its full stop glued to it (the tokenizer's "Sen.", "Gen." abbreviations).
        """
        doc, last, added = ent.doc, ent[-1], []
        while len(added) < 2 and last.i + 1 < len(doc) and self._common_nouns:
            word = doc[last.i + 1]
            if word.i in covered or last.head.i != word.i or last.dep_ not in ("compound", "flat"):
                break
            if word.pos_ != "PROPN" or not word.text[:1].isupper() or word.ent_type_ not in ("", "PERSON"):
                break
            if word.lower_ in TITLE_WORDS or word.lower_ in _HONORIFICS:
                break
            glued = _glued_full_stop(word)
            if not glued and word.lower_ in self._common_nouns:
                break
            added.append(word)
            last = word
        return added

    def _model_person(self, tokens: list[Token], known_people: dict[str, str]) -> tuple[str, str, NodeKind] | None:
        """A PERSON entity's node, name and kind, or None when it does not look like a person's name
        or is a bare name the document never introduced. Notes it in ``known_people``."""
        if any(t.like_num or t.is_stop for t in tokens) or tokens[-1].text.endswith("’s"):
            return None
        if len(tokens) > 1 and names_a_matter(tokens[-1]):
            return None  # "the <Name> Initiative", "the Common Agenda": a plan's name, no person's
        if len(tokens) > 1 and self._names_no_person(tokens):
            return None  # "the <Adjective> Holy Sites", "Mother Earth": a place's or a system's name
        if names_a_place_or_storm(tokens) and not self.gaz.lookup(" ".join(t.text for t in tokens)):
            return None  # "Cyclone <Name>", "Lake <Name>": a storm or a place
        last = tokens[-1].text[:-1] if _glued_full_stop(tokens[-1]) else tokens[-1].text
        words = [t.text for t in tokens[:-1]] + [last]
        full = " ".join(words).removesuffix("'s")
        # a surname alone is the person the document named in full before; a full name is
        # its own ("Melania Trump" after "Donald Trump")
        node_id = known_people.get(full)
        if node_id is None and len(tokens) == 1:
            node_id = known_people.get(tokens[0].text)
            if node_id is None and not self.gaz.lookup(full):
                return None  # "Paul", "Murphy": a bare name the document never introduced
        if node_id is None:
            gaz = self.gaz.lookup(full)
            node_id = gaz[0].id if gaz and gaz[0].kind is NodeKind.PERSON else make_id(NodeKind.PERSON, full)
            if not slugify(full):
                return None
        known_people.setdefault(full, node_id)
        if len(tokens) > 1:
            known_people.setdefault(tokens[-1].text, node_id)
        return node_id, full, NodeKind.PERSON

    # -- titles and offices -----------------------------------------------------------------

    def _read_title(self, doc: Doc, person: ActorMention, mentions: list[ActorMention], date: str | None) -> None:
        """Read "Russian Foreign Minister" / "Tajikistan's President" before a person's name."""
        i = person.tok_start - 1
        words: list[Token] = []
        while i >= 0 and (doc[i].lower_ in TITLE_WORDS or (doc[i].lower_ in ("of", "'s", "’s") and words)):
            words.insert(0, doc[i])
            i -= 1
        while words and words[0].lower_ in ("of", "'s", "’s"):
            words.pop(0)
        if not words:
            return
        title = " ".join(t.text for t in words)
        kind = role_kind(title)
        if kind is None:
            return
        state = None
        person.title_start = words[0].i
        # 1. the office the gazetteer records for this person at the date: the most reliable
        for office in self.gaz.offices(person.node_id, date):
            if kind in self.gaz.office_kinds(office):
                state = office.of
                break
        # 2. a state named right before the title: a demonym ("Russian"), a possessive ("Tajikistan's")
        before = [m for m in mentions if m.tok_end == i + 1 and m is not person]
        if before and before[-1].kind in (NodeKind.STATE, NodeKind.ORGANISATION):
            person.title_start = before[-1].tok_start
            state = state or before[-1].node_id
        # 3. "Prime Minister Johnson of the United Kingdom"
        after = person.tok_end
        if state is None and after + 1 < len(doc) and doc[after].lower_ == "of":
            nxt = [m for m in mentions if m.tok_start in (after + 1, after + 2) and m.kind is NodeKind.STATE]
            state = nxt[0].node_id if nxt else None
        person.office = Office(role=_role_name(title), kind=kind, of=state)

    def resolve_title(self, of: str, title: str, date: str | None) -> str | None:
        """The person holding a titled office at a date ("state:RUS", "foreign minister")."""
        holders = self.gaz.holder(of, title, date)
        return holders[0] if len(holders) == 1 else None


def _noun_index(nlp: Language, pos: str = "noun") -> frozenset[str]:
    """The English common nouns (or words of another part of speech) the model's rule lemmatizer
    knows (its ``lemma_index``, from WordNet via spacy-lookups-data); empty for a pipeline without
    one, which then extends no name."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    return frozenset(lookups.get_table("lemma_index").get(pos, ()))


def _model_organisation(ent: Span, tokens: list[Token]) -> tuple[str, str, NodeKind] | None:
    """An ORG entity's node, name and kind, or None when it does not look like an organisation's name."""
    # An unknown organisation must look like a proper name of several real words, and
    # not a title ("our National Security Advisor")
    if sum(1 for t in tokens if len(t.text) >= 3 and t.is_alpha) < 2 or ent[0].like_num:
        return None
    if ent[-1].lower_ in _OFFICE_NOUNS:
        return None
    if names_a_matter(ent.root if ent.root.i >= tokens[0].i else tokens[-1]):
        return None  # "the <Adjective> Coercive Measures", "the <Name> Initiative": a matter, no body
    name = " ".join(t.text for t in ent if t.lower_ != "the")
    return make_id(NodeKind.ORGANISATION, name), name, NodeKind.ORGANISATION


def _role_name(title: str) -> str:
    """Office names in lower case as the contract's examples write them ("foreign minister")."""
    t = title.lower().replace("ministry of foreign affairs", "foreign ministry")
    t = re.sub(r"\bminister of foreign affairs\b", "foreign minister", t)
    return re.sub(r"\s+", " ", t).strip()
