"""The reference gazetteer: data integrity, lookups, office-holders by date, memberships."""

from __future__ import annotations

import re

import pytest

from diplograph.extract.gazetteer import (
    DATA_DIR,
    OFFICE_KINDS,
    Entry,
    Gazetteer,
    build_states,
    is_case_sensitive,
    normalise_surface,
    role_kind,
)
from diplograph.extract.gazetteer._normalise import has_cjk
from diplograph.extract.gazetteer._roles import ROLE_KINDS
from diplograph.graph.schema import DATE_PATTERN, NodeKind, check_id

G20_STATES = (
    "ARG",
    "AUS",
    "BRA",
    "CAN",
    "CHN",
    "FRA",
    "DEU",
    "IND",
    "IDN",
    "ITA",
    "JPN",
    "KOR",
    "MEX",
    "RUS",
    "SAU",
    "ZAF",
    "TUR",
    "GBR",
    "USA",
)


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return Gazetteer.load()


def ids(entries: list[Entry]) -> list[str]:
    return [e.id for e in entries]


# ---------------------------------------------------------------- integrity


def test_load_is_cached(gaz: Gazetteer) -> None:
    assert Gazetteer.load() is gaz


def test_every_un_member_and_observer_is_a_state(gaz: Gazetteer) -> None:
    states = list(gaz.entries(NodeKind.STATE))
    members = [e for e in states if e.properties["un_status"] == "member"]
    assert len(members) == 193
    assert {e.id for e in members} == {f"state:{code}" for code in build_states.UN_MEMBERS}
    for entry in states:
        assert check_id(entry.id, NodeKind.STATE) is NodeKind.STATE
        assert entry.properties["iso3"] == entry.id.removeprefix("state:")
    observers = {e.id for e in states if e.properties["un_status"] == "observer"}
    assert observers == {"state:VAT", "state:PSE"}
    assert gaz.get("state:TWN").properties["un_status"] == "non-member"
    assert gaz.get("state:XKX").name == "Kosovo"


def test_ids_are_valid_and_unique(gaz: Gazetteer) -> None:
    seen = set()
    for entry in gaz.entries():
        assert check_id(entry.id, entry.kind) is entry.kind
        assert entry.id not in seen
        seen.add(entry.id)
    assert len(seen) == len(gaz)


def test_counts(gaz: Gazetteer) -> None:
    counts = {kind: sum(1 for _ in gaz.entries(kind)) for kind in NodeKind}
    assert counts[NodeKind.STATE] == 197
    assert counts[NodeKind.ORGANISATION] >= 120
    assert counts[NodeKind.GROUP] >= 15
    assert counts[NodeKind.PERSON] >= 450


def test_every_form_normalises_to_something(gaz: Gazetteer) -> None:
    for entry in gaz.entries():
        for form in entry.forms():
            assert normalise_surface(form), (entry.id, form)
        assert entry.name in entry.aliases
        assert {a.replace("\u2019", "'") for a in entry.ambiguous} <= set(entry.forms())


def test_properties_are_graph_ready(gaz: Gazetteer) -> None:
    from diplograph.graph.models import Node

    for entry in gaz.entries():
        props = entry.properties
        assert props["name"] == entry.name
        assert props["aliases"] == sorted(set(entry.aliases) | set(entry.aliases_zh))
        for value in props.values():
            assert isinstance(value, str) or (isinstance(value, list) and all(isinstance(v, str) for v in value))
        Node(id=entry.id, properties=props)


def test_english_and_chinese_forms_are_sorted_by_script(gaz: Gazetteer) -> None:
    for entry in gaz.entries():
        assert not any(has_cjk(a) for a in entry.aliases), entry.id
        assert all(has_cjk(a) for a in entry.aliases_zh), entry.id


def test_every_state_and_person_has_a_chinese_name(gaz: Gazetteer) -> None:
    for kind in (NodeKind.STATE, NodeKind.PERSON):
        for entry in gaz.entries(kind):
            assert entry.aliases_zh, entry.id


def test_every_state_has_a_demonym_or_capital(gaz: Gazetteer) -> None:
    for entry in gaz.entries(NodeKind.STATE):
        assert entry.demonyms or entry.metonyms, entry.id


def test_office_dates_roles_and_references(gaz: Gazetteer) -> None:
    people = list(gaz.entries(NodeKind.PERSON))
    total = 0
    for person in people:
        for office in gaz.offices(person.id):
            total += 1
            assert office.holder == person.id
            assert office.role in ROLE_KINDS
            assert gaz.office_kinds(office) <= set(OFFICE_KINDS)
            assert office.kind in gaz.office_kinds(office)
            assert gaz.get(office.of) is not None and office.of.startswith(("state:", "org:"))
            for date in (office.start, office.end):
                assert date is None or DATE_PATTERN.fullmatch(date), office
            if office.start and office.end:
                assert office.start <= office.end, office
    assert total >= 550


def test_states_base_matches_pycountry() -> None:
    assert (DATA_DIR / "states_base.tsv").read_text(encoding="utf-8") == build_states.render()


# ---------------------------------------------------------------- lookups


@pytest.mark.parametrize(
    ("surface", "expected"),
    [
        ("Russia", "state:RUS"),
        ("Russian Federation", "state:RUS"),
        ("俄罗斯", "state:RUS"),
        ("the Kremlin", "state:RUS"),
        ("Moscow", "state:RUS"),
        ("Russia’s", "state:RUS"),
        ("RUSSIA", "state:RUS"),
        ("U.S.", "state:USA"),
        ("US", "state:USA"),
        ("the United States", "state:USA"),
        ("美国", "state:USA"),
        ("PRC", "state:CHN"),
        ("中国", "state:CHN"),
        ("中方", "state:CHN"),
        ("Beijing", "state:CHN"),
        ("Kyiv", "state:UKR"),
        ("Kiev", "state:UKR"),
        ("Türkiye", "state:TUR"),
        ("Turkiye", "state:TUR"),
        ("Côte d’Ivoire", "state:CIV"),
        ("Ivory Coast", "state:CIV"),
        ("Burma", "state:MMR"),
        ("DPRK", "state:PRK"),
        ("St. Vincent and the Grenadines", "state:VCT"),
        ("South Sudan", "state:SSD"),
        ("BRICS", "org:brics"),
        ("金砖国家", "org:brics"),
        ("SCO", "org:sco"),
        ("上合组织", "org:sco"),
        ("Shanghai Cooperation Organization", "org:sco"),
        ("Shanghai Cooperation Organisation", "org:sco"),
        ("NATO", "org:nato"),
        ("Nato", "org:nato"),
        ("北约", "org:nato"),
        ("UNGA", "org:unga"),
        ("U.N. General Assembly", "org:unga"),
        ("联大", "org:unga"),
        ("UN Security Council", "org:unsc"),
        ("安理会", "org:unsc"),
        ("OPEC+", "org:opec-plus"),
        ("the West", "group:western-countries"),
        ("西方国家", "group:western-countries"),
        ("Global South", "group:global-south"),
        ("国际社会", "group:international-community"),
        ("Lavrov", "person:sergey-lavrov"),
        ("Sergei Lavrov", "person:sergey-lavrov"),
        ("普京", "person:vladimir-putin"),
        ("Zelensky", "person:volodymyr-zelenskyy"),
        ("Zelenskiy", "person:volodymyr-zelenskyy"),
        ("Erdogan", "person:recep-tayyip-erdogan"),
        ("习近平", "person:xi-jinping"),
        ("Xi", "person:xi-jinping"),
    ],
)
def test_lookup(gaz: Gazetteer, surface: str, expected: str) -> None:
    found = ids(gaz.lookup(surface))
    assert found and found[0] == expected, (surface, found)


@pytest.mark.parametrize("surface", ["us", "Us", "who", "", "   ", "the", "banana"])
def test_lookup_misses(gaz: Gazetteer, surface: str) -> None:
    assert gaz.lookup(surface) == []


def test_general_assembly_alone_needs_context(gaz: Gazetteer) -> None:
    (unga,) = gaz.lookup("General Assembly")
    assert unga.id == "org:unga" and unga.is_ambiguous("General Assembly")
    assert not unga.is_ambiguous("UNGA")


@pytest.mark.parametrize("surface", ["Georgia", "Jordan", "Chad", "Turkey", "Washington", "Guinea", "Niger", "America"])
def test_ambiguous_state_names_are_flagged(gaz: Gazetteer, surface: str) -> None:
    (entry,) = gaz.lookup(surface)
    assert entry.kind is NodeKind.STATE and entry.is_ambiguous(surface)


def test_shared_forms_name_every_candidate_and_are_flagged(gaz: Gazetteer) -> None:
    assert set(ids(gaz.lookup("Congo"))) == {"state:COD", "state:COG"}
    assert set(ids(gaz.lookup("Korea"))) == {"state:KOR", "state:PRK"}
    assert all(e.is_ambiguous("Congo") for e in gaz.lookup("Congo"))
    assert len(gaz.lookup("Kim")) > 1 and all(e.is_ambiguous("Kim") for e in gaz.lookup("Kim"))
    assert all(e.is_ambiguous("俄") for e in gaz.lookup("俄"))
    assert not gaz.get("state:RUS").is_ambiguous("Russia")


def test_flagged_surnames(gaz: Gazetteer) -> None:
    assert gaz.get("person:theresa-may").is_ambiguous("May")
    assert gaz.get("person:boris-johnson").is_ambiguous("Johnson")
    assert not gaz.get("person:vladimir-putin").is_ambiguous("Putin")


def test_demonyms(gaz: Gazetteer) -> None:
    assert gaz.demonym("Russian").id == "state:RUS"
    assert gaz.demonym("Russians").id == "state:RUS"
    assert gaz.demonym("Chinese").id == "state:CHN"
    assert gaz.demonym("American").id == "state:USA"
    assert gaz.demonym("U.S.").id == "state:USA"
    assert gaz.demonym("British").id == "state:GBR"
    assert gaz.demonym("Ukrainian").id == "state:UKR"
    assert gaz.demonym("Indian").id == "state:IND"
    assert gaz.demonym("Korean") is None  # two states
    assert gaz.demonym("Ruritanian") is None
    assert ids(gaz.lookup("Ukrainian")) == ["state:UKR"]


def test_normalisation() -> None:
    assert normalise_surface("the U.S.'s") == "US"
    assert normalise_surface("us") == "us"
    assert normalise_surface("Kim Jong-un") == normalise_surface("Kim Jong Un")
    assert normalise_surface("Élysée") == "elysee"
    assert normalise_surface("刚果（金）") == normalise_surface("刚果(金)")
    assert is_case_sensitive("US") and is_case_sensitive("OPEC+") and not is_case_sensitive("Nato")


def test_surface_forms(gaz: Gazetteer) -> None:
    english = {(form, entry.id) for form, entry in gaz.surface_forms("en")}
    chinese = {(form, entry.id) for form, entry in gaz.surface_forms("zh")}
    assert ("US", "state:USA") in english and ("U.S.", "state:USA") in english
    assert ("Kremlin", "state:RUS") in english and ("Russian", "state:RUS") in english
    assert ("UN Security Council", "org:unsc") in english and ("U.N. Security Council", "org:unsc") in english
    assert ("俄罗斯", "state:RUS") in chinese and ("上海合作组织", "org:sco") in chinese
    assert ("St. John\u2019s", "state:ATG") in english
    for form, entry in gaz.surface_forms("any"):  # a matcher can test flags on the form it was given
        assert (form in entry.ambiguous) == entry.is_ambiguous(form), (form, entry.id)
    assert not any(has_cjk(form) for form, _ in english)
    assert all(has_cjk(form) for form, _ in chinese)
    with pytest.raises(ValueError):
        list(gaz.surface_forms("fr"))


def test_blockers(gaz: Gazetteer) -> None:
    assert "South China Sea" in gaz.blockers("en")
    assert "南海" in gaz.blockers("zh")


# ---------------------------------------------------------------- offices


@pytest.mark.parametrize(
    ("of", "role", "on", "expected"),
    [
        ("state:RUS", "foreign minister", "2022-05", ["person:sergey-lavrov"]),
        ("state:USA", "president", "2018", ["person:donald-trump"]),
        ("state:USA", "president", "2022-03-02", ["person:joe-biden"]),
        ("state:USA", "president", "2025-06", ["person:donald-trump"]),
        ("state:CHN", "foreign minister", "2023-03", ["person:qin-gang"]),
        ("state:CHN", "FM", "2024", ["person:wang-yi"]),
        ("state:CHN", "premier", "2020", ["person:li-keqiang"]),
        ("state:CHN", "prime minister", "2024", ["person:li-qiang"]),
        ("state:CHN", "president", "2015", ["person:xi-jinping"]),
        ("state:USA", "foreign minister", "2019", ["person:mike-pompeo"]),
        ("state:USA", "Secretary of State", "2023", ["person:antony-blinken"]),
        ("state:USA", "head-of-government", "2023", ["person:joe-biden"]),
        ("state:DEU", "chancellor", "2019", ["person:angela-merkel"]),
        ("state:DEU", "president", "2019", ["person:frank-walter-steinmeier"]),
        ("state:GBR", "Foreign Minister", "2020", ["person:dominic-raab"]),
        ("state:GBR", "president", "2020", []),
        ("state:UKR", "president", "2019-05", ["person:petro-poroshenko", "person:volodymyr-zelenskyy"]),
        ("state:UKR", "Minister of Foreign Affairs", "2022", ["person:dmytro-kuleba"]),
        ("state:IND", "External Affairs Minister", "2020", ["person:subrahmanyam-jaishankar"]),
        ("state:TUR", "head of government", "2017", ["person:binali-yildirim"]),
        ("state:TUR", "head of government", "2020", ["person:recep-tayyip-erdogan"]),
        ("state:IRN", "head of state", "2020", ["person:ali-khamenei"]),
        ("state:RUS", "spokesperson", "2020", ["person:dmitry-peskov", "person:maria-zakharova"]),
        ("org:un", "secretary-general", "2016", ["person:ban-ki-moon"]),
        ("org:un", "Secretary General", "2020", ["person:antonio-guterres"]),
        ("org:nato", "secretary-general", "2025", ["person:mark-rutte"]),
        ("org:eu", "foreign minister", "2021", ["person:josep-borrell"]),
        ("org:european-commission", "president", "2018", ["person:jean-claude-juncker"]),
    ],
)
def test_holder(gaz: Gazetteer, of: str, role: str, on: str, expected: list[str]) -> None:
    assert gaz.holder(of, role, on) == expected


def test_offices_of_xi_in_2015(gaz: Gazetteer) -> None:
    offices = gaz.offices("person:xi-jinping", "2015")
    assert {(o.of, o.role) for o in offices} == {
        ("state:CHN", "president"),
        ("org:ccp", "general secretary"),
        ("org:china-cmc", "chairman of the central military commission"),
    }
    (president,) = [o for o in offices if o.role == "president"]
    assert president.kind == "head-of-state" and president.start == "2013-03-14" and president.end is None


def test_offices_by_date_precision(gaz: Gazetteer) -> None:
    assert [o.end for o in gaz.offices("person:donald-trump", "2021")] == ["2021-01-20"]
    assert gaz.offices("person:donald-trump", "2022") == []
    assert len(gaz.offices("person:donald-trump")) == 2
    assert gaz.offices("person:nobody") == []


def test_key_dates(gaz: Gazetteer) -> None:
    def term(person: str, role: str) -> list[tuple[str | None, str | None]]:
        return [(o.start, o.end) for o in gaz.offices(person) if o.role == role]

    assert term("person:sergey-lavrov", "foreign minister") == [("2004-03-09", None)]
    assert term("person:qin-gang", "foreign minister") == [("2022-12-30", "2023-07-25")]
    assert term("person:wang-yi", "foreign minister") == [("2013-03-16", "2022-12-30"), ("2023-07-25", None)]
    assert term("person:li-keqiang", "premier") == [("2013-03-15", "2023-03-11")]
    assert term("person:volodymyr-zelenskyy", "president") == [("2019-05-20", None)]
    assert term("person:petro-poroshenko", "president") == [("2014-06-07", "2019-05-20")]
    assert term("person:joe-biden", "president") == [("2021-01-20", "2025-01-20")]


def test_g20_and_p5_offices_are_covered_every_month(gaz: Gazetteer) -> None:
    months = [f"{y}-{m:02d}" for y in range(2015, 2026) for m in range(1, 13) if (y, m) <= (2025, 10)]
    for code in G20_STATES:
        for kind in ("head-of-state", "head-of-government", "foreign-minister"):
            missing = [m for m in months if not gaz.holder(f"state:{code}", kind, m)]
            assert not missing, (code, kind, missing[:3])


@pytest.mark.parametrize(
    ("words", "kind"),
    [
        ("President", "head-of-state"),
        ("Foreign Minister", "foreign-minister"),
        ("Secretary of State", "foreign-minister"),
        ("Minister of Foreign Affairs", "foreign-minister"),
        ("Prime Minister", "head-of-government"),
        ("Premier", "head-of-government"),
        ("Chancellor", "head-of-government"),
        ("Chancellor of the Exchequer", "other"),
        ("spokesperson", "spokesperson"),
        ("Foreign Ministry spokesperson", "spokesperson"),
        ("Defence Minister", "defence-minister"),
        ("Secretary-General", "secretary-general"),
        ("Deputy Foreign Minister", "other"),
        ("Vice President", "other"),
        ("President of the European Commission", "other"),
        ("grand vizier of nowhere", None),
    ],
)
def test_role_kind(words: str, kind: str | None) -> None:
    assert role_kind(words) == kind


# ---------------------------------------------------------------- memberships


def test_members_by_date(gaz: Gazetteer) -> None:
    nato_2023 = gaz.members("org:nato", "2023-05")
    assert "state:FIN" in nato_2023 and "state:SWE" not in nato_2023 and len(nato_2023) == 31
    assert len(gaz.members("org:nato", "2024-04")) == 32
    assert "state:GBR" in gaz.members("org:eu", "2019") and "state:GBR" not in gaz.members("org:eu", "2020-06")
    assert len(gaz.members("org:eu", "2021")) == 27
    assert set(gaz.members("org:brics", "2023")) == {f"state:{c}" for c in ("BRA", "RUS", "IND", "CHN", "ZAF")}
    assert {"state:IRN", "state:EGY", "state:ETH", "state:ARE"} <= set(gaz.members("org:brics", "2024-06"))
    assert "state:SAU" in gaz.members("org:brics", "2024-06", status="invited")
    assert {"state:IND", "state:PAK"} <= set(gaz.members("org:sco", "2017-07"))
    assert "state:IRN" not in gaz.members("org:sco", "2023-06") and "state:IRN" in gaz.members("org:sco", "2023-08")
    assert "state:BLR" in gaz.members("org:sco", "2024-08")
    assert set(gaz.members("org:unsc", "2022-06")) >= {"state:CHN", "state:IND", "state:ALB", "state:BRA"}
    assert len(gaz.members("org:unsc", "2022-06")) == 15
    assert "org:au" in gaz.members("org:g20", "2024") and "org:au" not in gaz.members("org:g20", "2022")
    assert "state:RUS" not in gaz.members("org:council-of-europe", "2023")
    assert len(gaz.members("org:asean", "2025-11")) == 11
    assert gaz.members("group:p5") == sorted(f"state:{c}" for c in ("CHN", "FRA", "RUS", "GBR", "USA"))
    assert gaz.members("org:un") == []


def test_unsc_has_fifteen_members_every_year(gaz: Gazetteer) -> None:
    for year in range(2015, 2027):
        assert len(gaz.members("org:unsc", f"{year}-06")) == 15, year


def test_data_files_name_their_source() -> None:
    for path in sorted(DATA_DIR.iterdir()):
        head = path.read_text(encoding="utf-8")[:1500]
        assert re.search(r"(?i)source", head) and re.search(r"(?i)licen[cs]e|LGPL", head), path.name
