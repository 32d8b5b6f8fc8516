"""Surface-form normalisation shared by the gazetteer's index and its lookups.

One function, :func:`normalise_surface`, turns any written form into the key the index stores, so
that an alias and a mention match when they differ only in ways that carry no meaning:

* Unicode compatibility forms (NFKC: full-width letters and brackets), curly quotes and
  apostrophes, dash and hyphen variants, middle dots in Chinese transcriptions of names;
* a leading article ("the United States", "The Gambia") and a trailing possessive
  ("Russia's", "the Philippines'");
* dots in initialisms ("U.S." is "US", "D.P.R.K." is "DPRK"), "St." and "St" for "Saint";
* hyphens against spaces ("Kim Jong-un" is "Kim Jong Un"), commas, repeated spaces;
* accents and a few letters NFKD does not decompose ("Erdoğan", "Yıldırım", "Sikorski/ł");
* letter case, except for initialisms: a form with no lower-case letter and at least two
  upper-case ones keeps its case, so "US" never matches the pronoun "us" and "WHO" never
  matches "who". Acronyms that the press also writes in title case ("Nato", "Opec", "Asean")
  are listed as aliases of their own in the data.
"""

from __future__ import annotations

import functools
import re
import unicodedata

__all__ = ["fold_accents", "has_cjk", "is_case_sensitive", "normalise_surface"]

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u2032": "'",
        "\u00b4": "'",
        "`": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        # hyphens, dashes and the minus sign
        "\u2010": "-",
        "\u2011": "-",
        "\u2012": "-",
        "\u2013": "-",
        "\u2014": "-",
        "\u2015": "-",
        "\u2212": "-",
        "\ufe63": "-",
        # middle dots used between the parts of a transcribed name (谢尔盖·拉夫罗夫)
        "\u2022": "\u00b7",
        "\u2027": "\u00b7",
        "\u30fb": "\u00b7",
        "\u2219": "\u00b7",
        "\u22c5": "\u00b7",
    }
)
# letters NFKD leaves alone but an English writer drops the accent from
_LETTERS = str.maketrans(
    {
        "ı": "i",
        "ł": "l",
        "Ł": "L",
        "ø": "o",
        "Ø": "O",
        "đ": "d",
        "Đ": "D",
        "ħ": "h",
        "Ħ": "H",
        "æ": "ae",
        "Æ": "AE",
        "œ": "oe",
        "Œ": "OE",
        "ß": "ss",
        "þ": "th",
        "Þ": "Th",
        "ð": "d",
        "Ð": "D",
    }
)
_OUTER = " \t\n\"'.,;:!?«»"
_INITIAL_DOT = re.compile(r"(?<![A-Za-z])([A-Z])\.")
_SAINT = re.compile(r"\bSt\.?(?=\s)")
_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")


def has_cjk(text: str) -> bool:
    """Whether ``text`` contains a CJK ideograph (used to sort forms into English and Chinese).

    >>> has_cjk("Xi Jinping"), has_cjk("习近平")
    (False, True)
    """
    return _CJK.search(text) is not None


def fold_accents(text: str) -> str:
    """Drop diacritics and transliterate a few special letters; CJK text is returned unchanged.

    >>> fold_accents("Erdoğan, Çavuşoğlu, Yıldırım, Élysée")
    'Erdogan, Cavusoglu, Yildirim, Elysee'
    """
    if text.isascii():
        return text
    decomposed = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return unicodedata.normalize("NFC", "".join(c for c in decomposed if not unicodedata.combining(c)))


def is_case_sensitive(surface: str) -> bool:
    """Whether a form is an initialism matched case-sensitively ("US", "U.S.", "WHO", "OPEC+").

    True when the form has no lower-case letter and at least two upper-case letters. A matcher
    should compare such forms on the exact spelling (spaCy ``ORTH``), all others case-insensitively.

    >>> is_case_sensitive("U.S."), is_case_sensitive("Nato"), is_case_sensitive("G7")
    (True, False, False)
    """
    if surface.upper() != surface:
        return False
    return sum(1 for char in surface if char.isupper()) >= 2


@functools.lru_cache(maxsize=1 << 16)
def normalise_surface(surface: str) -> str:
    """The index key of a written form; ``""`` when nothing meaningful is left.

    >>> normalise_surface("the U.S.'s")
    'US'
    >>> normalise_surface("Russia’s")
    'russia'
    >>> normalise_surface("Kim Jong-un"), normalise_surface("Türkiye"), normalise_surface("St. Lucia")
    ('kim jong un', 'turkiye', 'saint lucia')
    >>> normalise_surface("us"), normalise_surface("俄罗斯"), normalise_surface("刚果（金）")
    ('us', '俄罗斯', '刚果(金)')
    """
    text = surface if surface.isascii() else unicodedata.normalize("NFKC", surface).translate(_QUOTES)
    text = " ".join(text.split()).strip(_OUTER)
    if text.endswith(("'s", "'S")):
        text = text[:-2].strip(_OUTER)
    if text[:4].lower() == "the ":
        text = text[4:]
    if "." in text:
        text = _INITIAL_DOT.sub(r"\1", text)
    if "St" in text:
        text = _SAINT.sub("Saint", text)
    if "-" in text or "," in text:
        text = text.replace("-", " ").replace(",", " ")
    if not text.isascii():
        text = fold_accents(text)
    text = " ".join(text.split()).strip(_OUTER)
    return text if is_case_sensitive(text) else text.casefold()
