"""Paragraphs, languages, furniture and masking keep every offset (extract/text.py)."""

from __future__ import annotations

from diplograph.extract.text import cjk_ratio, mask_markup, segment


def test_masking_keeps_length_and_offsets() -> None:
    text = "See [the **UN** statement](https://un.org/x) and&nbsp;more\u00a0text <b>here</b>."
    masked = mask_markup(text)
    assert len(masked) == len(text)
    assert masked.index("the") == text.index("the")
    assert "https" not in masked and "**" not in masked and "<b>" not in masked
    assert "UN" in masked and "statement" in masked


def test_bilingual_paragraphs_get_their_language() -> None:
    text = (
        "China and Russia signed a joint statement.\n\n中俄签署了联合声明。\n\n"
        "FacebookTwitterLinkedInEmailPrintCopy Link\n\n1. The Large-Scale Deterioration\n"
    )
    paras = segment(text)
    assert [(p.lang, p.role) for p in paras] == [("en", "body"), ("zh", "body"), ("en", "furniture"), ("en", "heading")]
    assert text[paras[1].start : paras[1].end] == "中俄签署了联合声明。"
    assert cjk_ratio("中俄签署了联合声明 Russia") > 0.3 > cjk_ratio("中俄 and Russia")


def test_hard_wrapped_transcripts_stay_one_paragraph_with_speakers() -> None:
    text = (
        "MS. PSAKI:  Good afternoon.  President Biden is continuing to follow\n"
        "through on his key promise to take action.\n\n"
        "Q    Thank you, Jen.\n"
    )
    paras = segment(text)
    body = [p for p in paras if p.role == "body"]
    assert text[body[0].start : body[0].end].startswith("Good afternoon.")
    assert text[body[0].start : body[0].end].endswith("take action.")
    assert body[0].speaker_label == "MS. PSAKI"
    assert body[1].speaker_label == "Q"


def test_one_line_paragraphs_split_at_sentence_ends() -> None:
    text = "Talks have continued under the leadership of U.S. President Trump.\nOn August 20, Lavrov stated that Russia agrees.\n"
    assert len([p for p in segment(text) if p.role == "body"]) == 2


def test_a_wire_dateline_is_furniture_of_its_own_and_a_heading_is_not() -> None:
    # the openings of dev-set wire copies (financialexpressbd, finanznachrichten, islamabadpost)
    for text, lead in (
        (
            'MOSCOW, June 19 (AFP): Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a "strategic partnership treaty"',
            23,
        ),
        (
            "WASHINGTON (dpa-AFX) - The UN General Assembly has - for the 33rd consecutive year - adopted a resolution",
            23,
        ),
        (
            "JAKARTA – Stressing an end to the violence, the leaders of Association of Southeast Asian (ASEAN) countries reached",
            10,
        ),
    ):
        paragraphs = segment(text)
        assert [(p.start, p.role) for p in paragraphs] == [(0, "furniture"), (lead, "body")]
        assert paragraphs[1].end == len(text)
    # not datelines: headings of a UN General Debate speech (ungdc corpus)
    for text in ("CONCLUSION: A MOONSHOT FOR A SUSTAINABLE FUTURE", "THE SDGs: A LIFELINE FOR OUR FUTURE"):
        assert "furniture" not in [p.role for p in segment(text)]


def test_a_short_list_item_is_content_not_furniture() -> None:
    # articles/2025-05/2025-05-02-week-15-wins-president-trumps-100th-day-marked-by-more-success.md
    # (wh-briefings): an item of a list of companies, as the page lays it out
    text = "    -   AstraZeneca\n"
    assert [(text[p.start : p.end], p.role) for p in segment(text)] == [("-   AstraZeneca", "heading")]
