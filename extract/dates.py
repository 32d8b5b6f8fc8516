"""Date expressions in text, resolved to ``YYYY[-MM[-DD]]`` against the publication date.

The structured forms news uses are read by pattern, exactly: "March 2, 2022", "June 2022",
"2022-03-02", "2022年3月2日", lists sharing one year ("March 2, October 12, and November 14,
2022"), ranges ("From May 8 to 10", "May 8-10, 2015"), and relative expressions ("last July",
"this year", "last September", "early 2025"). Anything else spaCy marks as a DATE goes to
``dateparser`` (cached), which also supplies the precision.

A day and month without a year take the year of the most recent explicit year earlier in the
same paragraph, else the latest such date not after the publication date (an article published
2023-01-11 saying "On December 9" means 2022-12-09).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from .handoffs import DateMention

__all__ = [
    "RELATIVE_DAY",
    "Anchor",
    "DateMatch",
    "DateMention",
    "find_dates",
    "parse_with_dateparser",
    "resolve_dates",
    "scan_dates",
]

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH = (
    r"(?P<{name}>January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_YEAR = r"(?P<{name}>(?:19[5-9]\d|20[0-4]\d))"
_DAY = r"(?P<{name}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"


def _m(name: str) -> str:
    return _MONTH.format(name=name)


def _y(name: str) -> str:
    return _YEAR.format(name=name)


def _d(name: str) -> str:
    return _DAY.format(name=name)


# Order matters: longer forms first; each is tried at every position.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b" + _y("y") + r"-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?\b")),
    ("zh", re.compile(r"(?P<y>(?:19|20)\d\d)年(?:(?P<m>1[0-2]|0?[1-9])月(?:(?P<d>[12]\d|3[01]|0?[1-9])日)?)?")),
    ("zh_md", re.compile(r"(?<![\d年])(?P<m>1[0-2]|0?[1-9])月(?P<d>[12]\d|3[01]|0?[1-9])日")),
    ("zh_rel_m", re.compile(r"(?P<rel>去年|今年|明年)(?P<m>1[0-2]|0?[1-9])月")),
    # May 8-10, 2015 / May 8 to 10, 2015 / From May 8 to 10
    (
        "md_range",
        re.compile(
            r"\b"
            + _m("m")
            + r"\s+"
            + _d("d")
            + r"\s*(?:-|–|to|until|through)\s*"
            + _d("d2")
            + r"\b(?:,?\s+"
            + _y("y")
            + r")?(?!\s*(?:-|–)?\s*(?:p\.?m|a\.?m|per|percent|%))"
        ),
    ),
    # 8-10 May 2015
    (
        "dm_range",
        re.compile(r"\b" + _d("d") + r"\s*(?:-|–|to)\s*" + _d("d2") + r"\s+" + _m("m") + r"(?:,?\s+" + _y("y") + r")?"),
    ),
    # March 2, 2022 / March 2 2022 / March 2
    ("mdy", re.compile(r"\b" + _m("m") + r"\s+" + _d("d") + r"\b(?:(?:\s*,\s*|\s+)" + _y("y") + r"\b)?(?![:\d])")),
    # 2 March 2022 / 2 March
    ("dmy", re.compile(r"\b" + _d("d") + r"\s+(?:of\s+)?" + _m("m") + r"\b(?:,?\s+" + _y("y") + r"\b)?")),
    # last July / this September / next March
    ("rel_month", re.compile(r"\b(?P<rel>last|this|next|past)\s+" + _m("m") + r"\b", re.I)),
    # June 2022 / early 2025 / mid-2015 / late March 2022
    (
        "my",
        re.compile(
            r"\b(?:(?P<part>early|mid|late|the end of|end of|the beginning of|beginning of)[\s-]+)?"
            + _m("m")
            + r",?\s+(?:of\s+)?"
            + _y("y")
            + r"\b",
            re.I,
        ),
    ),
    (
        "part_y",
        re.compile(
            r"\b(?P<part>early|mid|late|the end of|end of|the beginning of|beginning of"
            r"|spring|summer|autumn|fall|winter)[\s-]+(?:of\s+)?" + _y("y") + r"\b",
            re.I,
        ),
    ),
    ("rel_year", re.compile(r"\b(?P<rel>last|this|next|past)\s+year\b", re.I)),
    # a bare month: "In September", "in October he" (year from context)
    (
        "month",
        re.compile(
            r"\b(?:in|In|since|Since|by|By|during|During|early|late|mid|until|Until)\s+(?:early\s+|late\s+|mid-)?"
            + _m("m")
            + r"\b(?!\s+\d)"
        ),
    ),
    (
        "year",
        re.compile(
            r"(?<![\d/$€£¥.,-])\b" + _y("y") + r"\b(?![\d%]|\s*(?:percent|per cent|tons?|billion|million))(?!-\d)"
        ),
    ),
]


@dataclass(frozen=True)
class Anchor:
    """The publication date (any precision) that relative and year-less dates resolve against."""

    published: str | None

    @property
    def base(self) -> dt.date | None:
        if not self.published:
            return None
        y, *rest = (int(x) for x in self.published.split("-"))
        if not rest:  # year precision: the latest date in that year
            return dt.date(y, 12, 31)
        if len(rest) == 1:
            m = rest[0]
            return dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)
        return dt.date(y, rest[0], rest[1])


def _iso(y: int, m: int | None = None, d: int | None = None) -> tuple[str, str] | None:
    try:
        if d is not None and m is not None:
            return dt.date(y, m, d).isoformat(), "day"
    except ValueError:
        return None
    if m is not None:
        return f"{y:04d}-{m:02d}", "month"
    return f"{y:04d}", "year"


def _month(name: str) -> int:
    return MONTHS[name.lower().rstrip(".")]


def _year_for(month: int, day: int | None, context_year: int | None, anchor: Anchor) -> tuple[int | None, str]:
    if context_year is not None:
        return context_year, "context"
    base = anchor.base
    if base is None:
        return None, "unknown"
    y = base.year
    probe = dt.date(y, month, min(day or 1, 28))
    if probe > base:
        y -= 1
    return y, "publication"


#: a Security Council resolution's number and year, as the UN cites it
_CITED_YEAR = re.compile(r"(?:\b(?:resolutions?|S/RES/)\s*\d{3,4}\s*)\((?P<y>(?:19|20)\d\d)\)", re.I)


@dataclass(frozen=True)
class DateMatch:
    """A dated expression as the patterns found it, before a year is given to a year-less one."""

    start: int
    end: int
    kind: str
    groups: dict[str, Any]
    #: its own year, or the year a list of dates shares ("March 2 and November 14, 2022")
    year: int | None


def find_dates(text: str, *, anchor: Anchor, offset: int = 0, context_year: int | None = None) -> list[DateMention]:
    """Date mentions in ``text`` (a paragraph), offsets shifted by ``offset``.

    ``context_year`` is the last explicit year before this paragraph (for year-less dates);
    explicit years inside the paragraph update it as the scan proceeds.
    """
    return resolve_dates(text, scan_dates(text), anchor=anchor, offset=offset, context_year=context_year)


def scan_dates(text: str) -> list[DateMatch]:
    """The dated expressions of ``text`` in order, with the years they state: the patterns' work,
    which depends on the text alone (the pipeline's dates component runs it per paragraph)."""
    found: list[tuple[int, int, str, re.Match[str]]] = []
    taken = [False] * (len(text) + 1)
    for m in _CITED_YEAR.finditer(text):
        # "resolution 2235 (2015)", "S/RES/2669(2022)": the year is part of a symbol, not a date
        for i in range(m.start("y"), m.end("y")):
            taken[i] = True
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(taken[m.start() : m.end()]):
                continue
            found.append((m.start(), m.end(), kind, m))
            for i in range(m.start(), m.end()):
                taken[i] = True
    found.sort()
    # Lists sharing a trailing year: "March 2, October 12, and November 14, 2022"
    trailing_year: dict[int, int] = {}
    for i in range(len(found) - 1, -1, -1):
        _, e, kind, m = found[i]
        gd = m.groupdict()
        if gd.get("y"):
            year = int(gd["y"])
        elif (
            i + 1 < len(found)
            and kind in ("mdy", "dmy")
            and re.fullmatch(r"[\s,]*(?:and\s+|or\s+)?", text[e : found[i + 1][0]])
        ):
            year = trailing_year.get(i + 1)  # type: ignore[assignment]
        else:
            year = None
        if year is not None:
            trailing_year[i] = year
    return [
        DateMatch(s, e, kind, m.groupdict(), int(m.group("y")) if m.groupdict().get("y") else trailing_year.get(i))
        for i, (s, e, kind, m) in enumerate(found)
    ]


def resolve_dates(
    text: str, matches: list[DateMatch], *, anchor: Anchor, offset: int = 0, context_year: int | None = None
) -> list[DateMention]:
    """The date mentions of ``scan_dates(text)``: year-less ones take the narrative's year
    (``context_year``, then each explicit year met) or the publication's (see ``find_dates``)."""
    out: list[DateMention] = []
    year_ctx = context_year
    base = anchor.base
    for match in matches:
        s, e, gd = match.start, match.end, match.groups
        resolved = _resolve(match, year_ctx, anchor)
        if resolved is None:
            continue
        result, end_date, basis = resolved
        # a year names the narrative's time only if it is not in the future of the text ("the 2030
        # Agenda") and not one of a list of different years ("in Iraq in 2003 and Libya in 2011")
        if (
            basis == "explicit"
            and gd.get("y")
            and (base is None or int(gd["y"]) <= base.year)
            and not among_other_years(text, s, e, int(gd["y"]))
        ):
            year_ctx = int(gd["y"])
        out.append(DateMention(offset + s, offset + e, result[0], result[1], text[s:e], end_date, basis))
    return out


def _resolve(match: DateMatch, year_ctx: int | None, anchor: Anchor) -> tuple[tuple[str, str], str | None, str] | None:
    """One match's (date, precision), end date and basis, or None when it dates nothing."""
    kind, gd, y = match.kind, match.groups, match.year
    basis = "explicit"
    end_date = None
    result: tuple[str, str] | None = None
    if kind in ("iso", "zh"):
        result = _iso(int(gd["y"]), int(gd["m"]) if gd.get("m") else None, int(gd["d"]) if gd.get("d") else None)
    elif kind in ("mdy", "dmy", "md_range", "dm_range", "zh_md"):
        month = _month(gd["m"]) if not gd["m"].isdigit() else int(gd["m"])
        day = int(gd["d"])
        if y is None:
            y, basis = _year_for(month, day, year_ctx, anchor)
        if y is not None:
            result = _iso(y, month, day)
            if kind.endswith("range") and gd.get("d2"):
                end = _iso(y, month, int(gd["d2"]))
                end_date = end[0] if end else None
    elif kind in ("my", "month"):
        month = _month(gd["m"])
        if y is None:
            y, basis = _year_for(month, None, year_ctx, anchor)
        if y is not None:
            result = _iso(y, month)
    elif kind in ("part_y", "year"):
        result = _iso(int(gd["y"]))
    elif kind in ("rel_month", "zh_rel_m", "rel_year"):
        result = _relative(kind, gd, anchor.base)
        basis = "relative"
    return None if result is None else (result, end_date, basis)


def _relative(kind: str, gd: dict[str, Any], base: dt.date | None) -> tuple[str, str] | None:
    """A month or year named relative to the publication ("last March", "next year", "去年")."""
    if base is None:
        return None
    if kind == "rel_year":
        return _iso(base.year + {"last": -1, "past": -1, "this": 0, "next": 1}[gd["rel"].lower()])
    month = _month(gd["m"]) if not gd["m"].isdigit() else int(gd["m"])
    rel = {"去年": "last-year", "今年": "this", "明年": "next-year"}.get(gd["rel"], gd["rel"].lower())
    if rel in ("last", "past"):  # the most recent such month before the current one
        year = base.year if month < base.month else base.year - 1
    elif rel == "next":  # the first such month after the current one
        year = base.year if month > base.month else base.year + 1
    else:
        year = base.year + {"last-year": -1, "this": 0, "next-year": 1}[rel]
    return _iso(year, month)


_SENTENCE_END = re.compile(r"[.!?。！？]\s")
_ANY_YEAR = re.compile(r"\b(19[0-9]{2}|20[0-9]{2})\b")


def among_other_years(text: str, start: int, end: int, year: int) -> bool:
    """Whether the sentence around ``text[start:end]`` names another year besides ``year``."""
    left = max((m.end() for m in _SENTENCE_END.finditer(text, 0, start)), default=0)
    right_end = _SENTENCE_END.search(text, end)
    right = right_end.start() if right_end else len(text)
    return any(int(m.group(1)) != year for m in _ANY_YEAR.finditer(text, left, right))


@lru_cache(maxsize=4096)
def parse_with_dateparser(expression: str, published: str | None, *, ahead: bool = False) -> tuple[str, str] | None:
    """A date spaCy found that the patterns did not, read by dateparser against the publication date.

    ``ahead``: the clause speaks of what is to come, so a bare weekday is the next one, not the last.
    """
    from dateparser.date import DateDataParser

    base = Anchor(published).base
    settings = {"PREFER_DATES_FROM": "future" if ahead else "past", "RETURN_TIME_AS_PERIOD": True, "REQUIRE_PARTS": []}
    if base is not None:
        settings["RELATIVE_BASE"] = dt.datetime(base.year, base.month, base.day)
    data = DateDataParser(languages=["en"], settings=settings).get_date_data(expression)
    if data.date_obj is None or data.period not in ("day", "month", "year", "week"):
        return None
    d = data.date_obj.date()
    if data.period == "year":
        return f"{d.year:04d}", "year"
    if data.period == "month":
        return f"{d.year:04d}-{d.month:02d}", "month"
    return d.isoformat(), "day"


#: spaCy DATE entities dateparser may read: days relative to the publication date. Durations
#: ("for two years", "decades") are not dates, so only these forms go to it.
#: a relative day ("yesterday", "last week", "Monday"): the model's DATE entities date those (public
#: for extract.cascade, which parses the sentences that hold one)
RELATIVE_DAY = _RELATIVE_DAY = re.compile(
    r"\b(?:yesterday|today|tonight|tomorrow|(?:last|this|next|past)\s+(?:week|month|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\d+\s+days?\s+ago)\b",
    re.I,
)


def relative_day_dates(
    entities: list[tuple[int, int, str, bool]], found: list[DateMention], *, anchor: Anchor
) -> list[DateMention]:
    """Dates for spaCy DATE entities the patterns did not read, by dateparser, relative days only.

    ``entities`` are (start, end, text, ahead) in document offsets, ``ahead`` when the clause speaks
    of what is to come; ones overlapping ``found`` are skipped.
    """
    if anchor.base is None:
        # Without the document's own date a relative day has nothing to count from; dateparser
        # would count from the day of the ingest and date a 2018 speech's "yesterday" to today.
        return []
    out = []
    for start, end, text, ahead in entities:
        if any(m.start < end and start < m.end for m in found) or not _RELATIVE_DAY.search(text):
            continue
        parsed = _publication_weekday(text, anchor) or parse_with_dateparser(text, anchor.published, ahead=ahead)
        if parsed is not None:
            out.append(DateMention(start, end, parsed[0], parsed[1], text, basis="relative"))
    return out


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
#: a weekday with nothing that moves it off the day of writing ("last", "next" do)
_BARE_WEEKDAY = re.compile(
    r"^(?:(?:earlier|later|late|early)\s+)?(?:on\s+)?(?:this\s+)?(?P<day>" + "|".join(_WEEKDAYS) + r")(?:'s|’s)?$",
    re.I,
)


def _publication_weekday(text: str, anchor: Anchor) -> tuple[str, str] | None:
    """ "on Wednesday" in a text published on a Wednesday is the day of publication, not a week off."""
    m = _BARE_WEEKDAY.match(text.strip())
    if m is None or anchor.published is None or len(anchor.published) != 10:
        return None
    base = anchor.base
    if base is None or _WEEKDAYS[base.weekday()] != m.group("day").lower():
        return None
    return base.isoformat(), "day"
