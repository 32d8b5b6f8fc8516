"""The predicate frames as data (extract/data/frames.yaml), checked at load."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from pydantic import ValidationError

from diplograph.extract import lexicon
from diplograph.extract.lexicon import POSITION, Frame, Lexicon, frames_for
from diplograph.graph.schema import RelType


def test_a_word_in_several_frames_keeps_the_files_order() -> None:
    # "welcomes Russia and Ukraine to hold talks" is tried before "welcomes Xi" (hosting)
    assert frames_for("welcome", "welcomes") == [
        Frame(RelType.SUPPORTS, ("xcomp",), ("issue",), "support-verb.v2"),
        Frame(RelType.HOSTS, ("dobj",), ("actor",), "host-verb.v1", excluded_nouns=lexicon.NOT_GUESTS),
        Frame(RelType.HOSTS, ("prep:to",), ("event",), "host-welcome.v1"),  # "welcome leaders to <event>"
        Frame(
            RelType.SUPPORTS,
            ("dobj",),
            ("issue", "agreement", "event", "resolution"),
            "support-verb.v2",
            excluded_nouns=lexicon.LEXICON.words("welcomed_people"),
        ),
    ]
    assert [f.name for f in frames_for("adopt", "adopted")] == ["sanction-verb.v1", "adopt-verb.v1", "sign-verb.v1"]
    assert [f.name for f in frames_for("introduce", "introduced")] == ["table-text.v1", "sanction-verb.v1"]


def test_options_and_word_lists_reach_the_frames() -> None:
    vote_for, vote_against = frames_for("vote", "voted")
    assert (vote_for.choice, vote_against.choice) == ("yes", "no")
    assert vote_for.slots == ("prep:for", "prep:in_favour_of", "prep:in_favor_of")
    # the quoted "no" and "yes" of the file stay words
    assert [f.object_nouns for f in frames_for("say", "said")] == [frozenset({"no"}), frozenset({"yes"})]
    (impose,) = frames_for("impose", "imposed")
    assert impose.object_nouns == lexicon.SANCTION_NOUNS and "embargo" in impose.object_nouns
    (expel,) = frames_for("expel", "expelled")
    assert expel.patient_is_source and expel.status == "expelled"
    (live,) = frames_for("live", "lives")
    assert live.particle == "up" and live.targets == POSITION


def test_the_three_tables_and_the_surface_form_fallback() -> None:
    assert frames_for("abstain", "abstain") == frames_for("xyz", "abstained") != []
    assert frames_for("xyz", "xyz") == []
    assert lexicon.NOUN_FRAMES["meetings"][0].slots == ("prep:with", "prep:between", "prep:of")
    assert lexicon.ADJ_FRAMES["against"][0] == Frame(RelType.OPPOSES, ("pobj",), POSITION, "oppose-adjective.v2")
    assert "visit" in lexicon.VERB_FRAMES and "visit" in lexicon.NOUN_FRAMES
    assert {"say", "underscore"} <= lexicon.SAY_VERBS and "pledge" in lexicon.PLAN_VERBS
    assert lexicon.STATUS_OF_PLAN["vow"] == "pledged"


def test_every_shipped_rule_name_is_versioned() -> None:
    names = {
        f.name
        for table in (lexicon.VERB_FRAMES, lexicon.NOUN_FRAMES, lexicon.ADJ_FRAMES)
        for fs in table.values()
        for f in fs
    }
    assert len(names) > 20
    assert all(name.rsplit(".", 1)[1].startswith("v") for name in names)


_VISIT = """\
word_lists:
  sanction_nouns: {doc: what is imposed, words: [sanction]}
status_of_plan: {pledge: pledged}
frames:
  visit:
    rule: visit-verb.v1
    relation: VISITS
    slots: [dobj]
    targets: [state]
    verbs: [visit]
"""


def _load(tmp_path: Path, text: str) -> Lexicon:
    path = tmp_path / "frames.yaml"
    path.write_text(text, encoding="utf-8")
    return Lexicon.load(path)


def test_a_minimal_file_loads(tmp_path: Path) -> None:
    found = _load(
        tmp_path,
        _VISIT + "  tour:\n    rule: visit-verb.v2\n    relation: VISITS\n    slots: [dobj]\n"
        "    targets: [position]\n    object_nouns: sanction_nouns\n    verbs: [tour, visit]\n",
    )
    visit, tour = found.table("verbs")["visit"]
    assert visit == Frame(RelType.VISITS, ("dobj",), ("state",), "visit-verb.v1")
    assert tour.targets == POSITION and tour.object_nouns == {"sanction"} and tour.name == "visit-verb.v2"


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("relation: VISITS", "relation: TOURS", "frames.visit.relation"),
        ("slots: [dobj]", "slots: [dobj, iobj]", "unknown slot 'iobj'"),
        ("targets: [state]", "targets: [country]", "unknown target kind 'country'"),
        ("verbs: [visit]", "verbs: [visit]\n    mood: past", "frames.visit.mood\n  Extra inputs"),
        ("verbs: [visit]", "verbs: [visit, tour, visit]", r"frames.visit\n.*verbs: \['visit'\] listed twice"),
        ("rule: visit-verb.v1", "rule: visit-verb", "rule 'visit-verb' is not a versioned rule name"),
        ("rule: visit-verb.v1", "rule: visit-verb.v0", "not a versioned rule name"),
        ("verbs: [visit]", "nouns: []", "no verbs, nouns or adjectives evoke this frame"),
        # YAML 1.1 reads a bare no/on as a boolean: the schema refuses it rather than lose the word
        (
            "verbs: [visit]",
            "verbs: [visit]\n    object_nouns: [no]",
            r"frames.visit.object_nouns.words.0\n  Input should be a valid string.*input_value=False",
        ),
        ("verbs: [visit]", "verbs: [visit, on]", r"frames.visit.verbs.1\n  Input should be a valid string"),
        ("verbs: [visit]", "verbs: [Visit]", "lower case"),
        (
            "verbs: [visit]",
            "verbs: [visit]\n    excluded_nouns: hostile_nouns",
            "frame visit: excluded_nouns names no word list",
        ),
        ("words: [sanction]", "words: [sanction, sanction]", r"word_lists.sanction_nouns\n.*listed twice"),
        (
            "status_of_plan: {pledge: pledged}",
            "status_of_plan: {on: pledged}",
            r"status_of_plan.*\[key\]\n  Input should be a valid string.*input_value=True",
        ),
        ("verbs: [visit]", "verbs: [visit]\n    patient_is_source: 'yes'", "valid boolean"),
    ],
)
def test_a_malformed_frame_is_refused_naming_it(tmp_path: Path, old: str, new: str, message: str) -> None:
    assert old in _VISIT
    with pytest.raises(ValidationError, match=message):
        _load(tmp_path, _VISIT.replace(old, new))


def test_a_frame_named_twice_is_refused(tmp_path: Path) -> None:
    # PyYAML would keep the second silently and lose the first frame's words
    with pytest.raises(yaml.constructor.ConstructorError, match="'visit' is given twice"):
        _load(tmp_path, _VISIT + _VISIT[_VISIT.index("  visit:") :])


def test_an_unknown_word_list_name_says_which(tmp_path: Path) -> None:
    with pytest.raises(KeyError, match="no word list 'plan_verbs'"):
        _load(tmp_path, _VISIT).words("plan_verbs")
