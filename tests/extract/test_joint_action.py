"""Acting jointly (extract/constructions/cooperation.py): "A, together with B, leads X", "A launched X
in partnership with B", each on its real sentence; a shared fate or a joint admission is no
cooperation. And hosting by welcome (frames.yaml ``welcome-to-event``): "I welcome leaders to E".

They run the real spaCy pipeline (marker ``nlp``); the General Debate speeches are read whole from
../shared/corpora/ungdc-2015-2024 with their manifest rows, so that "we" is the speaker's state.
"""

from __future__ import annotations

import pytest

from diplograph.graph.models import GraphBatch

pytestmark = pytest.mark.nlp


def _joint(batch: GraphBatch, words: str) -> set[tuple[str, str]]:
    return {
        (c.source, c.target)
        for c in batch.claims
        if c.type.value == "COOPERATES_WITH" and c.extractor == "joint-action.v1" and words in c.evidence
    }


@pytest.fixture(scope="module")
def speech(ungdc_speech):
    return ungdc_speech


def test_in_partnership_with_a_list_of_states(read) -> None:
    # wh-briefings statements-releases/2021-04/2021-04-23-leaders-summit-on-climate-summary-of-proceedings.md
    text = (
        "The United Arab Emirates\nlaunched the Agriculture Innovation Mission for Climate in partnership\n"
        "with the United States, Australia, Brazil, Denmark, Israel, Singapore,\nand Uruguay."
    )
    assert _joint(read(text, published="2021-04-23"), "Agriculture Innovation Mission") == {
        ("state:ARE", f"state:{code}") for code in ("USA", "AUS", "BRA", "DNK", "ISR", "SGP", "URY")
    }


@pytest.mark.corpus
def test_together_with_on_the_subject(speech) -> None:
    # 2022/CRI_77_2022.txt: "Costa Rica, together with France and the United Kingdom, is leading the
    # High Ambition Coalition ..." (the parser hangs "together with" on the subject)
    batch = speech("2022/CRI_77_2022.txt")
    assert _joint(batch, "together with France and the United Kingdom") == {
        ("state:CRI", "state:FRA"),
        ("state:CRI", "state:GBR"),
    }


@pytest.mark.corpus
@pytest.mark.parametrize(
    ("rel", "words"),
    [
        # admitted together: a shared event, not an act of the two together
        ("2016/KOR_71_2016.txt", "together with the Democratic People’s Republic of Korea, became"),
        # a shared fate: "Together with two other Baltic States we have experienced the worst terrors"
        ("2020/LTU_75_2020.txt", "Together with two other Baltic States"),
    ],
)
def test_becoming_or_undergoing_together_is_no_cooperation(speech, rel: str, words: str) -> None:
    assert _joint(speech(rel), words) == set()


@pytest.mark.corpus
def test_who_welcomes_the_participants_to_an_event_hosts_it(speech) -> None:
    # 2023/RWA_78_2023.txt: "I look forward to welcoming leaders to the third United Nations
    # Conference on Landlocked Developing Countries, ..." (host-welcome.v1; planned: looked forward to)
    batch = speech("2023/RWA_78_2023.txt")
    hosts = {
        (c.source, c.target, c.status)
        for c in batch.claims
        if c.type.value == "HOSTS" and c.extractor == "host-welcome.v1" and "welcoming leaders" in c.evidence
    }
    assert hosts == {
        ("person:paul-kagame", "summit:third-united-nations-conference-on-landlocked-developing-cou-2023", "planned")
    }
