"""Chinese paragraphs: actor mentions via jieba, and Chinese evidence for claims both versions state.

Bilingual sources print a paragraph in English, then its Chinese translation. The claims are
read from the English; the Chinese paragraph that follows an English one is taken as its
translation, and a claim whose actors (by their Chinese aliases) appear together in one of its
sentences gets that sentence as ``evidence_zh`` with its offsets. A fact stated in both languages
is therefore one claim with two pieces of evidence, never two claims.

jieba segments with a user dictionary of every Chinese alias in the gazetteer, so 上海合作组织
stays one word and 和普京 splits into 和 / 普京.
"""

from __future__ import annotations

import logging
import re
from functools import cache
from typing import TYPE_CHECKING, Any

from .gazetteer import Entry, Gazetteer

if TYPE_CHECKING:
    from .assemble import DocumentReading, NodeBook

__all__ = ["align_chinese", "chinese_mentions", "zh_sentences"]

_SENTENCE = re.compile(r"[^。！？；!?;]+[。！？；!?;]?")


@cache
def _segmenter(gazetteer: Gazetteer) -> tuple[Any, dict[str, Entry]]:
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    aliases: dict[str, Entry] = {}
    for surface, entry in gazetteer.surface_forms("zh"):
        if len(surface) >= 2 or entry.kind.value == "State":
            aliases.setdefault(surface, entry)
            tokenizer.add_word(surface, freq=200000, tag="nz")
    return tokenizer, aliases


def chinese_mentions(text: str, gazetteer: Gazetteer, offset: int = 0) -> list[tuple[int, int, Entry]]:
    """(start, end, entry) for every gazetteer actor jieba finds in Chinese text."""
    tokenizer, aliases = _segmenter(gazetteer)
    out = []
    for word, start, end in tokenizer.tokenize(text):
        entry = aliases.get(word)
        if entry is not None and (len(word) >= 2 or _single_char_ok(text, start)):
            out.append((offset + start, offset + end, entry))
    return out


def _single_char_ok(text: str, start: int) -> bool:
    """One-character state names (中, 俄, 美, 乌) only in compounds like 中俄 / 俄乌, never alone."""
    neighbours = text[max(0, start - 1) : start] + text[start + 1 : start + 2]
    return bool(re.search(r"[中俄美乌欧日印英法德朝韩]", neighbours))


def _cues(claim: dict[str, Any]) -> list[str]:
    """Chinese renderings of a claim's date and tallies: "10月12日", "141票"."""
    cues = []
    date = claim["props"].get("date") or ""
    parts = date.split("-")
    if len(parts) == 3:
        cues.append(f"{int(parts[1])}月{int(parts[2])}日")
    elif len(parts) == 2:
        cues.append(f"{int(parts[1])}月")
    for key in ("yes", "no", "abstain"):
        if isinstance(claim["attrs"].get(key), int):
            cues.append(f"{claim['attrs'][key]}票")
    return cues


def zh_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [(start + m.start(), start + m.end()) for m in _SENTENCE.finditer(text[start:end]) if m.group(0).strip()]


def align_chinese(
    reading: DocumentReading, claims: dict[str, dict[str, Any]], book: NodeBook, gazetteer: Gazetteer
) -> None:
    """Count Chinese mentions and attach ``evidence_zh`` to the claims their translation states."""
    if not reading.chinese:
        return
    text = reading.source.text
    english = sorted({(r.paragraph.start, r.paragraph.end) for r in reading.readings})
    zh_for: dict[int, list[tuple[int, int]]] = {}
    mentions_in: dict[tuple[int, int], list[tuple[int, int, Entry]]] = {}
    for para in reading.chinese:
        found = chinese_mentions(text[para.start : para.end], gazetteer, para.start)
        mentions_in[(para.start, para.end)] = found
        for _, _, entry in found:
            if entry.id in book.nodes or entry.kind.value in ("State", "Organisation", "Person"):
                book.add(entry.id, {**entry.properties, "name": entry.name})
        for s, e, entry in found:
            book.forms[entry.id][text[s:e]] += 1
        # the English paragraph right before this one is what it translates
        previous = [p for p in english if p[1] <= para.start]
        if previous:
            zh_for.setdefault(previous[-1][0], []).append((para.start, para.end))
    for claim in claims.values():
        props = claim["props"]
        en_para = next((p for p in english if p[0] <= props["start"] < p[1]), None)
        if en_para is None or en_para[0] not in zh_for:
            continue
        wanted = {claim["source"], claim["target"]}
        cues = _cues(claim)
        best = None
        for zs, ze in zh_for[en_para[0]]:
            found = mentions_in[(zs, ze)]
            for ss, se in zh_sentences(text, zs, ze):
                ids = {entry.id for s, e, entry in found if ss <= s < se}
                actors = len(ids & wanted)
                # the claim's date and numbers tell apart sentences naming the same actors
                score = actors + sum(2 for cue in cues if cue in text[ss:se])
                if actors and (best is None or score > best[0]):
                    best = (score, ss, se, actors)
        needed = 2 if claim["target"].startswith(("state:", "org:", "person:", "group:")) else 1
        if best and best[3] >= needed:
            _, ss, se, _ = best
            claim["attrs"]["evidence_zh"] = text[ss:se]
            claim["attrs"]["evidence_zh_start"] = ss
            claim["attrs"]["evidence_zh_end"] = se
