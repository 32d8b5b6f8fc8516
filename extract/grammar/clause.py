"""What a clause says of its fact: negated or refused, planned or called off, supposed (a condition,
an open question), owed or obliged, a question; each a predicate over the dependency parse."""

from __future__ import annotations

from spacy.tokens import Span, Token

from diplograph.graph.schema import RelType

from ..components import span_text
from ..lexicon import (
    PLAN_VERBS,
    STATUS_OF_PLAN,
    Frame,
)
from .syntax import prep_objects
from .words import (
    ENDING_NOUNS,
    ENDING_SUBJECT_VERBS,
    ENDING_VERBS,
    OBLIGATION_NOUNS,
    PAUSING_WORDS,
    PURPOSE_TEXT_NOUNS,
)

_OWED_OR_AIMED = PURPOSE_TEXT_NOUNS | OBLIGATION_NOUNS


def is_purpose_of_text(v: Token) -> bool:
    """ "voted against the resolution to combat X", "derogated from its obligations as a member of
    the Council to uphold peace": the parser hangs the infinitive on the verb (advcl), but after a
    text's or an obligation's name it says what the text is for or what is owed, not what the
    verb's subject does."""
    if v.dep_ != "advcl" or not is_infinitive(v):
        return False
    to = next((c for c in v.children if c.dep_ == "aux" and c.lower_ == "to"), None)
    if to is None or to.i == 0:
        return False
    tok = v.doc[to.i - 1]  # climb from the word before "to" to the verb the infinitive hangs on
    for _ in range(8):
        if tok.i <= v.head.i or tok == v.head:
            return False
        if tok.lemma_.lower() in _OWED_OR_AIMED and tok.dep_ in ("dobj", "pobj"):
            return True
        tok = tok.head
    return False


def is_denied(noun: Token) -> bool:
    """Whether a noun is said not to exist: "no place", "never any justification", "nor can there
    ever be a justification" (the "nor" sits on the first of the coordinated clauses)."""
    if any(c.lower_ == "no" for c in noun.children):
        return True
    verb = noun.head
    if noun.dep_ not in ("attr", "dobj") or verb.lemma_ not in ("be", "have"):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    return verb.dep_ == "conj" and any(
        c.dep_ == "cc" and c.lower_ == "nor" and c.i < verb.i for c in verb.head.children
    )


def is_indefinite(noun: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def is_harm_suffered(v: Token) -> bool:
    """A harming verb told from the side of what suffers it: a passive ("peace is jeopardised by
    X"), or a bare participle the parser gave a subject ("..., and peace and stability jeopardized
    throughout the world": the auxiliary of the verb before it is gapped). "X has undermined Y"
    (a participle after "have") is active."""
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in v.children):
        return True
    if v.tag_ not in ("VBN", "VBD") or v.dep_ != "conj":
        return False
    if any(c.dep_ in ("dobj", "aux") for c in v.children):
        return False  # "X has jeopardized peace": an object or an auxiliary of its own makes it active
    # the verbs of the coordination ("will be undermined, ... challenged, and ... jeopardized"; the
    # parser may hang the first, passive one under the second as a clausal complement)
    first = v
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    group = [first, *(c for c in first.subtree if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
    group += [c for g in list(group) for c in g.children if c.dep_ == "ccomp"]
    return any(c.dep_ == "auxpass" for g in group for c in g.children)


def is_expletive(tok: Token) -> bool:
    """ "It" in "it is essential to ...", "it is suggested that ..."."""
    if tok.lower_ != "it":
        return False
    head = tok.head
    return (
        tok.dep_ == "expl"
        or (
            head.lemma_ in ("be", "seem", "appear", "remain")
            and any(c.dep_ in ("acomp", "xcomp", "ccomp") for c in head.children)
        )
        or (any(c.dep_ == "auxpass" for c in head.children) and any(c.dep_ == "ccomp" for c in head.children))
    )


def is_question(sent: Span) -> bool:
    """A sentence that ends with a question mark (before any closing quote or bracket)."""
    return span_text(sent).rstrip().rstrip("\"'”’)]").endswith("?")


def is_infinitive(v: Token) -> bool:
    return v.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children)


def is_copular_passive(v: Token) -> bool:
    """ "is opposed to", "are committed to": a participle after "be" with a "to" complement."""
    return (
        any(c.dep_ == "auxpass" for c in v.children)
        and any(c.dep_ == "prep" for c in v.children)
        and not any(c.dep_ == "agent" for c in v.children)
    )


#: modals and verbs of obligation: what someone "must", "should" or "needs to" do
_OBLIGATION_AUX = {"must", "should", "ought"}


_OBLIGATION_VERBS = {"need", "have"}


#: verbs that ask the one addressed to act ("invite A to do X"): what A is asked to do is the
#: asker's proposal, not a stance A is said to take
_ADDRESSING = {"invite", "urge", "ask", "request", "encourage", "call", "appeal", "exhort", "press"}


def is_addressed(v: Token) -> bool:
    """Whether the clause is what someone is asked to do ("we invite A to strive to achieve
    X"), up through the complements and coordinations it hangs under."""
    t = v
    for _ in range(4):
        if (
            t.dep_ == "xcomp"
            and t.head.lemma_.lower() in _ADDRESSING
            and any(c.dep_ == "dobj" for c in t.head.children)
        ):
            return True
        if t.dep_ not in ("xcomp", "conj") or t.head == t:
            return False
        t = t.head
    return False


def is_obliged(v: Token) -> bool:
    """Whether the clause says its subject must do it ("A must comply", "the legislature needs to pass
    legislation to secure X", "X has to stop"), up through purpose and complement clauses."""
    t = v
    for _ in range(3):
        if any(c.dep_ == "aux" and c.lower_ in _OBLIGATION_AUX for c in t.children):
            return True
        if t.dep_ == "xcomp" and t.head.lemma_.lower() in _OBLIGATION_VERBS and t.head.pos_ in ("VERB", "AUX"):
            return True
        if (
            t.dep_ == "advcl"
            and t.tag_ == "VB"
            and t.head.lemma_.lower() in _OBLIGATION_VERBS
            and not any(c.dep_ in ("nsubj", "aux", "mark") for c in t.children)
        ):
            # "A needs to take X, ensure Y and help Z": a bare verb the parser hung on "need" as an
            # adverbial continues the list of what A needs to do
            return True
        helped = t.dep_ == "ccomp" and t.head.lemma_.lower() in ("help", "assist")
        if (t.dep_ not in ("xcomp", "advcl", "conj") and not helped) or t.head == t:
            return False  # "A must help B fight X": what B is helped to do is owed by A too
        t = t.head
        if t.lemma_.lower() == "need" and t.pos_ == "VERB" and any(c.dep_ == "dobj" for c in t.children):
            # "the United Nations needs greater transparency, while respecting X": what goes with
            # what A is said to need is owed too
            return True
    return False


def has_pronoun_subject(v: Token) -> bool:
    """Whether the clause's subject (or that of the verb it is coordinated with) is a pronoun."""
    while True:
        subjects = [c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subjects:
            return subjects[0].pos_ == "PRON"
        if v.dep_ != "conj" or v.head == v:
            return False
        v = v.head


#: pronouns that are negative by themselves (Quirk et al. 1985, 10.59: the negative forms of the
#: assertive and non-assertive sets)
_NEGATIVE_PRONOUNS = frozenset({"nobody", "none", "nothing", "neither", "no-one"})


def _negative_phrase(noun: Token) -> bool:
    """ "no State", "neither party", "nobody", "none of us": a noun phrase that is negative itself."""
    if noun.lower_ in _NEGATIVE_PRONOUNS:
        return True
    return any(d.dep_ == "det" and d.lower_ in ("no", "neither") for d in noun.children)


def _no_longer(v: Token) -> bool:
    """Whether the verb takes "no longer" (or "no more"), whose "no" the parser hangs on the adverb, not on the
    verb: a negative adverb of time that negates its clause (Quirk et al. 1985, 10.58, the non-assertive
    "any longer" of "not ... any longer"): "it can no longer be acceptable that X", "we can no longer accept X"."""
    return any(
        c.dep_ == "advmod"
        and c.lower_ in ("longer", "more")
        and any(n.dep_ == "neg" and n.lower_ == "no" and n.i == c.i - 1 for n in c.children)
        for c in v.children
    )


def is_negated(v: Token) -> bool:
    if any(c.dep_ == "cc" and c.lower_ == "nor" and c.i == v.left_edge.i for c in v.children):
        return True  # "Nor can we X while Y", "..., nor will we accept X": a clause opened by "nor" is negative
    if any(c.dep_ in ("nsubj", "nsubjpass") and _negative_phrase(c) for c in v.children):
        return True  # "no State should lose X", "nobody can accept X": a negative subject negates its clause
    if _no_longer(v):
        return True
    for c in v.children:
        if c.dep_ == "neg" and not any(n.lower_ == "only" for n in c.head.children if n.i == c.i + 1):
            nxt = v.doc[c.i + 1] if c.i + 1 < len(v.doc) else None
            if nxt is not None and nxt.lower_ == "only":
                continue
            return True
    head = v.head
    if v.dep_ in ("acomp", "oprd") or (v.dep_ == "prep" and v.lower_ == "against"):
        return is_negated(head)
    if v.dep_ in ("xcomp",) and head != v:
        if head.lemma_.lower() in ("refuse", "decline", "fail", "reluctant", "hesitate", "cease", "stop"):
            return True
        if head.lemma_.lower() == "struggle" and head.tag_ == "VBD":
            return True  # "A struggled to agree on X": an attempt told, not an agreement

        return is_negated(head)
    if v.dep_ == "pcomp" and head.dep_ == "prep" and head.head.lemma_.lower() in ("succeed", "fail", "refrain"):
        # "it has not even succeeded in achieving X", "refrain from supporting X": not done
        return head.head.lemma_.lower() != "succeed" or is_negated(head.head)
    if v.dep_ == "conj" and head != v:
        contrast = any(t.lower_ in ("but", "instead", "yet", "rather") for t in v.doc[min(head.i, v.i) : v.i])
        return is_negated(head) and not contrast and not any(c.dep_ == "nsubj" for c in v.children)
    return False


#: the nouns of a price paid: "at the expense (cost) of Y", "to the detriment of Y"
_PRICE_NOUNS = {"expense", "cost", "detriment"}


def is_at_a_price(tok: Token) -> bool:
    """Whether a predicate or its object is qualified by the price it is had at ("gains at the expense
    of Y", "oppose growth at the cost of Y"): the stance is on the trade-off, and the bare object
    states the opposite of it or nothing."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in ("at", "to")
        and any(o.dep_ == "pobj" and o.lemma_.lower() in _PRICE_NOUNS and prep_objects(o, ["of"]) for o in c.children)
        for c in tok.children
    )


def is_refusal(v: Token) -> bool:
    """ "cannot support", "will not accept": a stated refusal is a position."""
    return any(c.dep_ == "aux" and c.lower_ in ("can", "ca", "will", "wo", "would", "shall") for c in v.children) and (
        any(c.dep_ == "neg" for c in v.children) or _no_longer(v)
    )


def as_opposition(frame: Frame) -> Frame:
    if frame.status == "abandoned":
        # "we will never abandon our commitment to X": refusing to give X up stands by it
        return Frame(RelType.SUPPORTS, frame.slots, frame.targets, "refusal.v3")
    return Frame(RelType.OPPOSES, frame.slots, frame.targets, "refusal.v3")


#: the ending verbs a noun's dependency can take: the object or passive subject of an act that ends
#: it, the subject of a verb saying it ended
_ENDING_BY_DEP = {"dobj": ENDING_VERBS, "nsubjpass": ENDING_VERBS, "nsubj": ENDING_SUBJECT_VERBS}


def ending(noun: Token) -> str | None:
    """The status an ending gives the relation a noun names: "ended" ("A cut its partnership with
    B", "the cooperation between A and B collapsed", "the end of cooperation with B") or
    "suspended" ("froze its cooperation with B"); None where nothing ends it."""
    head = noun.head
    ending_words = _ENDING_BY_DEP.get(noun.dep_, frozenset())
    if head.pos_ in ("VERB", "AUX") and head.lemma_.lower() in ending_words:
        word = head.lemma_.lower()  # "A suspended its cooperation", "the cooperation ... collapsed"
    elif noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in ENDING_NOUNS:
        word = head.head.lemma_.lower()  # "the end of cooperation with B"
    else:
        return None
    return "suspended" if word in PAUSING_WORDS else "ended"


def modality(v: Token) -> str | None:
    """Modality of the clause: "plans to visit" -> planned; "will attend" -> planned."""
    head = v.head
    if v.dep_ == "xcomp" and head != v:
        lemma = head.lemma_.lower()
        if lemma in ("apply", "demand", "request", "aspire"):
            return "applied"
        if lemma in ("propose", "suggest", "call", "urge", "invite"):
            return "proposed"
        if lemma in PLAN_VERBS and lemma != "agree":
            return STATUS_OF_PLAN.get(lemma, "planned")
        if lemma in ("be",) and any(c.lower_ in ("set", "scheduled", "due", "expected") for c in head.children):
            return "planned"
    if (
        v.tag_ == "VBG"
        and v.dep_ == "pcomp"
        and head.lower_ in ("for", "of", "to", "on", "about", "against", "without")
        and any(c.dep_ == "nsubj" for c in v.children)
    ):
        return "proposed"  # "a precondition for A joining X": a state of affairs wanted, not one stated
    if v.dep_ == "pcomp" and head.lower_ == "to" and _looking_forward(head.head):
        return "planned"  # "looks forward to meeting X": a prospect, not a meeting
    for c in v.children:
        if c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall", "wo"):
            return "planned"
        if c.dep_ == "aux" and c.lower_ == "going":
            return "planned"
    # "will travel to B to attend the summit": the purpose clause is as planned as its head
    if (
        v.dep_ in ("advcl", "conj", "xcomp")
        and head != v
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children) | (v.dep_ == "conj")
    ):
        return modality(head)
    return None


#: what a governing verb does to the event its object names ("postponing his trip to Germany")
_CALLED_OFF = {
    "postpone": "postponed",
    "delay": "postponed",
    "defer": "postponed",
    "reschedule": "postponed",
    "cancel": "cancelled",
    "scrap": "cancelled",
    "abandon": "cancelled",
    "skip": "cancelled",
}


#: adjectives that put an event ahead of the text ("his upcoming trip")
_AHEAD = {"upcoming", "forthcoming", "planned", "proposed", "scheduled", "expected", "future", "next"}


def event_modality(noun: Token) -> str | None:
    """ "postponing his upcoming trip": postponed; "his upcoming trip": planned; else None."""
    first = noun
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    head = first.head
    if first.dep_ in ("dobj", "nsubjpass") and head.pos_ in ("VERB", "AUX"):
        lemma = head.lemma_.lower()
        called_off = _CALLED_OFF.get(lemma) or (
            "cancelled" if lemma == "call" and any(c.lower_ == "off" for c in head.children) else None
        )
        if called_off:
            return called_off
    if any(c.dep_ == "amod" and c.lower_ in _AHEAD for c in first.children):
        return "planned"
    return None


def speaks_for(v: Token) -> bool:
    """ "speak for themselves", "talk about X": a verb of meeting used for something else."""
    return any(
        (c.dep_ == "prep" and c.lower_ in ("for", "about", "of", "on behalf"))
        or c.lower_ in ("themselves", "itself", "ourselves", "himself", "herself")
        for c in v.children
    )


def is_supposed(tok: Token) -> bool:
    """Inside a condition, an open question or a road not taken: "if X ...", "unless X ...",
    "(asked) whether X does", "rather than protecting X", "instead of supporting X".

    "whether" only with a clause of its own: "against changes, whether in Kosovo or Crimea" is
    every case, not an open one.
    """
    for t in (tok, *tok.ancestors):
        if _judged_wrong(t):
            return True
        if t.dep_ == "ROOT":
            break  # a mark on the main clause is a misparse of something else ("—whether in Kosovo")
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in ("mean", "imply", "signify") and is_negated(t.head):
            return True  # "it does not mean that we will not pursue negotiations": X is not said
        if (
            t.dep_ == "pcomp"
            and t.head.lower_ in ("than", "of")
            and any(c.lower_ in ("rather", "instead") for c in t.head.children)
        ):
            return True
        for c in t.children:
            if c.dep_ != "mark":
                continue
            if c.lower_ in ("if", "unless"):
                return True
            if c.lower_ == "than" and any(a.lower_ in ("rather", "instead") for a in t.children):
                return True  # "Rather than abide by X, A has doubled down": the road A did not take
            if (
                c.lower_ == "whether"
                and not any(c.children)  # "whether in Kosovo or Crimea" heads a phrase, not a question
                and any(s.dep_ in ("nsubj", "nsubjpass") for s in t.children)
            ):
                return True
    return False


def _looking_forward(t: Token) -> bool:
    """ "look forward (to)", whichever of the two words the parser hangs "to" on."""
    if t.lower_ == "forward":
        return t.head.lemma_.lower() == "look"
    return t.lemma_.lower() == "look" and any(c.lower_ == "forward" for c in t.children)


#: judgements that make an act named after them one not taken: "it would be a mistake to return to X",
#: "could make it difficult to comply with X"
_NOT_TO_BE_DONE = {"mistake", "error", "wrong", "difficult", "hard", "impossible", "unwise", "foolish"}


def _judged_wrong(t: Token) -> bool:
    """An infinitive whose judge says it should not or cannot be done: "it would be a mistake to attempt X"."""
    if t.pos_ != "VERB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children):
        return False
    head = t.head
    if head.lower_ in _NOT_TO_BE_DONE:
        return True
    return any(c.dep_ in ("attr", "acomp", "oprd", "ccomp") and c.lower_ in _NOT_TO_BE_DONE for c in head.children)


def is_for_to_clause(v: Token, subject: Token) -> bool:
    """ "for A to return": an infinitive whose subject "for" introduces."""
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in v.children):
        return False
    return any(c.dep_ == "mark" and c.lower_ == "for" for c in v.children) or (
        subject.left_edge.i > 0 and subject.doc[subject.left_edge.i - 1].lower_ == "for"
    )
