"""What a target names, as a frame accepts it: an actor, a convened event, an agreement, a resolution
or draft put to a vote, or an issue (followed through verbs and nouns to its content)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from diplograph.graph.schema import NodeKind, RelType

from ..actors import ActorLinker, ActorMention
from ..body_purpose import in_named_matter
from ..gazetteer import Gazetteer
from ..lexicon import (
    ACTOR,
    AGREEMENT,
    EVENT,
    ISSUE,
    RESOLUTION,
    Frame,
    frames_for,
)
from ..nps import (
    AGREEMENT_HEADS,
    EVENT_HEADS,
    EVENT_NAME_PREPS,
    acts_as_aside,
    conjuncts,
    phrase,
    phrase_span,
    such_as,
)
from ..resolutions import TEXT_NOUNS, legislative, resolution_facts
from .clause import (
    is_indefinite,
    is_infinitive,
)
from .coordination import possessor_named, shared_name
from .issue_names import (
    ABSTRACT_SUFFIX,
    EMPTY_ISSUES,
    INVERTING,
    LEAD_IN,
    VAGUE_WORDS,
    VIOLATED,
    is_substantive_issue,
    names_two_issues,
    position_verbs,
    tidy_issue,
)
from .relation_nouns import governed, state_whole
from .syntax import (
    accepts,
    event_head,
    is_convened,
    is_placed_in,
    list_heads,
    named_list,
    prep_objects,
    topic_of,
)
from .types import SentenceContext, Target
from .words import (
    ADDRESS_NOUNS,
    AGENTIVE_COMMITMENT_NOUNS,
    ASPECTUAL_VERBS,
    ATTENTION_VERBS,
    COMMITMENT_NOUNS,
    CONTENT_NOUNS,
    HAPPENING_NOUNS,
    ISSUE_LIGHT_VERBS,
    LIGHT_NOUNS,
    MASS_SENSE_AGREEMENT_HEADS,
    OCCASION_NOUNS,
    PROPOSAL_NOUNS,
    TOPIC_NOUNS,
)

UN_BODY_IDS = {"org:unsc", "org:unga", "org:unhrc"}
#: what a state's unity is: GA resolution 2625 (XXV), the Friendly Relations Declaration, pairs
#: "the national unity and territorial integrity of any other State"
STATE_WHOLE = "territorial integrity"

#: "resolution 2231 (2015)": a Security Council resolution's number and year
_NUMBERED = re.compile(r"\s*(\d{3,4})\b(?:\s*\((\d{4})\))?")

_SYMBOL = re.compile(r"\b(?:A/RES/)?(ES-\d{1,2}/\d{1,2}|\d{2}/\d{1,3})\b|\bS/RES/(\d{3,4})\b")


@dataclass
class _Named:
    """An issue named by a phrase, before it is checked and turned round: its head, its name and
    the longer phrases that also name it."""

    head: Token
    name: str
    aliases: list[str] = field(default_factory=list)
    #: what a relation noun governs (grammar/relation_nouns.py), for assemble to place
    facts: dict[str, object] = field(default_factory=dict)


#: the tags of a verb that heads a clause rather than a nameable act (finite forms, participles)
_CLAUSE_TAGS = {"VBZ", "VBD", "VBN", "MD"}


def is_cut_compound(doc: Doc, start: int, end: int) -> bool:
    """Whether the phrase doc[start:end] stops inside a noun compound: its last word a noun and
    the next one a noun (or a noun the tagger took for a gerund) hung on an earlier word, with
    nothing between ("the value of introducing United Nations | peacebuilding efforts")."""
    if end >= len(doc) or end <= start:
        return False
    last, nxt = doc[end - 1], doc[end]
    return (
        last.pos_ in ("NOUN", "PROPN")
        and nxt.is_alpha
        and (nxt.pos_ in ("NOUN", "PROPN") or (nxt.tag_ == "VBG" and _takes_bare_noun(nxt)))
        and nxt.dep_ not in ("conj", "appos", "npadvmod")
        and nxt.head.i < last.i
    )


def _takes_bare_noun(gerund: Token) -> bool:
    """A gerund the tagger made of a noun's modifier: a bare noun right after it hangs on it
    ("peacebuilding efforts"), where a verb's object has its determiner ("regarding the X")."""
    nxt = gerund.nbor() if gerund.i + 1 < len(gerund.doc) else None
    # "including forests" is a preposition's object, not a compound
    return nxt is not None and nxt.head == gerund and nxt.pos_ == "NOUN" and nxt.dep_ == "dobj"


#: people said to live under a harm: "the peoples under occupation", "populations living under siege"
SUFFERING = re.compile(
    r"\b(?:peoples?|populations?|nations|countries|territories|civilians|victims|children|women|those)"
    r"\s+(?:(?:still|who\s+are|that\s+are|living|suffering|held|remaining)\s+)*under\s+(?:(?:the|a|an)\s+)?",
    re.I,
)


#: "the denial of" an event or a harm in the sense of asserting it untrue (WordNet denial.n.03, "the act of
#: asserting that something alleged is not true"; negationism), not of withholding a good (denial.n.01, FrameNet
#: Prevent_or_allow_possession: "the denial of rights"): its object is a named event ("the denial of the
#: <Catastrophe>", "Holocaust" is a name) or a harm of the vocabulary ("the denial of genocide"). Opposing that
#: denial is no stance for the thing denied, so the phrase is kept whole
_DENIAL_OF = re.compile(r"^(?:(?:the|a|an|any|all)\s+)?denials?\s+of\s+(?:(?:the|a|an)\s+)?", re.I)


def _denial_of_a_fact(rest: str) -> bool:
    """Whether ``rest`` is "the denial of" a named event or a harm (:data:`_DENIAL_OF`)."""
    from ..issues import IssueVocabulary

    m = _DENIAL_OF.match(rest)
    if m is None:
        return False
    core = rest[m.end() :]
    if core[:1].isupper():
        return True
    found = IssueVocabulary.load().find(core)
    return found is not None and found.harm and not (found.opposite or found.countered)


def _split_prefix(head: Token) -> bool:
    """Whether the parser split a hyphenated word and left its prefix off the head ("de | - |
    escalation" as three objects): the head alone would name the opposite thing."""
    doc = head.doc
    return head.i >= 2 and doc[head.i - 1].text == "-" and doc[head.i - 1].head != head and doc[head.i - 2].is_alpha


def _plain_noun(word: str) -> bool:
    """A single common noun that says what it is ("war", "violence"; not "it", "efforts")."""
    key = word.strip().lower()
    return bool(re.fullmatch(r"[a-z][a-z-]{2,}", key)) and key not in EMPTY_ISSUES and key not in VAGUE_WORDS


#: the refusal classes (extract/taxonomy/refusal.py) of nouns a light verb's object may be without naming
#: anything ("make a contribution", "take steps")
_EMPTY_CLASSES = {"generic-activity", "generic-outcome", "vague"}


def _empty_object(verb: Token) -> bool:
    """Whether a light verb's object is a generic noun with no complement saying of what."""
    from ..taxonomy import refusal

    objs = [c for c in verb.children if c.dep_ == "dobj"]
    if len(objs) != 1 or objs[0].pos_ != "NOUN":
        return False
    obj = objs[0]
    if any(c.dep_ in ("prep", "acl", "relcl") and c.lower_ not in ("in", "at") for c in obj.children):
        return False  # "make a contribution to X", "efforts to end X": the complement names it
    return refusal(obj.lemma_) in _EMPTY_CLASSES


def _placed_only(head: Token) -> bool:
    """Whether a generic noun is said only where it happens ("a contribution in <body>"): the place's
    name would pass the phrase for a named thing, and it names no issue."""
    from ..taxonomy import refusal

    preps = [c for c in head.children if c.dep_ in ("prep", "acl", "relcl")]
    return (
        bool(preps)
        # "the revitalization exercise" (a noun the tagger may call an adjective): a content of its own
        and not any(
            c.dep_ in ("compound", "nmod", "poss") or (c.dep_ == "amod" and ABSTRACT_SUFFIX.search(c.text))
            for c in head.children
        )
        and all(
            p.lower_ in ("in", "at", "within") and all(o.pos_ == "PROPN" for o in p.children if o.dep_ == "pobj")
            for p in preps
        )
        and refusal(head.lemma_) in _EMPTY_CLASSES
    )


def _holds_content_clause(head: Token) -> bool:
    """Whether a noun's content is a "that" clause ("our firm belief that S", "the full realisation
    that S"): it names a proposition held, not an issue, and without the clause it names nothing."""
    if prep_objects(head, ["of"]):
        return False  # "the realisation of X": X is the content
    return any(
        c.dep_ in ("acl", "ccomp")
        and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        and any(m.dep_ in ("nsubj", "nsubjpass", "expl") for m in c.children)
        for c in head.children
    )


#: nouns of struggle, which name an issue only with what they are against or for
_STRUGGLE_NOUNS = {"battle", "fight", "struggle", "combat"}

#: determiners that point back to something named before ("this unprecedented shock", "those
#: initiatives"): the demonstratives, and "such" (of the kind named before: Halliday and Hasan 1976,
#: 2.5, comparative reference; Quirk et al. 1985, 6.41)
_DEMONSTRATIVES = {"this", "these", "that", "those", "such"}


#: adjectives of comparative reference (Halliday and Hasan, Cohesion in English, 1976, ch. 2.5):
#: "the same N", "similar N" compare with something named before unless an "as" says with what
_COMPARING = {"same", "similar", "identical"}


def _compared_back(head: Token) -> bool:
    """Whether a noun is compared with something named before ("promote the same quality of
    relationship"): without its "as" ("the same rights as men") the phrase names nothing itself."""
    if head.pos_ != "NOUN" or not any(c.dep_ == "amod" and c.lower_ in _COMPARING for c in head.children):
        return False
    return not any(t.lower_ in ("as", "for", "with", "to") for t in head.subtree if t.i > head.i)


def _bare_definite(head: Token, name: str) -> bool:
    """Whether "the N" is a lone common noun no issue or topic knows ("the emergency"): a
    definite description with no words of its own refers to something named before (Halliday and
    Hasan, Cohesion in English, 1976, ch. 2.4: "the" as anaphoric reference)."""
    from ..issues import IssueVocabulary
    from ..taxonomy import topic_of

    return (
        head.pos_ == "NOUN"
        and name[:1].islower()
        and all(c.dep_ in ("det", "punct") for c in head.children)
        and IssueVocabulary.load().find(name, head.text) is None
        and topic_of(name) is None  # "the aggression": a topic's own term still says what about
    )


def _defined_by_clause(head: Token, name: str) -> bool:
    """Whether a lone common noun is identified only by a restrictive relative clause the name leaves
    out ("an N in which X is respected"; Quirk et al. 1985, 17.3: the
    restrictive clause defines the referent): without it the noun names no issue, unless an issue or
    a topic of the vocabulary knows the noun itself."""
    from ..issues import IssueVocabulary
    from ..taxonomy import topic_of

    if " " in name or not name[:1].islower() or head.pos_ != "NOUN":
        return False
    clause = next((c for c in head.children if c.dep_ == "relcl"), None)
    if clause is None or head.doc[clause.left_edge.i - 1].text in (",", "—", "–", "(", ";"):
        return False  # a clause after a comma adds to a thing already named
    return IssueVocabulary.load().find(name, head.text) is None and topic_of(name) is None


def _points_forward(head: Token) -> bool:
    """Whether a noun is "the following N" (or "the N below"): it points forward to what the next
    sentences list (Halliday and Hasan, Cohesion in English, 1976, 2.4: cataphoric reference;
    Quirk et al. 1985, 19.48), and its own words name nothing ("the following prerequisites")."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in head.children) and any(
        (c.dep_ == "amod" and c.lower_ == "following" and c.i < head.i) or (c.dep_ == "advmod" and c.lower_ == "below")
        for c in head.children
    )


def _set_off(clause: Token) -> bool:
    """Whether a relative clause is non-restrictive, set off by a comma ("that significant issue,
    which affects X"): it adds to a thing already identified and does not say which (Quirk et al.
    1985, 17.3, 17.22)."""
    return clause.dep_ == "relcl" and clause.doc[clause.left_edge.i - 1].text == ","


def _refers_back(head: Token) -> bool:
    """Whether a common noun with a demonstrative stands for something named earlier, in words that
    name no issue by themselves ("this unprecedented shock", "those initiatives"; "this pandemic" and
    "these sanctions" name theirs): the words are the anaphor's, not a target's. So does a noun
    compared with something named before ("the same quality of relationship")."""
    from ..issues import IssueVocabulary

    if _compared_back(head):
        return True
    if head.pos_ != "NOUN" or not (
        any(
            c.lower_ in _DEMONSTRATIVES and (c.dep_ == "det" or (c.lower_ == "such" and c.dep_ in ("amod", "predet")))
            for c in head.children
        )
        or _points_forward(head)
    ):
        return False
    near = any(c.dep_ == "det" and c.lower_ in ("this", "these") for c in head.children)
    described = ("prep", "acl", "appos") if near else ("prep", "relcl", "acl", "appos")
    if any(c.dep_ in described and not _set_off(c) and not acts_as_aside(c) for c in head.children):
        # "those countries whose X", "those attacks at the headquarters of Y": described here; but
        # "this N that threatens Y" points back (the near demonstrative is anaphoric, Halliday
        # and Hasan 1976, 2.4.2) and its clause only says more of the thing named before
        return False
    words = head.doc[head.left_edge.i : head.i + 1]
    if any(t.text[:1].isupper() for t in words if t.i > head.left_edge.i):
        return False  # "this Assembly's work", "these Goals": a name
    return IssueVocabulary.load().find(tidy_issue(words.text), head.text) is None


#: possessive determiners of the third person: they point back to an owner named before (Quirk et
#: al. 1985, 6.27; Halliday and Hasan 1976, 2.3: personal reference); "our", "my" point to the speaker
_POSSESSIVE_PRONOUNS = {"its", "their", "his", "her"}
#: the refusal classes (extract/taxonomy/refusal.py) of a head that names no issue by itself
_VAGUE_HEAD_CLASSES = _EMPTY_CLASSES | {"generic-whole"}


def _pointing_word(head: Token) -> Token | None:
    """The determiner by which a noun points back to something named before: a demonstrative, a
    third-person possessive, "such", or "the same" (Halliday and Hasan 1976, 2.3-2.5)."""
    for c in head.children:
        if (c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES) or (c.dep_ == "poss" and c.lower_ in _POSSESSIVE_PRONOUNS):
            return c
        if c.lower_ == "such" and c.dep_ in ("amod", "predet", "det"):
            return c
        if c.lower_ == "same" and c.dep_ == "amod" and any(d.lower_ == "the" for d in head.children):
            return c
    return None


def _vague_by_itself(noun: Token) -> bool:
    """Whether a noun names nothing without an owner: a generic, vague or outcome head
    (data/non_issue_heads.yaml; not a whole such as "its people", which is a state's) or a happening
    (WordNet noun.event, noun.act), with no word of its own
    that classifies it ("its activities", not "its nuclear programme")."""
    from ..taxonomy import refusal

    lemma = noun.lemma_.lower()
    if noun.pos_ != "NOUN" or (lemma not in HAPPENING_NOUNS and refusal(lemma) not in _EMPTY_CLASSES):
        return False
    return not any(c.dep_ in ("amod", "compound", "nmod", "prep", "acl", "relcl") for c in noun.children)


def _points_back_vaguely(head: Token) -> bool:
    """Whether a noun pointing back ("its most recent test", "those efforts", "the same resolve") has
    a head that names no issue by itself, a generic, vague or outcome noun (data/non_issue_heads.yaml)
    or one happening (WordNet noun.event, noun.act), and no topic term or name in its own words: its
    content is in what was named before ("its territorial integrity", "their right to
    self-determination" name theirs)."""
    from ..issues import IssueVocabulary
    from ..taxonomy import holds_term, refusal

    pointer = _pointing_word(head) if head.pos_ == "NOUN" else None
    if pointer is None:
        return False
    lemma = head.lemma_.lower()
    if lemma not in HAPPENING_NOUNS:
        if refusal(lemma) not in _VAGUE_HEAD_CLASSES:
            return False
        # "its natural resources": a classifying word may make the vague noun an issue's name; after a
        # demonstrative an adjective evaluates the thing named before ("that significant issue", "this
        # important matter": a general noun with a demonstrative is a cohesive tie, Halliday and Hasan
        # 1976, 6.4), and the topic-term test below keeps one that classifies ("these natural resources")
        modifiers = ("compound", "nmod") if pointer.lower_ in _DEMONSTRATIVES else ("amod", "compound", "nmod")
        if any(c.dep_ in modifiers and c.i != pointer.i for c in head.children):
            return False
    # the phrase's own words, with what a clause after a comma adds about the thing named before
    aside = {
        t.i for c in head.children if c.dep_ == "relcl" and head.doc[c.left_edge.i - 1].text == "," for t in c.subtree
    }
    words = " ".join(t.text for t in head.subtree if t.i not in aside and t.i != pointer.i and t.dep_ != "det")
    return not holds_term(words) and IssueVocabulary.load().find(tidy_issue(words), head.text) is None


def _into_force(head: Token) -> Token | None:
    """The "force" of the treaty-law term "entry into force" (Vienna Convention on the Law of
    Treaties, 1969, art. 24), which the parser splits ("into force" hung on the verb, the "of" phrase
    on "force"): the words name no issue, only the agreement that enters into force."""
    doc = head.doc
    if head.lemma_.lower() != "entry" or head.i + 2 >= len(doc):
        return None
    return doc[head.i + 2] if (doc[head.i + 1].lower_, doc[head.i + 2].lower_) == ("into", "force") else None


def _entered_agreement(head: Token) -> Token | None:
    """What enters into force with no "of" phrase: for "its entry into force", the agreement the
    sentence named before (only an agreement enters into force), else nothing named."""
    if _pointing_word(head) is None:
        return None
    named = [t for t in head.sent if t.i < head.i and t.lemma_.lower() in AGREEMENT_HEADS and t.text[:1].isupper()]
    return named[-1] if named else None


#: dependants that give a noun words of its own
_CONTENT_DEPS = ("compound", "nmod", "amod", "relcl", "acl", "appos", "prep", "poss")


def _about_an_anaphor(head: Token) -> bool:
    """Whether a noun no issue knows says nothing but what an "of" phrase referring back gives it
    ("the repetition of this tragedy", "the citizens of that country", "the immediate commencement of
    its work"): the words name something named before (Halliday and Hasan, Cohesion in English, 1976,
    ch. 2: reference), not an issue. An adjective with no topic term adds none ("the dangerous
    nature of this issue")."""
    from ..issues import IssueVocabulary
    from ..taxonomy import holds_term

    if head.pos_ != "NOUN" or IssueVocabulary.load().find(head.lemma_.lower(), head.text) is not None:
        return False
    of = [c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"]
    if len(of) != 1 or not all(_refers_back(o) or _points_back_vaguely(o) for o in prep_objects(head, ["of"])):
        return False
    if any(c.dep_ in _CONTENT_DEPS and c.dep_ != "amod" and c.i != of[0].i for c in head.children):
        return False
    # an adjective with no topic term adds none, unless the words pointed to hold one ("the mere
    # existence of those weapons": the weapons are a topic of their own)
    return not any(c.dep_ == "amod" for c in head.children) or not holds_term(phrase(head))


#: the pro-form "one" standing for a count noun named before ("every effort to wage one"; Quirk et
#: al. 1985, 6.51-6.52: substitute "one")
_PRO_ONE = {"one", "ones"}

#: the refusal classes (extract/taxonomy/refusal.py) of an object that gives a verb nothing to act on: a
#: generic, vague, unnamed or pointing noun, an utterance, an occasion, a time, a place or a quantity
#: ("respond to our repeated calls", "move the process forward"); an actor ("cooperate with <Org>")
#: is something acted with
_NOTHING_CLASSES = _EMPTY_CLASSES | {"generic-whole", "unnamed-plan", "utterance", "occasion", "no-content"}
_NOTHING_CLASSES |= {"quantity", "time", "place"}


def _names_no_object(arg: Token) -> bool:
    """Whether a verb's object or prepositional object names nothing for the verb to act on: a
    pronoun or the pro-form "one", a phrase pointing back ("those initiatives"), or a phrase the
    taxonomy refuses (:func:`refusal`: no term, no name, a head of a class that names no issue)."""
    from ..taxonomy import refusal

    if arg.pos_ == "PRON" or (arg.lower_ in _PRO_ONE and not list(arg.children)):
        return True
    if names_by_reference(arg):
        return True
    # the object's words as the verb phrase holds them (its relative clause is left out of the name)
    return refusal(phrase(arg)) in _NOTHING_CLASSES


def _acts_on_nothing(head: Token, args: list[Token]) -> bool:
    """Whether a verb phrase is an act on nothing named: every object names nothing, there is no
    clause it governs, and neither the verb nor its modifiers hold a topic term or a name ("do their
    utmost", "respond to any initiative", "put their best plans forward"). The verb is a light or
    general act (Quirk et al. 1985, 2.57: the lexical content is in the object), not the issue."""
    from ..taxonomy import holds_term

    if not args or any(c.dep_ in ("xcomp", "ccomp", "attr", "acomp", "oprd", "det") for c in head.children):
        # a clause or a complement says what is done or become ("becoming the region's hub"); a
        # determiner makes the gerund a noun ("the flourishing of peoples"), which is its own content
        return False
    if not all(_names_no_object(a) for a in args):
        return False
    return not holds_term(head.doc[head.i : phrase_span(head, keep_conj=True).end].text)


#: general nouns of a field or a matter (WordNet noun.cognition field.n.04 "a branch of knowledge",
#: area.n.01, sector, domain, sphere; noun.communication matter, issue): with a demonstrative ("in
#: that area", "in these fields") they stand for a field named before (Halliday and Hasan 1976, 6.4:
#: general nouns as cohesion)
_FIELD_NOUNS = {"area", "field", "sector", "domain", "sphere", "regard", "respect", "matter", "issue", "aspect"}


def _in_a_field_named_before(head: Token) -> bool:
    """Whether a noun no issue knows by itself takes its content only from "in/on/within" a field
    named before ("international cooperation in that area", "a contribution in those areas of
    <demonym> expertise"): an act in an unnamed field names no issue; a noun with a word that names
    one ("climate action in that area") keeps its own."""
    from ..issues import IssueVocabulary
    from ..taxonomy.terms import terms_in

    if head.pos_ != "NOUN" or IssueVocabulary.load().find(head.lemma_.lower(), head.text) is not None:
        return False
    fields = [
        o
        for p in head.children
        if p.dep_ == "prep" and p.lower_ in ("in", "on", "within")
        for o in p.children
        if o.dep_ == "pobj"
        and o.lemma_.lower() in _FIELD_NOUNS
        and any(d.dep_ == "det" and d.lower_ in _DEMONSTRATIVES for d in o.children)
    ]
    if not fields:
        return False
    # a possessor names whose act it is ("our cooperation in those areas"), not in what; a named one may
    # be the content ("<State>'s cooperation")
    if any(
        c.dep_ in ("compound", "nmod", "relcl", "acl", "appos") or (c.dep_ == "poss" and c.pos_ != "PRON")
        for c in head.children
    ):
        return False
    if any(c.dep_ == "prep" and not any(o in fields for o in c.children) for c in head.children):
        return False  # "initiatives in that field, such as <Initiative>": another complement names them
    # the field's own words, beside its demonstrative: "of <demonym> expertise" names no issue
    return not any(terms_in(" ".join(t.text for t in f.subtree if t.i != f.i and t.dep_ != "det")) for f in fields)


def names_by_reference(head: Token) -> bool:
    """Whether a noun phrase only points back to something named before ("that phenomenon", "such
    weapons", "the repetition of this tragedy", "cooperation in that area"): no target of its own."""
    return _refers_back(head) or _points_back_vaguely(head) or _about_an_anaphor(head) or _in_a_field_named_before(head)


#: the relations that take a stance on their target (a signing or an adoption does not)
_STANCES = {RelType.SUPPORTS, RelType.OPPOSES, RelType.PROPOSES, RelType.CONDEMNS}
#: words that leave an agreement unnamed: determiners and quantity or scope adjectives
_UNNAMING = {"the", "a", "an", "this", "that", "these", "those", "such", "great", "good", "mutual", "global"}
_UNNAMING |= {"international", "new", "other", "all", "any", "some", "both", "two", "our", "their", "its"}


def _unnamed_agreement(name: str) -> bool:
    """Whether an agreement's name is only its head ("the Agreement", "those agreements", "a great
    deal", "mutual understanding"): a text no words of its own identify, which refers back to one
    named before or names none, never a node of its own."""
    words = [w.strip(".,;:'\"").lower() for w in name.split()]
    return bool(words) and all(w in AGREEMENT_HEADS or w in _UNNAMING for w in words if w)


def _states_in(tok: Token, ctx: SentenceContext) -> list[str]:
    """The states named in a token's phrase ("the <demonym> people", "<State>'s")."""
    span = phrase_span(tok)
    found = {m.node_id for m in ctx.mentions if span.start <= m.tok_start < span.end and m.kind is NodeKind.STATE}
    return sorted(found)


def _in_proper_name(name: str, start: int) -> bool:
    """Whether the word at ``start`` is capitalised inside the name, part of a proper name ("the work
    of the United Nations under P's stewardship"), not a common noun of people under a harm."""
    return start > 0 and name[start : start + 1].isupper()


def _mass_sense(head: Token) -> bool:
    """Whether an agreement head is used as a noncount noun of another sense ("understanding and
    harmony among peoples"): lower-case, with no determiner, possessive or number."""
    if head.lower_ not in MASS_SENSE_AGREEMENT_HEADS:
        return False
    return not any(c.dep_ in ("det", "poss", "nummod") for c in head.children)


def _unnamed_texts(head: Token, frame: Frame, ctx: SentenceContext) -> bool:
    """Whether a stance is on "resolutions" in the plural that nothing numbers or names ("the
    relevant resolutions", "United Nations resolutions"): a set of texts the reader cannot tell
    apart, which would otherwise become one resolution dated by the document. A vote or an adoption
    still reads them (a body's texts of the day)."""
    if head.tag_ not in ("NNS", "NNPS") or frame.choice or frame.rel is RelType.ADOPTS:
        return False
    if _SYMBOL.search(ctx.text) or any(c.dep_ == "nummod" or c.like_num for c in head.children):
        return False
    return not _NUMBERED.match(head.doc[head.i + 1 : head.i + 6].text)


def _doer_of(head: Token, content: Token) -> bool:
    """Whether the "of" phrase of a noun of resolve is its doer: "the support of A" (A supports),
    not "in support of A" (no determiner: the idiom's object) nor "our support of A" (the owner is
    the doer) nor "the importance of A" (no doer). The subjective of-phrase, Quirk et al. (1985)
    17.41 and CGEL ch. 5."""
    if head.lower_ not in AGENTIVE_COMMITMENT_NOUNS or content.head.lower_ != "of" or content.head.head != head:
        return False
    if any(c.dep_ == "poss" for c in head.children):
        return False
    return any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those") for c in head.children)


#: nouns of a held opinion (FrameNet Opinion: a Cognizer's Opinion on a Topic)
_OPINION_NOUNS = {"position", "stance", "view", "viewpoint", "opinion"}
#: nouns of a deontic judgement, whose complement is what is judged needed ("the need to X")
_DEONTIC_NOUNS = {"need", "necessity", "importance"}


def _held_need(head: Token) -> Token | None:
    """The need an opinion noun is on ("the position on the need to reform X"): an opinion on a need
    holds that the need's content should be done, so a stance on the opinion is on that content; an
    opinion on anything else ("a position on <Matter>") does not say for or against."""
    if head.lemma_.lower() not in _OPINION_NOUNS:
        return None
    return next(
        (
            o
            for o in prep_objects(head, ["on"]) + prep_objects(head, ["regarding"])
            if o.lemma_.lower() in _DEONTIC_NOUNS and any(c.dep_ in ("acl", "relcl", "prep") for c in o.children)
        ),
        None,
    )


def _first(head: Token, *preps: list[str]) -> Token | None:
    """The object of the first of ``preps`` the head has ("support of / for / to X")."""
    return next(iter([o for p in preps for o in prep_objects(head, p)]), None)


def _named_issue(named: _Named, refused: bool, ctx: SentenceContext) -> Target | None:
    """The issue target a name makes, if it says something: "the fight against X" and "X
    violations" are stances on X turned round; a state the phrase places it in is kept."""
    head, name, aliases = named.head, named.name, named.aliases
    if not name or len(name) < 3 or name.lower() in EMPTY_ISSUES or not is_substantive_issue(name):
        return None
    facts: dict[str, object] = {**named.facts, "aliases": aliases} if aliases else dict(named.facts)
    span = phrase_span(head, keep_relcl=True, keep_conj=True)
    first = head.doc[span.start]
    word = name.split(" ", 1)[0]
    if first.is_sent_start and first.pos_ != "PROPN" and name.startswith(first.text) and word[1:] == word[1:].lower():
        # "Current negative trends exacerbate X": a capital the sentence gave, not a name's
        name = name[:1].lower() + name[1:]
    states = {
        m.node_id
        for m in ctx.mentions
        if span.start <= m.tok_start < span.end
        and m.kind is NodeKind.STATE
        and is_placed_in(head.doc[m.tok_start : m.tok_end])
    }
    if len(states) == 1 and head.pos_ != "PROPN":
        # for "the situation in <State>" (issues.situation_issue); a proper name placed somewhere
        # ("the COP in Baku") names its own thing, not the state's situation
        facts["state"] = states.pop()
    lead_in = LEAD_IN.match(name)
    rest = name[lead_in.end() :] if lead_in else name
    inverted = None if _denial_of_a_fact(rest) else INVERTING.match(rest)
    # "support the fight against terrorism" is opposition to terrorism; the issue is the thing
    # (also after a contentless lead-in: "the consolidation of efforts to combat terrorism")
    core = rest[inverted.end() :] if inverted else None
    # "end the war": what is ended is opposed, even when it is a plain common noun
    if core is None or not (is_substantive_issue(core) or _plain_noun(core)):
        violated = VIOLATED.match(name)
        core = violated.group("core") if violated and is_substantive_issue(violated.group("core")) else None
    if (
        core is None
        and (suffering := SUFFERING.search(name))
        and not _in_proper_name(name, suffering.start())
        and is_substantive_issue(name[suffering.end() :])
    ):
        # "the struggles of the peoples under occupation": a stance for those who suffer X is against X
        core = name[suffering.end() :]
    if core is not None:
        return Target(
            "issue", head=head, name=core, facts={**facts, "invert": not refused, "aliases": [*aliases, name]}
        )
    return Target("issue", head=head, name=name, facts={**facts, "invert": True} if refused else facts)


class Targets:
    """The reader's part that classifies a frame's argument: ``classify`` and the target makers."""

    linker: ActorLinker
    gaz: Gazetteer

    def classify(self, tok: Token, frame: Frame, ctx: SentenceContext) -> list[Target]:
        """The targets an argument names, as the frame accepts them: what the whole phrase names
        (a pronoun's text, actors, a listed agreement, a named group), else each head of its list."""
        wants = set(frame.targets)
        if in_named_matter(tok):
            return []  # "committed to the work of the Coalition | to Counter <Harm>": no stance on <Harm>
        whole = self._whole_targets(tok, frame, wants, ctx)
        if whole is not None:
            return whole
        out = []
        heads = such_as(tok) or list_heads(tok)
        if heads == [tok] and ISSUE in wants and names_two_issues(tok):
            heads = conjuncts(tok)  # "peace and development": two issues, one claim each
        for head in heads:
            if head.lower_ in ADDRESS_NOUNS:
                continue  # "Ladies and Gentlemen": the hearers addressed (a vocative), never a target
            target = self._head_target(head, frame, wants, ctx)
            if target is not None:
                out.append(target)
        return out

    def _whole_targets(self, tok: Token, frame: Frame, wants: set[str], ctx: SentenceContext) -> list[Target] | None:
        """What the whole argument names, or None to read it head by head."""
        if tok.lower_ == "it" and frame.choice and RESOLUTION in wants and isinstance(ctx.discourse.resolution, Target):
            return [ctx.discourse.resolution]  # "A voted against it": the text just put to a vote
        if (
            tok.lower_ in ("it", "this", "that")
            and tok.pos_ == "PRON"
            and frame.rel in (RelType.SUPPORTS, RelType.OPPOSES)
        ):
            return []  # "He embraces it": what is embraced is an idea the text named before, not a state
        gerund = next((c for c in tok.children if c.dep_ == "acl" and c.tag_ == "VBG"), None)
        if gerund is not None and ISSUE in wants and tok.head.dep_ == "prep":
            name = tidy_issue(tok.doc[tok.left_edge.i : gerund.right_edge.i + 1].text)
            return [Target("issue", head=gerund, name=name)] if name else []
        actors = self.denote(tok, ctx)
        if EVENT in wants and (ev := event_head(tok)) is not None and ev != tok:
            return [self.event_target(ev, ctx)]  # "attended the ... (X) Summit": the summit, not X
        if actors:
            return [Target("actor", actor=a) for a in actors if accepts(wants, a.kind)]
        if AGREEMENT in wants and tok.lemma_.lower() in AGREEMENT_HEADS and (named := named_list(tok)):
            return [Target("agreement", head=span.root, name=tidy_issue(span.text)) for span in named]
        if ACTOR in wants and (built := self._built_organisations(tok, ctx)):
            return [Target("actor", actor=a) for a in built]
        group = self._named_group(tok, ctx) if ACTOR in wants else None
        if group is not None:
            return [Target("actor", actor=group)]
        return None

    def _built_organisations(self, tok: Token, ctx: SentenceContext) -> list[ActorMention]:
        """ "support building X", "to establish the Y group": the organisations a position or founding
        verb takes as its object."""
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in position_verbs() | {"build", "create", "establish", "form"}:
            return []
        objs = [c for c in tok.children if c.dep_ == "dobj"]
        if not objs:
            return []
        return [a for a in self.denote(objs[0], ctx) if a.kind in (NodeKind.ORGANISATION, NodeKind.GROUP)]

    def _head_target(self, head: Token, frame: Frame, wants: set[str], ctx: SentenceContext) -> Target | None:
        """What one head of the argument names: a convened event, an agreement, a text put to a
        vote, or an issue."""
        lemma = head.lemma_.lower()
        if head.pos_ == "PRON" or (head.is_stop and head.pos_ != "VERB"):
            return None
        # the model tags a named treaty as an EVENT ("the <City> Agreement"): an agreement's head names
        # the text agreed, never a gathering
        named_event = head.ent_type_ == "EVENT" and lemma not in AGREEMENT_HEADS
        if ((lemma in EVENT_HEADS and is_convened(head)) or named_event) and EVENT in wants:
            return self.event_target(head, ctx)
        if lemma in AGREEMENT_HEADS and AGREEMENT in wants and _mass_sense(head):
            return self.issue_target(head, frame, ctx) if ISSUE in wants else None
        if lemma in AGREEMENT_HEADS and AGREEMENT in wants:
            # "we support an agreement on the prevention of X": a text yet to be written is a
            # stance on what it would settle, not on an agreement of that name
            topic = topic_of(head, AGREEMENT_HEADS) if ISSUE in wants and is_indefinite(head) else None
            issue = self.issue_target(topic, frame, ctx) if topic is not None else None
            if issue is not None:
                return issue
            agreement = self.agreement_target(head)
            if not _unnamed_agreement(agreement.name):
                return agreement
            if ISSUE not in wants:
                # "A and B signed an agreement": a signing, even of a text unnamed; but a stance on
                # "the agreement" ("call on every country to join the agreement") names no text
                return None if frame.rel in _STANCES else agreement
            # a stance on "the agreement", "those agreements", "a great deal of X": no text of its own
            # name; read as an issue (which refuses what names nothing)
            return self.issue_target(head, frame, ctx)
        is_text, text = self._text_target(head, lemma, frame, wants, ctx)
        if is_text:
            return text
        if lemma in OCCASION_NOUNS:
            return None  # "the visit that P is initiating" proposes no issue
        if ISSUE in wants and head.pos_ in ("NOUN", "PROPN", "VERB", "ADJ", "X"):
            return self.issue_target(head, frame, ctx)
        return None

    def _text_target(
        self, head: Token, lemma: str, frame: Frame, wants: set[str], ctx: SentenceContext
    ) -> tuple[bool, Target | None]:
        """Whether the head names a text (a resolution, a draft, "the text"), and the resolution it
        is if it is one a UN body voted on."""
        if lemma == "resolution" and legislative(head):
            return True, None  # "vetoed S.J. Resolution 11": a legislature's text, not a UN body's
        if lemma == "resolution" and _unnamed_texts(head, frame, ctx):
            return True, None  # "implement the relevant resolutions": texts no number or symbol names
        if lemma == "resolution" and RESOLUTION in wants and self._voted_text(head, frame, ctx):
            # the older reading (a symbol anywhere in the sentence, a Council number without its
            # year) wins where both read one; the newer adds drafts, penholders and draft symbols
            facts = {**resolution_facts(head, ctx), **self._resolution_facts(head, ctx)}
            return True, Target("resolution", head=head, name=phrase(head), facts=facts)
        if (
            lemma == "draft"
            and RESOLUTION in wants
            and head.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)  # "the draft of X": X
            and (frame.choice or frame.rel in (RelType.ADOPTS, RelType.OPPOSES, RelType.PROPOSES))
        ):
            return True, Target("resolution", head=head, name=phrase(head), facts=resolution_facts(head, ctx))
        if (
            lemma in TEXT_NOUNS
            and RESOLUTION in wants
            and (frame.choice or frame.rel is RelType.ADOPTS)
            and isinstance(ctx.discourse.resolution, Target)
            and any(c.dep_ in ("det", "poss") for c in head.children)
        ):
            return True, ctx.discourse.resolution  # "voted against the text": the draft just reported
        return False, None

    def _named_group(self, tok: Token, ctx: SentenceContext) -> ActorMention | None:
        """ "launch the 'Friends of Peace' group": a named group is an actor of its own."""
        if tok.lemma_.lower() not in (
            "group",
            "coalition",
            "club",
            "caucus",
            "bloc",
            "alliance",
            "platform",
            "mechanism",
        ):
            return None
        name_tokens = [t for t in tok.lefts if t.dep_ in ("compound", "nmod", "amod") or t.is_quote]
        span = tok.doc[tok.left_edge.i : tok.i]
        text = span.text.strip()
        match = re.search(r"[“\"]([^”\"]{3,60})[”\"]", text)
        name = match.group(1).strip() if match else None
        if not name or not name[:1].isupper() or not name_tokens:
            return None
        from diplograph.graph.schema import make_id

        offset = ctx.sent.doc.user_data.get("offset", 0)
        return ActorMention(
            offset + span.start_char,
            offset + tok.idx + len(tok.text),
            span.start,
            tok.i + 1,
            make_id(NodeKind.GROUP, name),
            NodeKind.GROUP,
            name,
            f"{name} {tok.text}",
            "named-group",
        )

    def event_target(self, head: Token, ctx: SentenceContext) -> Target:
        span = phrase_span(head, preps=EVENT_NAME_PREPS)
        orgs = [
            m
            for m in ctx.mentions
            if span.start <= m.tok_start and m.tok_end <= span.end and m.kind in (NodeKind.ORGANISATION, NodeKind.GROUP)
        ]
        places = [m for m in ctx.mentions if span.start <= m.tok_start and m.tok_end <= span.end and m.via == "metonym"]
        pair = [
            m
            for m in ctx.mentions
            if span.start <= m.tok_start and m.tok_end <= head.i and m.kind is NodeKind.STATE and m.via != "metonym"
        ]
        # "the regional group's meeting": the organisation the possessive refers back to convened it
        orgs += [
            a
            for c in head.children
            if c.dep_ == "poss" and c.i not in ctx.by_token
            for a in self.denote(c, ctx)
            if a.kind in (NodeKind.ORGANISATION, NodeKind.GROUP)
        ]
        target = Target(
            "event",
            head=head,
            name=phrase(head, preps=EVENT_NAME_PREPS),
            facts={
                "orgs": [o.node_id for o in orgs],
                "places": [p.node_id for p in places],
                "head": head.lemma_.lower(),
                "parties": [p.node_id for p in pair],
                # the whole phrase, appositions too ("in the <demonym> capital <city>"): a later
                # shorter mention of the event ("the meeting in Jakarta") is matched against it
                "text": head.doc[head.left_edge.i : head.right_edge.i + 1].text,
            },
        )
        return ctx.discourse.same_event(target)

    def agreement_target(self, head: Token) -> Target:
        span = phrase_span(head, keep_relcl=True)  # "a memorandum with B to invest $N billion in ..."
        end = span.end
        nxt = head.doc[end] if end < len(head.doc) else None
        if nxt is not None and nxt.lower_ in ("on", "about", "concerning", "regarding") and nxt.head == head.head:
            end = max(t.i for t in nxt.subtree) + 1
        elif nxt is not None and nxt.lower_ == "to" and nxt.head.dep_ == "advcl" and nxt.head.head == head.head:
            end = max(t.i for t in nxt.head.subtree) + 1  # "signed a memorandum with B to invest $N billion in ..."
        from ..nps import tidy

        return Target("agreement", head=head, name=tidy(head.doc[span.start : end].text))

    def issue_target(
        self, head: Token, frame: Frame, ctx: SentenceContext, seen: frozenset[int] = frozenset()
    ) -> Target | None:
        """The issue an argument names, following verbs and nouns to their content.

        ``seen`` stops the walk going round a loop of the parse (a verb's complement whose noun
        points back at the verb).
        """
        if head.i in seen:
            return None
        seen = seen | {head.i}
        # "urge A not to undermine our peace initiatives": a refused act turns the stance round
        refused = head.pos_ == "VERB" and any(c.dep_ == "neg" for c in head.children)
        if head.pos_ == "VERB":
            found = self._issue_of_verb(head, frame, ctx, seen, refused)
        else:
            found = self._issue_of_noun(head, frame, ctx, seen)
        if not isinstance(found, _Named):
            return found
        return _named_issue(found, refused, ctx)

    def _issue_of_verb(
        self, head: Token, frame: Frame, ctx: SentenceContext, seen: frozenset[int], refused: bool
    ) -> Target | _Named | None:
        """A verb's issue: what a light, attention or aspectual verb is about, the object of a
        position verb inside ("advocates respecting X"), else the verb phrase itself."""
        lemma = head.lemma_.lower()
        if lemma == "do" and any(c.lower_ in ("so", "that", "this", "it", "same") for c in head.children):
            return None  # "it is essential to do so with approaches that ...": a pro-verb for an act named before
        if lemma in ISSUE_LIGHT_VERBS and _empty_object(head):
            return None  # "we could make a contribution in <body>": a contribution to nothing named
        if lemma in ISSUE_LIGHT_VERBS and (inner := self._light_verb_issue(head, frame, ctx, seen)) is not None:
            return inner
        attention = next((c for c in head.children if c.dep_ == "dobj" and c.lemma_.lower() == "attention"), None)
        if lemma in ATTENTION_VERBS or attention is not None:
            # "necessary to think about the task of preventing X", "pay attention to X": the issue is
            # what is attended to
            holders = [head] if attention is None else [head, attention]
            about = [o for h in holders for p in ("about", "on", "upon", "to") for o in prep_objects(h, [p])]
            if about:
                return self.issue_target(about[0], frame, ctx, seen)
            if attention is not None:
                return None
        if lemma in ASPECTUAL_VERBS:
            inner_vp = next((c for c in head.children if c.dep_ in ("xcomp",) and c.pos_ == "VERB"), None)
            if inner_vp is not None:
                return self.issue_target(inner_vp, frame, ctx, seen)  # "continue to foster X"
        found = self._position_verb_issue(head, frame, ctx, seen, refused)
        if not isinstance(found, _Named):
            return found
        if head.tag_ in _CLAUSE_TAGS or any(
            c.dep_ in ("aux", "auxpass") and c.lemma_ in ("be", "have") for c in head.children
        ):
            # "(we hope that the process) draws a clear pathway", "(the Goals) agreed upon in 2015 be
            # revised": a finite verb or a participle heads a clause, whose remainder names nothing
            return None
        args = [c for c in head.children if c.dep_ == "dobj"] + [
            o
            for p in head.children
            if p.dep_ == "prep" and p.lower_ != "without"
            for o in p.children
            if o.dep_ == "pobj"
        ]
        if args and all(_refers_back(a) or _about_an_anaphor(a) or a.pos_ == "PRON" for a in args):
            # "to participate in those initiatives", "to join us": the act is on something
            # or someone named elsewhere, and names no issue itself
            return None
        if _acts_on_nothing(head, args):
            return None  # "respond to our repeated calls": the act is on nothing named
        if not args and not any(c.dep_ in ("xcomp", "ccomp", "prt", "acomp", "oprd") for c in head.children):
            # "the Agenda we agreed to implement", "join without delay": a verb with no object names nothing
            return None
        if _empty_object(head):
            return None  # "pool their efforts", "achieve results": a generic object says of nothing
        span = phrase_span(head, keep_conj=True)
        end = max(span.end, head.i + 1)
        if is_cut_compound(head.doc, head.i, end):
            return None  # "introducing United Nations | peacebuilding efforts": a name cut in the middle
        return _Named(head, tidy_issue(head.doc[head.i : end].text))

    def _light_verb_issue(self, head: Token, frame: Frame, ctx: SentenceContext, seen: frozenset[int]) -> Target | None:
        """ "agrees to provide security guarantees for A": the guarantees are the issue."""
        objs = [c for c in head.children if c.dep_ == "dobj"]
        if not objs:
            return None
        inner = self.issue_target(objs[0], frame, ctx, seen)
        if inner is not None:
            aliases: list[str] = inner.facts.setdefault("aliases", [])  # type: ignore[assignment]
            aliases.append(tidy_issue(head.doc[head.i : objs[0].right_edge.i + 1].text))
        return inner

    def _position_verb_issue(
        self, head: Token, frame: Frame, ctx: SentenceContext, seen: frozenset[int], refused: bool
    ) -> Target | _Named | None:
        """ "advocates respecting and safeguarding X", "urge them to say no to X": the object of a
        position verb inside, turned round when the verb opposes or is refused."""
        if head.lemma_.lower() in position_verbs():
            objs = [c for c in head.children if c.dep_ == "dobj"]
            for c in head.conjuncts:
                objs += [d for d in c.children if d.dep_ == "dobj"]
            if objs:
                inner = self.issue_target(objs[0], frame, ctx, seen)
                if inner is not None:
                    vp = tidy_issue(head.doc[head.i : phrase_span(head, keep_conj=True).end].text)
                    inner.facts.setdefault("aliases", []).append(vp)  # type: ignore[union-attr]
                    if refused:
                        inner.facts["invert"] = not inner.facts.get("invert")
                return inner
        own = [
            f
            for f in frames_for(head.lemma_.lower(), head.lower_)
            if f.rel in (RelType.SUPPORTS, RelType.OPPOSES) and (not f.object_nouns or self.has_object_noun(head, f))
        ]
        for f in own:
            objs = self.slot_tokens(head, f)
            if objs and objs[0] != head:
                inner = self.issue_target(objs[0], frame, ctx, seen)
                against = f.rel is RelType.OPPOSES or f.status == "abandoned"
                if inner is not None and against != refused:
                    # "urge everyone to say no to X", "call on them to reject (abandon) X": against
                    # X; "urge them not to abandon X": for it
                    inner.facts["invert"] = not inner.facts.get("invert")
                return inner
        return _Named(head, "")

    def _issue_of_noun(
        self, head: Token, frame: Frame, ctx: SentenceContext, seen: frozenset[int]
    ) -> Target | _Named | None:
        """A noun's issue: what a commitment, proposal or text is for or about, the content of a
        contentless noun ("the consolidation of X"), else the noun phrase itself."""
        lower = head.lower_
        if (held := _held_need(head)) is not None:
            # "support <Person>'s position on the need to reform X": the position is that X is needed
            return self.issue_target(held, frame, ctx, seen)
        if lower in COMMITMENT_NOUNS and (
            vp := next((c for c in head.children if c.dep_ in ("acl", "relcl") and is_infinitive(c)), None)
        ):
            # "their determination to continue to foster good relations": what they are determined to do
            inner = self.issue_target(vp, frame, ctx, seen)
            if inner is not None and any(c.dep_ == "poss" and c.pos_ == "PROPN" for c in head.children):
                # "the Special Envoy's efforts to engage with all parties": whose efforts is part of the
                # description, kept whole as another name of the issue
                whole = tidy_issue(head.doc[head.left_edge.i : phrase_span(head, keep_relcl=True).end].text)
                inner.facts.setdefault("aliases", []).append(whole)  # type: ignore[union-attr]
            return inner
        if lower in COMMITMENT_NOUNS and (content := _first(head, ["of"], ["for"], ["to"])) is not None:
            actors = [a for a in self.denote(content, ctx) if accepts(set(frame.targets), a.kind)]
            if actors and len(actors) == len(conjuncts(content)):
                if _doer_of(head, content):
                    # "call for the continued support of the UN": the UN's support, for what
                    # its "for" or "to" phrase names, else for nothing named
                    theme = _first(head, ["for"], ["to"])
                    return self.issue_target(theme, frame, ctx, seen) if theme is not None else None
                return Target("actor", actor=actors[0])  # "support for A": for the state
            return self.issue_target(content, frame, ctx, seen)  # "the importance of X", "support for X"
        if (
            lower in PROPOSAL_NOUNS
            and (content := next((p for p in prep_objects(head, ["of"]) if not self.denote(p, ctx)), None)) is not None
        ):
            return self.issue_target(content, frame, ctx, seen)  # "the proposal of building X": X
        if head.lemma_.lower() in TOPIC_NOUNS and (topic := topic_of(head)) is not None:
            # "support the draft of this year's resolution on X": the stance is on what it is about
            return self.issue_target(topic, frame, ctx, seen)
        force = _into_force(head)
        of = prep_objects(force, ["of"]) + prep_objects(head, ["of"]) if force is not None else []
        if force is not None and not (of and force.head.head == head):
            # the term split by the parser: "the early entry | into force of X" is a stance on X; "its
            # entry into force" on the agreement the sentence named before, else on nothing named
            entered = of[0] if of else _entered_agreement(head)
            return self.issue_target(entered, frame, ctx, seen) if entered is not None else None
        if (
            lower in CONTENT_NOUNS
            and (content := next(iter(prep_objects(head, ["of"])), None)) is not None
            and not self.denote(content, ctx)
        ):
            # "the consolidation of efforts to combat X": the content, read like any other name below
            return _Named(
                content, tidy_issue(phrase(content, keep_relcl=True)), [tidy_issue(phrase(head, keep_relcl=True))]
            )
        named = self._noun_phrase_issue(head, frame, ctx, seen)
        if isinstance(named, _Named):
            self._relation_facts(named, ctx)
        return named

    def _relation_facts(self, named: _Named, ctx: SentenceContext) -> None:
        """What a relation noun governs, noted for assemble (:meth:`relation_facts`); a complement
        the parser hung on the verb joins the phrase, which keeps the text's own words."""
        tail, facts = self.relation_facts(named.head, ctx)
        named.name = f"{named.name} {tail}" if tail else named.name
        named.facts.update(facts)

    def relation_facts(self, head: Token, ctx: SentenceContext) -> tuple[str, dict[str, object]]:
        """What a relation noun governs: "our solidarity with X" is about X, "resilience to X"
        against X, "<State>'s unity" its territorial integrity. Returns the words to add to the
        noun's phrase (a complement hung on the verb) and the facts assemble places it by."""
        gov = governed(head)
        if gov is not None:
            facts: dict[str, object] = {"governed": tidy_issue(gov.name), "adverse": gov.adverse}
            states = _states_in(gov.obj, ctx)
            if len(states) == 1 and not gov.adverse:
                facts["governed_state"] = states[0]
            return (gov.tail if gov.on_verb else ""), facts
        if any(_states_in(owner, ctx) for owner in state_whole(head)):
            return "", {"governed": STATE_WHOLE}
        return "", {}

    def _noun_phrase_issue(
        self, head: Token, frame: Frame, ctx: SentenceContext, seen: frozenset[int]
    ) -> Target | _Named | None:
        """The noun phrase as the issue's name: a pair is one name ("peace and stability") unless it
        is a list of two things; a vague name takes its relative clause, else its apposition."""
        if _holds_content_clause(head) or _refers_back(head) or _split_prefix(head) or _placed_only(head):
            return None
        if _about_an_anaphor(head) or _points_back_vaguely(head) or _in_a_field_named_before(head):
            # "prevent the repetition of this tragedy", "its most recent test", "cooperation in that
            # area": the thing named before
            return None
        if head.lemma_.lower() in COMMITMENT_NOUNS and any(c.dep_ == "poss" for c in head.children):
            return None  # "we would welcome A's support in that quest": another's support for nothing named
        against = ("against", "for", "to", "on", "of")
        if head.lemma_.lower() in _STRUGGLE_NOUNS and not any(prep_objects(head, [p]) for p in against):
            return None  # "as we fight our own battle": a struggle that does not say against what
        pair = len(conjuncts(head)) == 2 and len(list_heads(head)) == 1 and not names_two_issues(head)
        span = phrase_span(head, keep_relcl=head.lower_ in LIGHT_NOUNS, keep_conj=pair)
        if is_cut_compound(head.doc, span.start, span.end):
            return None  # "the value of introducing United Nations | peacebuilding efforts"
        name = tidy_issue(phrase(head, keep_relcl=head.lower_ in LIGHT_NOUNS, keep_conj=pair))
        if not pair and (shared := shared_name(head)) is not None:
            name = shared  # "the safety, security and dignity of <People>": the safety of <People>
        pointed, owned = possessor_named(head, _vague_by_itself)
        if pointed:
            if owned is None:
                return None  # "the funding of all its activities", its owner named before: of nothing named
            name = owned  # "... and ensure the funding of all its activities": of the <Body> just named
        # "the belt" after "the Silk Road Economic Belt": a definite head names the earlier thing
        if " " not in name and any(c.lower_ == "the" for c in head.children):
            named = ctx.discourse.named.get(name.lower())
            if named is None and _bare_definite(head, name):
                return None  # "A confronted the emergency": the one named before, in no words of its own
            name = named or name
        if not is_substantive_issue(name) and any(c.dep_ == "relcl" for c in head.children):
            # "the agreements that establish equal and indivisible security": the clause says which
            whole = phrase_span(head, keep_relcl=True, keep_conj=pair)
            clause = [t for r in head.children if r.dep_ == "relcl" for t in r.subtree if t.i < whole.end]
            if not any(t.pos_ in ("NOUN", "PROPN", "ADJ", "NUM") for t in clause):
                return None  # "the projects we have undertaken": the clause says only who, not which
            name = tidy_issue(phrase(head, keep_relcl=True, keep_conj=pair))
        elif _defined_by_clause(head, name):
            return None  # "we seek an N in which X": the clause, not the noun, says which
        # a vocative set off by commas ("these developments, ladies and gentlemen, ...") is no apposition
        appos = next((c for c in head.children if c.dep_ == "appos" and c.lower_ not in ADDRESS_NOUNS), None)
        if not is_substantive_issue(name) and appos is not None:
            return self.issue_target(appos, frame, ctx, seen)  # "return to our origins — the norms of X"
        return _Named(head, name)

    def _voted_text(self, head: Token, frame: Frame, ctx: SentenceContext) -> bool:
        """A "resolution" is a body's resolution, not "the peaceful resolution of disputes", when it is
        voted or adopted, has a number or symbol, is capitalised, or the sentence names a UN body."""
        if frame.choice or frame.rel is RelType.ADOPTS or head.text[:1].isupper() or _SYMBOL.search(ctx.text):
            return True
        if any(c.lower_ == "draft" for c in head.children):
            return True  # "the second draft resolution"
        if frame.name == "table-text.v1" and ctx.discourse.un_body and not any(c.lower_ == "of" for c in head.children):
            return True  # "One resolution was prepared by France" in a text about a UN body's votes
        if any(c.dep_ == "nummod" or c.like_num for c in head.children):
            return True
        return any(m.node_id in UN_BODY_IDS or m.node_id == "org:un" for m in ctx.mentions)

    def _resolution_facts(self, head: Token, ctx: SentenceContext) -> dict[str, object]:
        facts: dict[str, object] = {}
        m = _SYMBOL.search(ctx.text)
        if m:
            facts["symbol"] = m.group(1) or f"S/RES/{m.group(2)}"
        # the UN body named nearest before it: "Security Council resolution 2231 (2015)"
        bodies = [x for x in ctx.mentions if x.node_id in UN_BODY_IDS and x.tok_end <= head.i + 1]
        if bodies:
            facts["body"] = bodies[-1].node_id
        after = head.doc[head.i + 1 : head.i + 6].text
        numbered = _NUMBERED.match(after)
        if numbered and "symbol" not in facts and facts.get("body") == "org:unsc":
            facts["symbol"] = f"S/RES/{numbered.group(1)}"  # Council resolutions are numbered
        if numbered and numbered.group(2):
            facts["year"] = numbered.group(2)
        return facts
