"""The UN General Debate corpus loader: layout, manifest rows, and the speakers file as HOLDS_OFFICE claims.

A small corpus built in a temporary folder carries the real file's quirks (codes that are not ISO,
honorifics, stray spaces, a line break inside a quoted name, rows without a name, a speech without a
row, Windows line endings); the corpus tests check the real folder in ../shared when it is there.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from diplograph.extract.corpora import ungdc
from diplograph.extract.gazetteer import Gazetteer
from diplograph.extract.loaders import load_document
from diplograph.graph.models import GraphBatch
from diplograph.graph.stores import GraphStore

SPEAKERS = (
    "Year,Session,ISO Code,Country,Name of Person Speaking,Post,\r\n"
    "2016,71,POR,Portugal,Mr. Marcelo Rebelo de Sousa,President,\r\n"
    "2016,71,CHN,China ,Li Keqiang,Premier ,\r\n"
    "2016,71,EU,European Union,Mr. Donald Tusk,President of the European Council,\r\n"
    '2015,70,QAT,State of Qatar,"Emir Sheikh Tamim bin\nHamad Al-Thani",Emir,\r\n'
    "2015,70,CMR,Cameroon,,,\r\n"
    "2015,70,ZZZ,Atlantis,Someone,King,\r\n"
    '2015,70,USA,United States,"Joseph R. Biden, Jr",Vice President ,\r\n'
)
SPEECHES = {
    "2016/PRT_71_2016.txt": "Portugal supports multilateralism. We condemn terrorism.",
    "2016/CHN_71_2016.txt": "China supports the Paris Agreement. We oppose protectionism.",
    "2016/EU_71_2016.txt": "The European Union supports the Sustainable Development Goals.",
    "2015/QAT_70_2015.txt": "My country supports dialogue.",
    "2015/CMR_70_2015.txt": "Cameroon supports peace.",
    "2015/RUS_70_2015.txt": "Russia opposes unilateral sanctions.",  # a speech without a row
}


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "ungdc-mini"
    root.mkdir()
    (root / "speakers_2015-2016.csv").write_bytes(SPEAKERS.encode("utf-8"))
    for rel, text in SPEECHES.items():
        path = root / rel
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    (root / "2015" / ".DS_Store").write_bytes(b"\x00\x01")
    (root / "2015" / "README.txt").write_text("not a speech", encoding="utf-8")
    return root


def test_layout_is_recognised(corpus: Path, tmp_path: Path) -> None:
    assert ungdc.is_ungdc_folder(corpus)
    assert ungdc.find_speakers_file(corpus) == corpus / "speakers_2015-2016.csv"
    assert [s.relpath for s in ungdc.speech_files(corpus)] == sorted(SPEECHES)
    (tmp_path / "plain").mkdir()
    assert not ungdc.is_ungdc_folder(tmp_path / "plain") and not ungdc.is_ungdc_folder(tmp_path / "nowhere")
    assert ungdc.corpus_manifest(tmp_path / "plain") is None and ungdc.extra_batches(tmp_path / "plain") == []


def test_manifest_rows_carry_the_speech_metadata(corpus: Path) -> None:
    rows = ungdc.corpus_manifest(corpus)
    assert rows is not None and sorted(rows) == sorted(SPEECHES)
    prt = rows["2016/PRT_71_2016.txt"]  # the speakers file says POR; the file name and the name say Portugal
    assert prt == {
        "file": "2016/PRT_71_2016.txt",
        "title": "Portugal at the UN General Debate 2016 (session 71)",
        "publisher": "United Nations General Assembly",
        "author": "Marcelo Rebelo de Sousa",
        "published": "2016-09",
        "published_note": ungdc.PUBLISHED_NOTE,
        "url": None,
        "languages": ["en"],
        "speaker": "Marcelo Rebelo de Sousa",
        "speaker_id": ungdc.person_id(Gazetteer.load(), "Marcelo Rebelo de Sousa"),
        "speaker_role": "President",
        "on_behalf_of": "state:PRT",
        "session": 71,
        "country": "Portugal",
        "iso3": "PRT",
        "corpus": "UN General Debate Corpus",
    }
    assert rows["2016/CHN_71_2016.txt"]["speaker_role"] == "Premier"  # trailing space gone
    assert rows["2016/EU_71_2016.txt"]["on_behalf_of"] == "org:eu"
    assert rows["2015/QAT_70_2015.txt"]["speaker"] == "Emir Sheikh Tamim bin Hamad Al-Thani"
    assert rows["2015/CMR_70_2015.txt"]["speaker"] is None  # the row names nobody
    assert (
        rows["2015/RUS_70_2015.txt"]["speaker"] is None and rows["2015/RUS_70_2015.txt"]["on_behalf_of"] == "state:RUS"
    )


def test_a_manifest_row_loads_as_speech_metadata(corpus: Path) -> None:
    rows = ungdc.corpus_manifest(corpus)
    assert rows is not None
    source = load_document(
        corpus / "2016/CHN_71_2016.txt", manifest_row=rows["2016/CHN_71_2016.txt"], relative_to=corpus
    )
    assert (source.doc_id, source.path, source.published, source.published_basis) == (
        "doc:chn_71_2016",
        "2016/CHN_71_2016.txt",
        "2016-09",
        "manifest",
    )
    assert source.author == "Li Keqiang" and source.publisher == "United Nations General Assembly"
    assert {k: source.metadata[k] for k in ("on_behalf_of", "speaker", "speaker_id", "speaker_role", "session")} == {
        "on_behalf_of": "state:CHN",
        "speaker": "Li Keqiang",
        "speaker_id": ungdc.person_id(Gazetteer.load(), "Li Keqiang"),
        "speaker_role": "Premier",
        "session": 71,
    }


def test_speakers_file_becomes_holds_office_claims_with_exact_evidence(corpus: Path) -> None:
    [batch] = ungdc.extra_batches(corpus)
    assert isinstance(batch, GraphBatch) and batch.document.id == "doc:ungdc-speakers-2015-2016"
    text = batch.document.properties["text"]
    assert text == SPEAKERS.replace("\r\n", "\n")  # the CSV itself, as the loader stores text
    offices = {(c.target, c.role, c.date): c for c in batch.claims}
    assert sorted(offices) == [
        ("org:eu", "President of the European Council", "2016"),
        ("state:CHN", "Premier", "2016"),
        ("state:PRT", "President", "2016"),
        ("state:QAT", "Emir", "2015"),
        ("state:USA", "Vice President", "2015"),
    ]  # Cameroon names nobody, Atlantis is no state: no claim from either
    # People are the gazetteer's where it knows them (person:joe-biden), else named by a slug.
    gaz = Gazetteer.load()
    people = {k[0]: c.source for k, c in offices.items()}
    assert people["state:USA"] == ungdc.person_id(gaz, "Joseph R. Biden")  # ", Jr" makes no other person
    assert people["state:PRT"] == ungdc.person_id(gaz, "Marcelo Rebelo de Sousa")
    assert people["state:QAT"] == ungdc.person_id(gaz, "Emir Sheikh Tamim bin Hamad Al-Thani")
    for claim in batch.claims:
        assert claim.type.value == "HOLDS_OFFICE" and claim.extractor == ungdc.SPEAKERS_EXTRACTOR
        assert text[claim.start : claim.end] == claim.evidence and claim.date_precision == "year"
    portugal = offices[("state:PRT", "President", "2016")]
    assert portugal.evidence == "2016,71,POR,Portugal,Mr. Marcelo Rebelo de Sousa,President,"
    assert portugal.attrs == {"session": 71, "line": 2, "code_as_written": "POR"}
    qatar = offices[("state:QAT", "Emir", "2015")]
    assert qatar.evidence == '2015,70,QAT,State of Qatar,"Emir Sheikh Tamim bin\nHamad Al-Thani",Emir,'
    mentioned = {r.target: r.count for r in batch.relationships if r.type.value == "MENTIONS"}
    assert set(mentioned) == {n.id for n in batch.nodes} and mentioned["state:CHN"] == 1
    names = {n.id: n.properties["name"] for n in batch.nodes}
    assert names["state:PRT"] == "Portugal" and names[people["state:CHN"]] == "Li Keqiang"


def test_speakers_claims_are_stored_on_both_stores(store: GraphStore, corpus: Path) -> None:
    [batch] = ungdc.extra_batches(corpus)
    assert store.write_document(batch).status == "created"
    assert store.write_document(batch).status == "unchanged"  # same file, same loader: nothing to do
    rows = store.read(
        "MATCH (p:Person)-[r:HOLDS_OFFICE]->(s:State {id: $state}) "
        "RETURN p.name AS person, r.role AS role, r.date AS date, r.evidence AS evidence, r.doc_id AS doc",
        {"state": "state:CHN"},
    ).records()
    assert rows == [
        {
            "person": "Li Keqiang",
            "role": "Premier",
            "date": "2016",
            "evidence": "2016,71,CHN,China ,Li Keqiang,Premier ,",
            "doc": "doc:ungdc-speakers-2015-2016",
        }
    ]


def test_manifest_generator_prints_json(corpus: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert ungdc.main([str(corpus)]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) == len(SPEECHES) and {r["file"] for r in rows} == set(SPEECHES)
    assert ungdc.main([str(corpus.parent)]) == 1


# -- the real corpus ---------------------------------------------------------------------------------------


@pytest.mark.corpus
def test_the_real_corpus_every_speech_gets_its_state_and_speaker(shared_dir: Path) -> None:
    folder = shared_dir / "corpora" / "ungdc-2015-2024"
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    rows = ungdc.corpus_manifest(folder)
    assert rows is not None
    files = sorted(p.relative_to(folder).as_posix() for p in folder.glob("*/*.txt"))
    assert sorted(rows) == files and len(files) >= 1900
    assert all(r["on_behalf_of"] for r in rows.values())
    assert all(r["speaker"] for r in rows.values())  # quirky codes (POR, ZFA, PKR) resolved by name
    assert rows["2016/PRT_71_2016.txt"]["speaker"] == "Marcelo Rebelo de Sousa"
    assert rows["2017/PRK_72_2017.txt"]["speaker"] == "Ri Yong Ho"
    assert rows["2022/RUS_77_2022.txt"]["speaker_role"] == "Minister of Foreign Affairs"
    assert rows["2024/EU_79_2024.txt"]["on_behalf_of"] == "org:eu"
    [batch] = ungdc.extra_batches(folder)
    text = batch.document.properties["text"]
    assert len(batch.claims) >= 1900
    assert all(text[c.start : c.end] == c.evidence for c in batch.claims)
    biden = {c.date for c in batch.claims if c.target == "state:USA" and "Biden" in c.evidence}
    assert biden == {"2021", "2022", "2023", "2024"}


@pytest.mark.parametrize("given", ["2016/CHN_71_2016.txt", "2016"])
def test_a_speech_or_a_years_folder_given_alone_keeps_the_corpus_metadata(corpus: Path, given: str) -> None:
    # A speech file (or one year's folder) ingested by itself is still a session speech: its row
    # (speaker, session, September of the session year) comes from the corpus it sits in.
    from diplograph.ingest import IngestReport, collect_sources

    report = IngestReport()
    sources = collect_sources([corpus / given], max_bytes=1 << 20, report=report)
    rows = {file.name: row for file, _, row in sources}
    assert rows["CHN_71_2016.txt"] is not None
    assert rows["CHN_71_2016.txt"]["published"] == "2016-09" and rows["CHN_71_2016.txt"]["session"] == 71
    assert report.rejected == []


def test_a_plain_folder_beside_nothing_gets_no_corpus_rows(tmp_path: Path) -> None:
    from diplograph.ingest import IngestReport, collect_sources

    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "CHN_71_2016.txt").write_text("China supports the Paris Agreement.", encoding="utf-8")
    sources = collect_sources([tmp_path / "notes" / "CHN_71_2016.txt"], max_bytes=1 << 20, report=IngestReport())
    assert [row for _, _, row in sources] == [None]
