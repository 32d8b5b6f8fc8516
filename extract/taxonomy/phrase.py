"""A target phrase's head chunk and head word, as every placement step reads them: the content
words before its first preposition or relative word, as lemma keys (extract/issues.py)."""

from __future__ import annotations

import re

#: words that carry no topic: a phrase's vector is the mean of the rest
FUNCTION_WORDS = {
    "the", "a", "an", "of", "and", "or", "to", "in", "for", "on", "with", "by", "at", "from", "as", "its", "their",
    "our", "his", "her", "my", "your", "this", "that", "these", "those", "all", "any", "every", "each", "such",
    "other", "some", "more", "most", "further", "between", "among", "into", "against", "within", "s",
}  # fmt: skip


#: where a noun phrase's head chunk ends ("reform of the Security Council": "reform")
HEAD_END = re.compile(
    r"\s(?:of|in|on|for|with|between|among|against|to|towards|by|from|at|which|who|as|through|under|over"
    # a participle that starts a modifier: "efforts made by", "an order based on", "measures taken"
    r"|based|aimed|made|taken|undertaken|led"
    # any past participle with its agent: a reduced passive relative clause ("efforts backed by X",
    # "the approach defined by Y"; Quirk et al. 1985, 17.30: -ed participle clauses as postmodifiers)
    r"|\w+ed(?=\s+by\s)"
    # "that" before a clause ("a world that is fair"); before the phrase's last word it is a
    # determiner ("attend that event": the head is "event")
    r"|that(?=\s+\S+\s+\S))\s",
    re.I,
)


def head_chunk(text: str) -> list[str]:
    """The lemma keys (extract/issues.py) of the content words before the first preposition."""
    from ..issues import lemma_key

    first = HEAD_END.split(f" {text} ", maxsplit=1)[0]
    return [w for w in lemma_key(first).split() if w not in FUNCTION_WORDS and not w.isdigit()]


def head_word(phrase: str) -> str | None:
    """The phrase's head word as the vector and topic steps take it: the last content word before
    its first preposition or relative word ("regional security" -> "security", "reform of the
    Security Council" -> "reform"); a lemma key (extract/issues.py)."""
    chunk = head_chunk(phrase)
    return chunk[-1] if chunk else None


#: a capitalised word: a name ("French initiative", "people of Hong Kong", "ASEAN-led mechanism";
#: the grammar lower-cases nothing, and a target phrase seldom starts a sentence), unless it is one
#: of the listed heads, which the UN's own style capitalises ("Member States", "the Organization")
CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*")
