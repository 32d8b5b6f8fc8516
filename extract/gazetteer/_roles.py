"""The controlled vocabulary of offices: roles as the data writes them and the kinds they belong to.

A *role* is the office as the data file records it ("president", "premier", "secretary of state",
"foreign ministry spokesperson"); a *kind* is one of :data:`OFFICE_KINDS` and lets a caller ask for
"the foreign minister" of any state, whatever the local title. :func:`role_kind` maps the title
words found in text ("Minister of Foreign Affairs", "Foreign Ministry spokesperson", "FM") to a kind;
:func:`canonical_role` maps them to the data's role spelling where one exists.
"""

from __future__ import annotations

import re

__all__ = ["OFFICE_KINDS", "ROLE_KINDS", "canonical_role", "normalise_role", "role_kind"]

#: the kinds of office, in the order the API documents them
OFFICE_KINDS = (
    "head-of-state",
    "head-of-government",
    "foreign-minister",
    "defence-minister",
    "spokesperson",
    "secretary-general",
    "other",
)

#: every role the data files may use, with the kind it has unless an office says otherwise
ROLE_KINDS: dict[str, str] = {
    # heads of state
    "president": "head-of-state",
    "acting president": "head-of-state",
    "king": "head-of-state",
    "queen": "head-of-state",
    "emperor": "head-of-state",
    "emir": "head-of-state",
    "supreme leader": "head-of-state",
    "pope": "head-of-state",
    # heads of government
    "prime minister": "head-of-government",
    "acting prime minister": "head-of-government",
    "premier": "head-of-government",
    "chancellor": "head-of-government",
    "taoiseach": "head-of-government",  # Ireland's (Bunreacht na hÉireann, Art. 28)
    "chairman of the cabinet of ministers": "head-of-government",
    # foreign ministers
    "foreign minister": "foreign-minister",
    "acting foreign minister": "foreign-minister",
    "secretary of state": "foreign-minister",
    "foreign secretary": "foreign-minister",
    "high representative": "foreign-minister",
    # defence ministers
    "defence minister": "defence-minister",
    "secretary of defense": "defence-minister",
    "defence secretary": "defence-minister",
    # spokespersons
    "foreign ministry spokesperson": "spokesperson",
    "state department spokesperson": "spokesperson",
    "press secretary": "spokesperson",
    "national security council spokesperson": "spokesperson",
    # heads of international secretariats
    "secretary-general": "secretary-general",
    # everything else worth knowing
    "vice president": "other",
    "crown prince": "other",
    "general secretary": "other",
    "chairman of the central military commission": "other",
    "chairman of the state affairs commission": "other",
    "president of the presidium of the supreme people's assembly": "other",
    "national security adviser": "other",
    "secretary of the security council": "other",
    "deputy chairman of the security council": "other",
    "permanent representative to the united nations": "other",
    "ambassador to the united states": "other",
    "director of the office of the central foreign affairs commission": "other",
    "state councilor": "other",
    "head of the presidential office": "other",
    "commander-in-chief": "other",
    "chief of army staff": "other",
    "director-general": "other",
    "managing director": "other",
    "chairperson of the commission": "other",
    "prosecutor": "other",
    "high commissioner": "other",
    "political bureau chief": "other",
    "leader": "other",
    "chairman of the people's council": "other",
    "self-declared interim president": "other",
    "finance minister": "other",
    "special envoy": "other",
    "presidential aide": "other",
}

# title words in text -> the data's role spelling
_ROLE_SYNONYMS: dict[str, str] = {
    "fm": "foreign minister",
    "minister of foreign affairs": "foreign minister",
    "minister for foreign affairs": "foreign minister",
    "foreign affairs minister": "foreign minister",
    "minister of external affairs": "foreign minister",
    "external affairs minister": "foreign minister",
    "foreign minister": "foreign minister",
    "top diplomat": "foreign minister",
    "chief diplomat": "foreign minister",
    "us secretary of state": "secretary of state",
    "secretary of state for foreign and commonwealth affairs": "foreign secretary",
    "secretary of state for foreign commonwealth and development affairs": "foreign secretary",
    "high representative for foreign affairs and security policy": "high representative",
    "eu foreign policy chief": "high representative",
    "foreign policy chief": "high representative",
    "pm": "prime minister",
    "head of government": "prime minister",
    "federal chancellor": "chancellor",
    "chancellor": "chancellor",
    "premier of the state council": "premier",
    "head of state": "president",
    "defense minister": "defence minister",
    "minister of defence": "defence minister",
    "minister of defense": "defence minister",
    "minister of national defense": "defence minister",
    "minister of national defence": "defence minister",
    "minister of the armed forces": "defence minister",
    "defense secretary": "secretary of defense",
    "secretary of war": "secretary of defense",
    "war secretary": "secretary of defense",
    "secretary of state for defence": "defence secretary",
    "foreign ministry spokesperson": "foreign ministry spokesperson",
    "foreign ministry spokesman": "foreign ministry spokesperson",
    "foreign ministry spokeswoman": "foreign ministry spokesperson",
    "spokesperson of the foreign ministry": "foreign ministry spokesperson",
    "spokesperson of the ministry of foreign affairs": "foreign ministry spokesperson",
    "mfa spokesperson": "foreign ministry spokesperson",
    "kremlin spokesman": "press secretary",
    "kremlin spokesperson": "press secretary",
    "white house press secretary": "press secretary",
    "secretary general": "secretary-general",
    "sg": "secretary-general",
    "un secretary-general": "secretary-general",
    "nato secretary-general": "secretary-general",
    "vice-president": "vice president",
    "vp": "vice president",
    "party secretary": "general secretary",
    "general secretary of the communist party of china": "general secretary",
    "general secretary of the cpc central committee": "general secretary",
    "cmc chairman": "chairman of the central military commission",
    "nsa": "national security adviser",
    "national security advisor": "national security adviser",
    "un ambassador": "permanent representative to the united nations",
    "ambassador to the un": "permanent representative to the united nations",
    "ambassador to the united nations": "permanent representative to the united nations",
    "permanent representative to the un": "permanent representative to the united nations",
    "commander in chief": "commander-in-chief",
    "emperor": "emperor",
    "monarch": "king",
    "sovereign": "king",
    "sultan": "king",
    "grand duke": "king",
    "prince": "king",
}

_DEMONYM_PREFIX = re.compile(r"^(?:the|a|an)\s+")
_PUNCT = re.compile(r"[.,;:()\"']")


def normalise_role(role_words: str) -> str:
    """Lower-case, drop articles and punctuation, unify spaces around hyphens.

    >>> normalise_role("the Foreign Minister")
    'foreign minister'
    >>> normalise_role("Secretary General")
    'secretary general'
    """
    text = role_words.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    text = _PUNCT.sub(" ", text.casefold())
    text = re.sub(r"\s*-\s*", "-", text)
    text = re.sub(r"\s+", " ", text).strip()
    return _DEMONYM_PREFIX.sub("", text)


def canonical_role(role_words: str) -> str:
    """The data's role spelling for title words, or the normalised words themselves.

    >>> canonical_role("Minister of Foreign Affairs"), canonical_role("FM"), canonical_role("Premier")
    ('foreign minister', 'foreign minister', 'premier')
    """
    text = normalise_role(role_words)
    return _ROLE_SYNONYMS.get(text, text)


def role_kind(role_words: str) -> str | None:
    """The office kind that title words name, or ``None`` when they name no office we know.

    Exact titles are looked up first (``ROLE_KINDS`` and their synonyms); failing that, keywords
    decide ("... spokesperson" is a spokesperson, "foreign ... minister" a foreign minister). Deputy
    and vice offices are ``"other"``: a "Deputy Foreign Minister" is not the foreign minister.

    >>> role_kind("Foreign Ministry spokesperson"), role_kind("Secretary of State")
    ('spokesperson', 'foreign-minister')
    >>> role_kind("Chancellor"), role_kind("Chancellor of the Exchequer"), role_kind("Vice President")
    ('head-of-government', 'other', 'other')
    >>> role_kind("Deputy Foreign Minister"), role_kind("banana") is None
    ('other', True)
    """
    text = normalise_role(role_words)
    if not text:
        return None
    if text.replace(" ", "-") in OFFICE_KINDS:
        return text.replace(" ", "-")
    role = _ROLE_SYNONYMS.get(text, text)
    if role in ROLE_KINDS:
        return ROLE_KINDS[role]
    words = set(re.split(r"[\s-]+", text))
    if words & {"deputy", "vice", "assistant", "under", "former", "ex", "acting-deputy", "first-deputy"}:
        return "other"
    if "exchequer" in words or "finance" in words or "treasury" in words:
        return "other"
    if words & {"spokesperson", "spokesman", "spokeswoman", "spokespeople"} or "press secretary" in text:
        return "spokesperson"
    if "secretary-general" in text or "secretary general" in text:
        return "secretary-general"
    if "foreign" in words and words & {"minister", "secretary"}:
        return "foreign-minister"
    if "external" in words and "minister" in words:
        return "foreign-minister"
    if words & {"defence", "defense"} and words & {"minister", "secretary"}:
        return "defence-minister"
    if "prime" in words or "premier" in words or ("chancellor" in words and len(words) <= 2):
        return "head-of-government"
    if words & {"king", "queen", "emperor", "emir", "sultan", "monarch", "pope"} or "supreme leader" in text:
        return "head-of-state"
    if "president" in words:
        if words & {"commission", "council", "parliament", "assembly", "bank", "court", "party"}:
            return "other"
        return "head-of-state"
    return None
