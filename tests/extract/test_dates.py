"""Date expressions resolved against the publication date (extract/dates.py)."""

from __future__ import annotations

import pytest

from diplograph.extract.dates import Anchor, find_dates, parse_with_dateparser


def dates(text: str, published: str | None, **kw: object) -> list[tuple[str, str, str]]:
    return [(m.text, m.date, m.precision) for m in find_dates(text, anchor=Anchor(published), **kw)]


def test_a_list_shares_its_trailing_year() -> None:
    text = "on March 2, October 12, and November 14, 2022, China respectively abstained, abstained, and vetoed."
    assert dates(text, "2023-01-11") == [
        ("March 2", "2022-03-02", "day"),
        ("October 12", "2022-10-12", "day"),
        ("November 14, 2022", "2022-11-14", "day"),
    ]


def test_a_bare_month_takes_the_paragraphs_year() -> None:
    text = "In June 2022, President Putin visited Tajikistan. In September Putin went to Uzbekistan."
    found = dates(text, "2023-01-11")
    assert found == [("June 2022", "2022-06", "month"), ("In September", "2022-09", "month")]


def test_a_list_of_different_years_does_not_set_the_narratives_year() -> None:
    text = "Wars were unleashed in Iraq in 2003 and Libya in 2011. On 14 April, missiles were launched."
    assert dates(text, "2018-09-28")[-1] == ("14 April", "2018-04-14", "day")
    assert dates("In Iraq in 2003 the war began. On 14 April it went on.", "2018-09-28")[-1][1] == "2003-04-14"


def test_a_day_without_year_is_the_latest_before_publication() -> None:
    assert dates("On December 9, at the conference", "2023-01-11") == [("December 9", "2022-12-09", "day")]
    assert dates("On August 20, Lavrov stated", "2025-08") == [("August 20", "2025-08-20", "day")]


def test_relative_months_and_years() -> None:
    assert dates("last July, Russia signed a memorandum", "2023-01-11") == [("last July", "2022-07", "month")]
    assert dates("go ahead as planned this year", "2017") == [("this year", "2017", "year")]
    assert dates("去年9月", "2023-01-11") == [("去年9月", "2022-09", "month")]


def test_ranges_and_stray_spaces() -> None:
    found = find_dates("From May 8 to 10, President Xi Jinping visited Russia", anchor=Anchor("2015-05-20"))
    assert (found[0].date, found[0].end_date) == ("2015-05-08", "2015-05-10")
    assert dates("May 20 , 2015", None) == [("May 20 , 2015", "2015-05-20", "day")]


def test_numbers_that_are_not_years() -> None:
    text = "reached 153.9385 billion U.S. dollars; 2,000 tons; 146.87 billion in 2021"
    assert dates(text, "2023-01-11") == [("2021", "2021", "year")]


def test_chinese_and_iso_dates() -> None:
    assert dates("2022年3月2日,联合国大会", None) == [("2022年3月2日", "2022-03-02", "day")]
    assert dates("published 2022-03-01", None) == [("2022-03-01", "2022-03-01", "day")]


@pytest.mark.parametrize(
    ("expression", "published", "expected"),
    [("Oct. 12, 2022", None, ("2022-10-12", "day")), ("yesterday", "2023-01-11", ("2023-01-10", "day"))],
)
def test_dateparser_reads_what_the_patterns_leave(
    expression: str, published: str | None, expected: tuple[str, str]
) -> None:
    assert parse_with_dateparser(expression, published) == expected


def test_relative_days_from_spacy_dates_go_to_dateparser_and_durations_do_not() -> None:
    from diplograph.extract.dates import relative_day_dates

    entities = [(0, 9, "yesterday", False), (20, 29, "two years", False), (40, 51, "last Monday", False)]
    found = relative_day_dates(entities, [], anchor=Anchor("2023-01-11"))  # a Wednesday
    assert [(m.text, m.date) for m in found] == [("yesterday", "2023-01-10"), ("last Monday", "2023-01-09")]


def test_a_bare_weekday_is_the_next_one_in_a_clause_about_what_is_to_come() -> None:
    from diplograph.extract.dates import relative_day_dates

    # "met on Thursday" / "will meet on Thursday", written on Wednesday 2023-01-11
    entities = [(0, 8, "Thursday", False), (20, 28, "Thursday", True), (40, 49, "yesterday", True)]
    found = relative_day_dates(entities, [], anchor=Anchor("2023-01-11"))
    assert [m.date for m in found] == ["2023-01-05", "2023-01-12", "2023-01-10"]


def test_the_weekday_of_publication_is_the_day_of_publication() -> None:
    from diplograph.extract.dates import relative_day_dates

    # financialexpressbd (AFP), Wednesday 2024-06-19: "following their talks in Pyongyang on
    # Wednesday", "said earlier on Wednesday"; "last Wednesday" still goes a week back
    entities = [(0, 9, "Wednesday", True), (20, 40, "earlier on Wednesday", False), (50, 64, "last Wednesday", False)]
    found = relative_day_dates(entities, [], anchor=Anchor("2024-06-19"))
    assert [m.date for m in found] == ["2024-06-19", "2024-06-19", "2024-06-12"]


@pytest.mark.nlp
def test_a_year_named_as_a_target_dates_no_claim() -> None:
    # remarks by President Biden and Ursula von der Leyen, 2022-03-25 (wh-briefings)
    import hashlib

    from diplograph.extract.loaders import SourceDocument
    from diplograph.extract.pipeline import build_extractor

    text = (
        "And as the EU works to discontinue buying Russian gas well before 2030, it will also work to ensure "
        "additional EU market demand for 50 billion cubic meters of LNG from the United States annually by 2030."
    )
    source = SourceDocument(
        doc_id="doc:test",
        file="test.txt",
        path="test.txt",
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        published="2022-03-25",
    )
    claims = build_extractor().extract(source).batch.claims
    assert [(r.source, r.date) for r in claims] == [("org:eu", None)]


@pytest.mark.nlp
def test_later_that_day_is_the_day_named_before() -> None:
    # mfaturkey-2023-fidan-unga78-meetings.txt (dev set): the day is in the paragraph before
    import hashlib

    from diplograph.extract.loaders import SourceDocument
    from diplograph.extract.pipeline import build_extractor

    text = (
        "Minister Fidan had his first meeting in New York with Micheál Martin, Deputy Prime Minister & Minister of "
        "Foreign Affairs and Minister of Defence of Ireland at Turkish House on 17 September.\n\n"
        "Later that day, Minister Fidan met with Annalena Baerbock, Minister of Foreign Affairs of Germany."
    )
    source = SourceDocument(
        doc_id="doc:test",
        file="test.txt",
        path="test.txt",
        text=text,
        sha256=hashlib.sha256(text.encode()).hexdigest(),
        published="2023-09",
    )
    claims = build_extractor().extract(source).batch.claims
    meets = {r.target: r.date for r in claims if r.type.value == "MEETS"}
    assert meets == {"person:micheal-martin": "2023-09-17", "person:annalena-baerbock": "2023-09-17"}


def test_relative_days_need_the_documents_own_date() -> None:
    from diplograph.extract.dates import relative_day_dates

    # A text with no known date: "yesterday" has nothing to count from (not the day of the ingest).
    entities = [(0, 9, "yesterday", False), (40, 51, "last Monday", False)]
    assert relative_day_dates(entities, [], anchor=Anchor(None)) == []
