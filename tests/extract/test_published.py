"""The publication date is read from the text only where the text states it (extract/loaders.py)."""

from __future__ import annotations

from pathlib import Path

from diplograph.extract.loaders import infer_published, load_document

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def test_a_cite_line_and_a_dateline_state_the_date() -> None:
    assert infer_published("Title\n\nBody text.\nOriginal work published in The Paper, January 11, 2023.") == (
        "2023-01-11",
        "text (cite line): 'published in The Paper, January 11, 2023'",
    )
    assert infer_published("Foreign Policy\n\nMay 20 , 2015\n\nFrom May 8 to 10, ...")[0] == "2015-05-20"  # type: ignore[index]


def test_dates_in_the_story_say_nothing_about_publication() -> None:
    assert infer_published("On March 2, 2022, the General Assembly adopted a resolution.") is None
    assert infer_published("In June 2022, President Putin visited Tajikistan.") is None


def test_the_loader_records_how_the_date_was_found(tmp_path: Path) -> None:
    seed = SEEDS / "003_6565d5572c791ba6.txt"
    doc = load_document(seed)  # no manifest row: the dateline is all there is
    assert (doc.published, doc.published_basis) == ("2015-05-20", "text (dateline): 'May 20 , 2015'")
    with_row = load_document(seed, manifest_row={"published": "2015-05-21"})
    assert (with_row.published, with_row.published_basis) == ("2015-05-21", "manifest")


def test_a_wire_dateline_gives_the_day(tmp_path: Path) -> None:
    # the AFP copy in the dev set (financialexpressbd-2024-putin-kim-treaty.txt) and UPI's
    afp = 'MOSCOW, June 19 (AFP): Russian President Vladimir Putin and North Korean leader Kim Jong Un signed a "strategic partnership treaty"'
    upi = "Aug. 7 (UPI) -- The U.S. government on Friday sanctioned Hong Kong leader Carrie Lam and 10 others"
    assert infer_published(afp) is None  # no year, and nothing to take it from
    assert infer_published(afp.replace("June 19", "June 19, 2024"))[0] == "2024-06-19"  # type: ignore[index]
    path = tmp_path / "upi.txt"
    path.write_text(upi, encoding="utf-8")
    doc = load_document(path, manifest_row={"published": "2020-08"})  # the manifest knows the month only
    assert (doc.published, doc.published_basis) == ("2020-08-07", "text (wire dateline): 'Aug. 7 (UPI) -'")
    # a date in parentheses later in a story is no dateline; an agency with no date gives none
    assert infer_published("Putin met Kim on June 19, 2024 (local time) in Pyongyang.") is None
    assert load_document(path, manifest_row={"published": "2020-09"}).published == "2020-09"
    path.write_text("WASHINGTON (dpa-AFX) - The UN General Assembly has adopted a resolution.", encoding="utf-8")
    assert load_document(path, manifest_row={"published": "2025-10"}).published == "2025-10"
