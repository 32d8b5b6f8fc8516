"""Offset-preserving text preparation: paragraphs, their language, page furniture, markup.

Evidence offsets index into the stored document text, so nothing here moves a character: markup
and odd whitespace are *masked* (replaced by spaces of the same length) in a copy the NLP reads,
and paragraphs are spans of the original.
"""

from __future__ import annotations

import re

from .handoffs import Lang, Paragraph, Role

__all__ = ["Paragraph", "cjk_ratio", "mask_markup", "segment"]


_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")
_SENTENCE_END = re.compile(r"""[.!?:;。！？；…"”'’)\]]\s*$""")
# A transcript turn: "THE PRESIDENT:", "MS. PSAKI:", "Q", "SECRETARY BLINKEN:"
_SPEAKER_LABEL = re.compile(r"^(?:Q(?=\s)|(?:[A-Z][A-Z.'’-]*\s){0,4}[A-Z][A-Z.'’-]+:(?=\s|$))")

# Markdown / HTML markup masked before NLP (same length, so offsets hold).
_MASKS = [
    re.compile(r"!?\[([^\]\n]*)\]\([^)\s]*(?:\s+\"[^\"]*\")?\)"),  # [text](url) -> text
    re.compile(r"<[^>\n]{1,200}>"),  # inline HTML tags
    re.compile(r"https?://\S+"),  # bare URLs
    re.compile(r"&(?:nbsp|amp|quot|lt|gt|#\d+);"),  # entities
]
_FOOTNOTE = re.compile(r"(?<=[.”\"’)\]a-z])\d{1,3}(?=\s+[A-Z“\"]|\s*$|\s*\n)", re.M)
_MARKDOWN_CHARS = re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|^#{1,6}\s|^\s*>\s?|^\s*[-*+]\s)", re.M)


def cjk_ratio(s: str) -> float:
    """Share of CJK ideographs among letters (CJK + Latin)."""
    cjk = len(_CJK.findall(s))
    latin = len(_LATIN.findall(s))
    return cjk / (cjk + latin) if cjk + latin else 0.0


def mask_markup(text: str) -> str:
    """The text with markup, URLs and odd whitespace replaced by spaces, character for character."""
    chars = list(text)

    def blank(start: int, end: int) -> None:
        for i in range(start, end):
            if chars[i] != "\n":
                chars[i] = " "

    for pattern in _MASKS:
        for m in pattern.finditer(text):
            if m.re is _MASKS[0]:
                blank(m.start(), m.start(1))  # the "[" or "!["
                blank(m.end(1), m.end())  # "](url)"
            else:
                blank(m.start(), m.end())
    for m in _MARKDOWN_CHARS.finditer(text):
        blank(m.start(), m.end())
    # footnote markers glued to punctuation ("(SAARC).6 On December 9") keep spaCy from seeing
    # the sentence end; they are references, not words
    for m in _FOOTNOTE.finditer(text):
        blank(m.start(), m.end())
    _unwrap(text, chars)
    out = "".join(chars)
    # Non-breaking and zero-width spaces confuse the tokenizer; tabs are spaces here.
    return out.translate({0xA0: " ", 0x200B: " ", 0x2009: " ", 0x202F: " ", 0x09: " ", 0xFEFF: " "})


_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?"
    r"|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
#: a wire story's dateline: "MOSCOW, June 19 (AFP):", "Aug. 7 (UPI) --", "WASHINGTON (dpa-AFX) -",
#: or a city in capitals alone ("JAKARTA –", "WASHINGTON:"); it places the story, it is no clause
_WIRE_LEAD = re.compile(
    r"[ \t]*(?:"
    r"(?:[A-Z][\w .'’-]{1,40},\s*)?" + _MONTH + r"\s+\d{1,2}(?:,\s*\d{4})?\s*\([\w .&-]{2,20}\)"
    r"|[A-Z]{4,}(?:[ -][A-Z]{2,}){0,2}(?:\s*\([\w .&-]{2,20}\))?"
    r")\s*(?:--|[-–—:])\s+(?=[A-Z“\"])"
)
#: the prose a dateline opens is long; a short first line starting "NATO:" is a headline
_LEAD_PROSE = 60


def _wire_lead(text: str) -> tuple[int, int] | None:
    """The dateline opening one of the first lines of a story, as (start, end), if any."""
    pos = 0
    for n, line in enumerate(text.split("\n")[:15]):
        m = _WIRE_LEAD.match(line)
        # a city alone opens only the story's first lines; with a date or an agency, any of the
        # top lines (after a headline and a photo caption)
        if m is not None and len(line) - m.end() >= _LEAD_PROSE and (n < 3 or "(" in m.group(0)):
            return pos + m.start(), pos + m.end()
        pos += len(line) + 1
    return None


def _unwrap(text: str, chars: list[str]) -> None:
    """Hard-wrapped prose: a line break inside a sentence is a space to the parser.

    spaCy reads a newline as a likely sentence end, so "the U.S.\ncommitment" or "Prime Minister
    Kaja Kallas\nof Estonia" would be parsed as two pieces. A single line break becomes a space
    when the next line goes on in lower case, or when the line before is a long line of prose
    that stops mid-sentence; list items, headings and table rows keep their line breaks.
    """
    for m in _LINE_BREAK.finditer(text):
        i = m.start()
        line = text[text.rfind("\n", 0, i) + 1 : i].strip()
        end = text.find("\n", i + 1)
        nxt = text[i + 1 : end if end != -1 else len(text)]
        if not line or not nxt.strip() or _BLOCK_START.match(nxt) or _BLOCK_START.match(line):
            continue
        if nxt.lstrip()[:1].islower() or (len(line) >= WRAPPED_LINE and line[-1] not in ".!?:;"):
            chars[i] = " "


#: a line at least this long that stops mid-sentence was wrapped, not ended
WRAPPED_LINE = 60
_LINE_BREAK = re.compile(r"(?<=[^\n])\n(?=[^\n])")
#: lines that start a block of their own: list items, headings, quotes, table rows
_BLOCK_START = re.compile(r"[ \t]*(?:[-*+•]\s|\d{1,3}[.)]\s|#|>|\|)")


#: a list item's marker: "- ", "* ", "• ", "1. ", "a) "
_LIST_ITEM = re.compile(r"^\s*(?:[-*+•▪◦]|\d{1,3}[.)]|[a-z][.)])\s+\S")


def _is_furniture(line: str) -> bool:
    """Page furniture: share buttons, "PDF", "Back to Top", nav crumbs, bare links."""
    words = line.split()
    if not words:
        return True
    if _LIST_ITEM.match(line) and any(c.isalpha() for c in line):
        return False  # a list's item ("- Argentina", "• Michael Gahler (EPP)") is content, however short
    if len(words) <= 3 and not _SENTENCE_END.search(line):
        return True
    letters = sum(c.isalpha() for c in line)
    return letters < 0.5 * len(line.strip())


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for line in text[start:end].split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def segment(text: str) -> list[Paragraph]:
    """Split a document into paragraphs with language and role, keeping offsets.

    Blocks separated by blank lines are paragraphs; inside a block, a line break after
    sentence-final punctuation (or around a short line) also ends a paragraph, while hard-wrapped
    lines (as in the White House transcripts) stay together.
    """
    paragraphs: list[Paragraph] = []
    speaker: str | None = None
    for block in re.finditer(r"[^\n]+(?:\n[^\n]*\S[^\n]*)*", text):
        current: list[tuple[int, int]] = []
        lines = [ln for ln in _lines(text, block.start(), block.end()) if text[ln[0] : ln[1]].strip()]
        for i, (ls, le) in enumerate(lines):
            current.append((ls, le))
            line = text[ls:le].strip()
            nxt = text[lines[i + 1][0] : lines[i + 1][1]].strip() if i + 1 < len(lines) else ""
            # a next line that goes on in lower case continues the sentence ("the U.S.\ncommitment")
            ends_here = (
                not nxt
                or cjk_ratio(line) > 0.3 != (cjk_ratio(nxt) > 0.3)
                or (
                    not nxt[:1].islower()
                    and (_SENTENCE_END.search(line) is not None or len(line) < WRAPPED_LINE or len(nxt) < 20)
                )
            )
            if ends_here:
                para, speaker = _make_paragraph(text, current[0][0], current[-1][1], speaker)
                paragraphs.extend(para)
                current = []
    return _without_dateline(text, paragraphs)


def _without_dateline(text: str, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """A wire dateline opening a paragraph ("MOSCOW, June 19 (AFP):") is furniture of its own: it
    places the story and is no part of its first clause (the parser would take "MOSCOW" for a
    subject)."""
    lead = _wire_lead(text)
    if lead is None:
        return paragraphs
    out = []
    for p in paragraphs:
        if p.role == "body" and lead[0] <= p.start < lead[1] < p.end:
            body = lead[1] + len(text[lead[1] : p.end]) - len(text[lead[1] : p.end].lstrip())
            out.append(Paragraph(p.start, lead[1], p.lang, "furniture", p.speaker_label))
            out.append(Paragraph(body, p.end, p.lang, p.role, p.speaker_label))
        else:
            out.append(p)
    return out


def _make_paragraph(text: str, start: int, end: int, speaker: str | None) -> tuple[list[Paragraph], str | None]:
    raw = text[start:end]
    lead = len(raw) - len(raw.lstrip())
    start, end = start + lead, start + len(raw.rstrip())
    body = text[start:end]
    out: list[Paragraph] = []
    label = _SPEAKER_LABEL.match(body)
    if label:
        speaker = label.group(0).rstrip(":").strip()
        out.append(Paragraph(start, start + label.end(), "en", "speaker", speaker))
        rest = body[label.end() :]
        start += label.end() + (len(rest) - len(rest.lstrip()))
        body = text[start:end]
        if not body:
            return out, speaker
    lang: Lang = "zh" if cjk_ratio(body) > 0.3 else "en"
    if lang == "en" and _is_furniture(body):
        role: Role = "furniture"
    elif lang == "en" and not _SENTENCE_END.search(body) and len(body.split()) <= 16:
        role = "heading"
    else:
        role = "body"
    out.append(Paragraph(start, end, lang, role, speaker))
    return out, speaker
