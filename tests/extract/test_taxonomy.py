"""The issue taxonomy: its schema, where real phrases land (hits and refusals), and the calibration of
the vector step on a hand-labelled sample (tests/extract/data/taxonomy_sample.yaml)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from diplograph.extract.issues import canonical_issue, lemma_key
from diplograph.extract.taxonomy import (
    VECTOR_THRESHOLD,
    Placement,
    Taxonomy,
    TaxonomyFile,
    VectorIndex,
    head_word,
    issue_properties,
    place,
    refusal,
    situation_named,
    topic_of,
)

SAMPLE = Path(__file__).parent / "data" / "taxonomy_sample.yaml"


def placed(phrase: str, head: str | None = None) -> Placement:
    ref = canonical_issue(phrase, head)
    return place(ref.id, ref.name, ref.surface, rule=ref.rule)


# -- the file ------------------------------------------------------------------------------------------


def test_the_file_is_a_two_level_tree_with_cap_codes() -> None:
    taxonomy = Taxonomy.load()
    topics = [n for n in taxonomy.nodes.values() if n.parent is None]
    assert 15 <= len(topics) <= 25
    assert all(taxonomy.nodes[n.parent].parent is None for n in taxonomy.nodes.values() if n.parent)
    assert all(n.scheme_code and n.scheme_code.startswith("CAP:") for n in topics)
    assert taxonomy.nodes["issue:nuclear-test-ban"].scheme_code == "CAP:16"  # the topic's, inherited
    assert "comparativeagendas.net" in taxonomy.scheme.url


def _file(**changes: Any) -> dict[str, Any]:
    issues = [
        {"id": "issue:topic", "name": "topic", "parent": None, "cap": 19},
        {"id": "issue:child", "name": "child", "parent": "issue:topic"},
    ]
    for i, change in changes.items():
        issues[int(i[1:])].update(change)
    scheme = {"name": "CAP", "source": "codebook", "url": "https://example.org", "topics": {19: "International"}}
    return {"scheme": scheme, "issues": issues}


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"_1": {"parent": "issue:nowhere"}}, "is not in the taxonomy"),
        ({"_0": {"parent": "issue:child"}}, "is not a topic"),
        ({"_1": {"id": "issue:topic"}}, "listed twice"),
        ({"_0": {"cap": 99}}, "is not a major topic"),
        ({"_1": {"id": "issue:Not A Slug"}}, "should match pattern"),
        ({"_1": {"alias": ["typo for aliases"]}}, "Extra inputs are not permitted"),
        ({"_1": {"breach_terms": ["harm"]}}, "only a topic has breach terms"),
        ({"_1": {"neutral": True}}, "only a topic has breach terms, a breach node or is neutral"),
        # an issue may own terms of its topic (the topic step lands them on it)
        ({"_1": {"terms": ["child"]}}, None),
        # ... unless a stance on it is the reverse stance on its topic (a harm under a good topic)
        ({"_1": {"terms": ["child"], "harm": True}}, "an issue read reversed at its topic's level has no terms"),
        ({"_0": {"breach_terms": ["harm"]}}, "breach terms and a breach node go together"),
        # the breach node must be the topic's child and its reverse (a harm under a good topic)
        ({"_0": {"breach_terms": ["harm"], "breach_node": "issue:child"}}, "must be its child, of the reverse harm"),
        ({"_0": {"terms": ["word"]}, "_1": {"harm": True}}, None),
        # an unquoted label holding commas is split by YAML's flow list, and its pieces repeat
        (
            {"_1": {"aliases": yaml.safe_load("[peace, stability, peace, stability and prosperity]")}},
            "lists 'peace' twice",
        ),
        ({"_1": {"aliases": yaml.safe_load('[peace, stability, "peace, stability and prosperity"]')}}, None),
    ],
)
def test_the_schema_refuses_a_broken_file(change: dict[str, Any], message: str | None) -> None:
    TaxonomyFile.model_validate(_file())
    if message is None:  # the change is allowed
        TaxonomyFile.model_validate(_file(**change))
        return
    with pytest.raises(ValidationError, match=message):
        TaxonomyFile.model_validate(_file(**change))


def test_a_topic_term_belongs_to_one_topic() -> None:
    data = _file(_0={"terms": ["security"]})
    data["issues"].append({"id": "issue:other", "name": "other", "parent": None, "terms": ["Security"]})
    with pytest.raises(ValidationError, match="the term 'Security' is also issue:topic's"):
        TaxonomyFile.model_validate(data)


# -- where real phrases land -----------------------------------------------------------------------------

# (phrase, node, rule): target phrases of position claims in the UN General Debate speeches
HITS = [
    ("hegemony", "issue:hegemonism", "alias"),  # CHN 2019
    # natural disasters are the breach of disaster risk reduction (Sendai Framework para. 15), no
    # environmental degradation
    ("consequences of natural disasters", "issue:disaster-risk-reduction", "alias-in-phrase"),  # TJK 2017
    ("severe natural disasters", "issue:disaster-risk-reduction", "alias-in-phrase"),  # GUY 2024
    (
        "common, comprehensive, cooperative and sustainable security",
        "issue:common-comprehensive-cooperative-sustainable-security",
        "alias",
    ),  # CHN 2015
    ("purposes and principles of the Charter of the United Nations", "issue:un-charter", "alias-in-phrase"),  # CHN 2017
    ("peace and security in the world", "issue:international-peace-and-security", "alias-in-phrase"),  # NPL 2023
    # ARG 2019; read without its parse (no head word), the alias it starts with is enough; it lists two crimes
    # of one topic, so the topic above both (placement._listed)
    ("drug trafficking and money-laundering", "issue:transnational-crime", "alias-in-phrase"),
    ("act of terrorism", "issue:terrorism", "keyword"),  # IND 2022
    ("prohibition of nuclear weapons", "issue:nuclear-ban-treaty", "alias"),
    ("the economic, commercial and financial embargo against Cuba", "issue:embargo-against-cuba", "alias"),
    ("lifting of the blockade of Cuba", "issue:embargo-against-cuba", "alias-in-phrase"),
    # the vector step, above the calibrated threshold: the same words in another order
    (
        "equitable development",
        "issue:development-and-finance",
        "vector",
    ),  # sample: cosine 1.0 with "inclusive development"
    # "purposes of the United Nations" is an alias: the variant with the shared complement finds it
    ("principles and purposes of the United Nations", "issue:un-charter", "alias"),
    # the topic step: no issue node fits, the phrase's terms are one topic's ("the most specific
    # node that fits"); a topic's breach terms land on its breach node (a harm under it)
    ("civil and political rights", "issue:human-rights", "topic-keyword"),  # BRA 2017
    ("peace in Darfur and the region", "issue:international-peace-and-security", "topic-keyword"),  # SDN 2017
    ("national security of the Republic of Macedonia", "issue:international-peace-and-security", "topic-keyword"),
    ("regional and sub-regional economic integration", "issue:regional-integration", "alias-in-phrase"),  # LAO 2020
    ("human smuggling", "issue:transnational-crime", "topic-keyword"),  # USA 2020
    ("third world war", "issue:war-and-armed-violence", "topic-keyword"),  # RUS 2019
    # CHN 2021: a breach of the international order, not the order
    ("practice of forming small circles or zero-sum games", "issue:confrontation-and-power-politics", "topic-keyword"),
    # FRA 2022: "invasion" (peace's breach) and "sovereign State"'s word of no topic; the head decides
    ("invasion of a sovereign State", "issue:war-and-armed-violence", "topic-keyword"),
    # cutting or ending a harm is its topic's good, not the harm: the breach term is reached through
    # a reducing word (AND 2015, TUV 2023, BRA 2020), so the supporting claim supports the topic
    (
        "reducing its emissions of carbon dioxide and other greenhouse gases by 37 per cent by 2030",
        "issue:climate-and-energy",
        "topic-keyword",
    ),
    (
        "stronger global action on phasing out fossil fuel production and consumption",
        "issue:climate-and-energy",
        "topic-keyword",
    ),
    ("early treatment of the disease", "issue:global-health", "topic-keyword"),
    ("greenhouse gas emissions", "issue:environmental-degradation", "topic-keyword"),  # LVA 2015: the harm itself
]

# phrases that fit no node and stay their own (``taxonomy: false``), with why
REFUSALS = [
    "approximately 25,000 kilometres of high-speed railway",  # issue 12's own example: no label shares its head
    "attend that event",  # issue 12's example
    "independent Jewish State",  # nearest "independent Palestinian state", 0.879: below the threshold
    "expansion",  # one word is no likeness to "NATO expansion" (MIN_VECTOR_WORDS)
    "fiscal space",  # nearest "outer space" (0.766); "space" alone is no topic term ("civic space")
    "French initiative",  # NOR 2015
    "positive developments",  # GAB 2015: events, not development (the lemma key alone would say so)
    # GBR 2021: "who" is no World Health Organization
    "example of Imran Khan of Pakistan, who has pledged to plant 10 billion trees in Pakistan alone",
]


# where a topic word stands in the phrase decides whether it places it (extract/taxonomy/
# ``terms_in``, extract/issues.py ``inside_name`` and ``DISTORTING_HEADS``): phrases of the General
# Debate corpus (2015-2024), read with their head word as bench/issue_coverage.py takes it. Each
# landed elsewhere, or loosely on a topic, before the rule.
HEADED_HITS = [
    # a term stands for the phrase under a head that stands for its complement (an aim, a bid, an
    # end, respect) or as a classifier of its head
    ("ideals of peace and fraternity among peoples", "issue:international-peace-and-security", "topic-keyword"),
    # a term the topic shares with one issue lands on the issue (Security Council reform: the veto, the seats)
    ("Japans bid for a permanent seat", "issue:security-council-reform", "topic-keyword"),
    ("unrestricted respect for the sovereignty of States", "issue:sovereignty", "topic-keyword"),
    ("forest fires", "issue:climate-and-energy", "topic-keyword"),
    # a keyword in a name's modifiers counts in a named plan, meeting or a long title ("Summit", "of Action")
    ("convening of the Climate Action Summit in recent days", "issue:climate-action", "keyword"),
    (
        "midterm review of the Small Island Developing States Accelerated Modalities of Action",
        "issue:small-island-developing-states",
        "keyword",
    ),
    ("terrorist attacks", "issue:terrorism", "keyword"),  # a keyword before a head of attack still counts
    # the longest keyword names the breach, not the good it breaches (a position against violations)
    ("reported cases of human rights violations", "issue:human-rights-violations", "keyword"),
    ("end to the war on drugs and", "issue:drug-trafficking", "keyword"),  # not the war of peace's breach terms
    ("illicit trade", "issue:transnational-crime", "alias"),  # crime, not trade
    # a keyword in an adjunct of the standard a thing is measured by is not what it is about
    (
        "acts of aggression, conducted in defiance of the Charter of the United Nations",
        "issue:war-and-armed-violence",
        "topic-keyword",
    ),
    ("terrorism in the framework of international law", "issue:terrorism", "keyword"),
    ("declaring a global war on human traffickers", "issue:transnational-crime", "topic-keyword"),  # no war
    # not peace and security: the term of employment and decent work (SDG target 8.5), an issue of development
    ("Job security", "issue:decent-work-and-social-protection", "topic-keyword"),
    ("macroeconomic stability", "issue:development-and-finance", "topic-keyword"),  # not peace's stability
    ("regions socioeconomic stability", "issue:development-and-finance", "topic-keyword"),
    # small arms, not illicit financial flows ("illicit flows" was an alias of the latter)
    (
        "more concrete action from bilateral partners to stem the illicit flow of small arms and ammunition from their ports",
        "issue:small-arms",
        "keyword",
    ),
    # "abuse" alone is no human rights breach; the veto is the reform's opposite (issues.yaml), matched as a keyword
    ("abuse of the veto", "issue:security-council-reform", "keyword"),
    ("illegal trade in wild species", "issue:transnational-crime", "keyword"),  # crime, not trade
    # a harm is not its remedy's alias: the debt crisis is the breach of development, not debt relief
    ("crushing debt crisis", "issue:economic-crises-and-debt", "topic-keyword"),
    # the longest keyword: a treaty for pandemic preparedness is the response, not the pandemic
    ("international legal instrument for pandemic preparedness and response", "issue:pandemic-response", "keyword"),
    (
        "illegal economic measures imposed on the Syrian people and other independent peoples in the world",
        "issue:sanctions-and-coercive-measures",
        "keyword",
    ),
]

HEADED_REFUSALS = [
    # a topic word inside a name it only modifies names the body or the state, not the topic
    "provocative and aggressive actions by the Democratic Peoples Republic of Korea",  # not democracy
    "International Law Commissions decision",
    "integrity of each United Nations Member State",
    # a topic word that modifies the head, or sits in the complement of a head whose complement is
    # its holder (a quality, a standing) or its source, does not place the phrase
    "power of the United Nations",
    "assistance from our United Nations family and its members",
    "climate of optimism",  # a mood, not the climate
    # a misuse or an attack is no stance on what it misuses or attacks, nor its reverse
    "manipulation of the human rights issue against Cuba",
    "attacks on peacekeepers",
    # words too general to place a phrase by themselves (no longer topic terms or aliases)
    "solidarity",
    "unity",
    "resilience",
    "Five Points Consensus",
    "sustainable mobility",  # transport, not migration
    "irrational dispute",
    "rapid and coherent intervention",
    "safe",  # a broken alias list read "safe" as migration's own alias
    "radicals who were behind the coup in Ukraine supported by the West",  # a keyword in a relative clause
    "traditions and customs",  # customs as usages, not trade
    "peace and prosperity",  # coordinated heads of two topics: about both, not the last one's
    "serious and transparent national dialogue among all political forces and various parties",  # no order
    "blatant diplomatic lie",
    "developments",  # events, not development
    "new turning point of the United Nations",  # a point of its history, not the international order
    "lives of our young people",  # "young people" is no human rights term by itself
    "egregious crimes",  # atrocities, not organised crime: "crime" alone is no topic term
    # "women" inside a phrase about something else does not make it one on gender equality
    "recent large increases in the frequency and numbers of people fleeing conflict zones, including women and children",
]


# the most specific node that fits, and the issue families the corpus returns to (phrases of the General
# Debate corpus, 2015-2024, read with their head word as bench/issue_coverage.py takes it): each landed
# on a broader node, a wrong one, or none before
SPECIFIC_HITS = [
    # a key two nodes share is the more specific one's: the refugees issue, not its topic, migration
    ("safe areas or buffer zones for refugees in Syria", "issue:refugees", "keyword"),
    ("implementation of Universal Health Coverage", "issue:universal-health-coverage", "keyword"),
    ("unique and invaluable ecology and biodiversity", "issue:biodiversity", "keyword"),
    # a keyword that is a more specific node's name or alias is that node's: the treaty, not the cause
    ("universality of the Treaty on the Prohibition of Nuclear Weapons", "issue:nuclear-ban-treaty", "keyword"),
    # an arms embargo is no economic sanction
    ("lifting of the arms embargo imposed on the Central African Republic", "issue:arms-embargoes", "keyword"),
    ("global minimum tax", "issue:international-tax-cooperation", "alias"),
    ("Russian Federations dangerous nuclear rhetoric", "issue:nuclear-weapons", "keyword"),
    ("continued existence of nuclear weapons", "issue:nuclear-weapons", "keyword"),
    ("nuclear power plants", "issue:nuclear-safety-and-peaceful-uses", "keyword"),
    ("wars consequences for nuclear safety and security", "issue:nuclear-safety-and-peaceful-uses", "keyword"),
    ("ensure that the nuclear deal on Iran is honoured by all parties", "issue:jcpoa", "keyword"),
    ("updated and more ambitious NDCs", "issue:climate-action", "keyword"),
    ("more flexible access to climate funding", "issue:climate-finance", "keyword"),
    ("review the United Nations development system", "issue:un-reform", "keyword"),
    ("medical facilities and aid convoys", "issue:humanitarian-access", "keyword"),
    ("rights of Mother Earth", "issue:climate-and-energy", "alias"),
    # a relation between parties is about its field, not the international order
    ("Cubas medical cooperation", "issue:global-health", "topic-keyword"),
    ("economic diplomacy", "issue:development-and-finance", "topic-keyword"),
    ("cooperation in research", "issue:science-and-technology", "topic-keyword"),
    # an arms race is the armament disarmament opposes, not war (2018/SUR_73_2018.txt "an end to the arms race")
    ("arms race", "issue:arms-build-up", "topic-keyword"),
    ("end to the arms race", "issue:disarmament-and-non-proliferation", "topic-keyword"),
    # a fund for climate finance is climate finance's alone (2020/VUT_75_2020.txt, 2019/ESP_74_2019.txt)
    ("recapitalization of financial instruments such as the Green Climate Fund", "issue:climate-finance", "keyword"),
    ("Adaptation Fund", "issue:climate-finance", "keyword"),
    # sanctions called illegitimate or arbitrary are unilateral ones (2020/RUS_75_2020.txt, 2019/CUB_74_2019.txt)
    ("illegitimate sanctions", "issue:unilateral-sanctions", "keyword"),
    ("imposition of arbitrary sanctions", "issue:unilateral-sanctions", "keyword"),
    # a state's public financial management is its governance, not the UN's management reform (2023/SSD_78_2023.txt)
    ("ongoing public financial management reforms", "issue:good-governance", "keyword"),
    # win-win is mutual benefit; action called multilateral is multilateralism (2019/TUR_74_2019.txt, 2019/CAF_74_2019.txt)
    ("win-win approach", "issue:mutual-benefit", "topic-keyword"),
    ("framework of multilateral action", "issue:multilateralism", "topic-keyword"),
    # a climate word's economy is the climate's, not development's
    ("shift to a low-carbon economy", "issue:climate-and-energy", "topic-keyword"),
]

SPECIFIC_REFUSALS = [
    # "developing countries" is the whole group, not the least developed (2019/LAO_74_2019.txt)
    "developing countries",
    # "nuclear deal" alone is no name of the Iran deal
    "recent talks between the United States and North Korea on the Korean nuclear deal",
    # "safety" and "security" are no labels of nuclear safety: the vector step does not reach it
    "safety, security",
]


@pytest.mark.parametrize(("phrase", "node", "rule"), SPECIFIC_HITS)
def test_a_phrase_lands_on_the_most_specific_node_that_fits(phrase: str, node: str, rule: str) -> None:
    found = placed(phrase, head_word(phrase))
    assert (found.id, found.rule, found.taxonomy) == (node, rule, True)


@pytest.mark.parametrize("phrase", SPECIFIC_REFUSALS)
def test_a_new_node_takes_no_phrase_it_does_not_name(phrase: str) -> None:
    found = placed(phrase, head_word(phrase))
    assert found.id not in {"issue:jcpoa", "issue:nuclear-safety-and-peaceful-uses", "issue:least-developed-countries"}


def test_a_smaller_amount_of_a_harm_counters_it() -> None:
    # 2020/CRI_75_2020.txt: "we must prioritize less armament; ...; less militarization and less death"
    assert placed("less armament", "armament").id == "issue:disarmament-and-non-proliferation"
    assert placed("less militarization", "militarization").id == "issue:international-peace-and-security"
    # "no less than" and "less than" compare; they reduce nothing
    assert placed("no less than a war", "war").id == "issue:war-and-armed-violence"


def test_a_harm_freed_of_banned_or_abolished_is_countered() -> None:
    """A world free of or without a harm, its ban or its abolition is a stance against the harm (GA corpus
    phrases)."""
    for phrase in (
        "world free from nuclear weapons",
        "collective goal for a world without nuclear threat",
        "legally binding treaty to prohibit the production of nuclear weapons",
    ):
        ref = canonical_issue(phrase, head_word(phrase))
        assert (ref.id, ref.countered) == ("issue:nuclear-weapons", True), phrase
    assert not canonical_issue("threat of use of nuclear weapons").countered


def test_a_plural_in_es_has_the_lemma_of_its_singular() -> None:
    """ "processes", "taxes", "crises" key as "process", "tax", "crisis" (not "processe"), so a plural
    meets its singular's alias and its head word's class: "political processes" is an unnamed plan."""
    assert (
        lemma_key("political processes, taxes, approaches, crises, niches")
        == "political process tax approach crisis niche"
    )
    assert lemma_key("arms embargoes, vetoes, canoes") == "arm embargo veto canoe"
    # a plural meets its singular's alias ("climate crisis"; a GA corpus phrase)
    assert (placed("climate crises").id, placed("climate crises").rule) == ("issue:climate-change", "alias")


@pytest.mark.parametrize(
    ("phrase", "why"),
    [
        ("political processes", "unnamed-plan"),
        ("new approaches", "generic-activity"),
        ("many brilliant successes", "generic-outcome"),
    ],
)
def test_a_plural_in_es_is_refused_as_its_singular_is(phrase: str, why: str) -> None:
    """Their singulars' head classes (data/non_issue_heads.yaml) now reach them (GA corpus phrases)."""
    found = placed(phrase, head_word(phrase))
    assert (found.taxonomy, refusal(found.name)) == (False, why)


@pytest.mark.parametrize(("phrase", "node", "rule"), HEADED_HITS)
def test_a_topic_word_places_a_phrase_where_it_stands_for_it(phrase: str, node: str, rule: str) -> None:
    found = placed(phrase, head_word(phrase))
    assert (found.id, found.rule, found.taxonomy) == (node, rule, True)


@pytest.mark.parametrize("phrase", HEADED_REFUSALS)
def test_a_topic_word_that_does_not_stand_for_the_phrase_leaves_it_off_the_taxonomy(phrase: str) -> None:
    found = placed(phrase, head_word(phrase))
    assert (found.rule, found.taxonomy) == ("none", False)
    assert found.id == canonical_issue(phrase, head_word(phrase)).id  # its own node


@pytest.mark.parametrize(("phrase", "node", "rule"), HITS)
def test_a_phrase_lands_on_its_node_by_an_explainable_rule(phrase: str, node: str, rule: str) -> None:
    found = placed(phrase)
    assert (found.id, found.rule, found.taxonomy) == (node, rule, True)
    assert (found.score is not None) == (rule == "vector")


@pytest.mark.parametrize("phrase", REFUSALS)
def test_a_phrase_that_fits_nothing_stays_its_own(phrase: str) -> None:
    found = placed(phrase)
    assert (found.rule, found.taxonomy) == ("none", False)
    assert found.id == canonical_issue(phrase).id  # its own node, named by its own words
    assert not found.id.startswith(tuple(Taxonomy.load().nodes))


# -- "the situation in <State>" ------------------------------------------------------------------------

# (phrase, whether it may be read as the situation in the state the claim reader found with it):
# position targets of the General Debate corpus that the ingest placed by the state rule
SITUATIONS = [
    ("sustainable political solution in Yemen", True),
    ("security of both Saudi Arabia and the region", True),
    ("deployment of all possible efforts", True),  # the state is in the sentence's placing phrase
    # the state holds the head: its initiative, its solidarity, its citizens, not a situation in it
    ("initiative of France", False),
    ("unfailing solidarity of Guinea-Bissau to the Republic of Cuba", False),
    ("brave citizens", False),
    ("firm belief", False),  # a vague head
]


@pytest.mark.parametrize(("phrase", "fits"), SITUATIONS)
def test_a_phrase_is_no_situation_in_a_state_when_its_head_is_the_states_own(phrase: str, fits: bool) -> None:
    assert situation_named(phrase) is fits


# -- refusing a target that names no issue -----------------------------------------------------------

# (phrase, class): position targets of the General Debate that land nowhere and name no issue
NON_ISSUES = [
    ("approximately 25,000 kilometres of high-speed railway", "quantity"),  # CHN 2018, issue 12's example
    ("attend that event", "occasion"),  # CHN 2018, issue 12's example: "that" is a determiner here
    ("first time in 20 years", "time"),  # USA 2021
    ("coordinate international efforts", "generic-activity"),  # TUN 2015
    ("step up our efforts", "generic-activity"),  # GBR 2018
    ("certain countries", "generic-whole"),  # ESP 2022
    ("basic principles", "vague"),  # MNG 2016
    ("constructive initiatives", "unnamed-plan"),  # RUS 2023: an initiative the phrase does not name
    ("United States", "actor"),  # RUS 2023: an actor's whole name, left unlinked, is no issue
    # 2022/COM_77_2022.txt: "convince Russia and Ukraine to resume X": two actors, no issue
    ("Russia and Ukraine", "actor"),
    # a state or quality with no complement: 2021/TUV_76_2021.txt "build resilience with hope",
    # 2016/GRD_71_2016.txt "the necessary momentum", 2015/DOM_70_2015.txt "the necessary changes"
    ("resilience", "condition"),
    ("necessary momentum", "condition"),
    ("necessary changes", "condition"),
    ("perception", "condition"),  # 2015/WSM_70_2015.txt "discredits the perception long held by some that X"
    # 2017/ISR_72_2017.txt "a miraculous victory against those who sought to destroy our State": the
    # clause saying who they are was cut from the target
    ("miraculous victory against those", "no-content"),
    # points, hopes and figures along a way, no issue: 2021/BGD_76_2021.txt "We achieved the milestone of
    # graduation from a least developed country", 2023/NOR_78_2023.txt "seek common ground where we can
    # find it", 2017/RUS_72_2017.txt "the quest for a balance of our interests", 2015/MDG_70_2015.txt
    # "not to lose sight of the commitment that we made", 2020/THA_75_2020.txt "the expectations of the new
    # generation"
    ("milestone of graduation", "vague"),
    ("common ground", "vague"),
    ("quest for a balance of our interests", "vague"),
    ("lose sight of the commitment", "vague"),
    ("expectations of the new generation", "vague"),
    # quantities and a pronoun: 2015/PAK_70_2015.txt "agree on a broad range of measures", 2018/DNK_73_2018.txt
    # "a strong set of common values, rules and goals", 2016/MLT_71_2016.txt "to foster new ones"
    ("broad range of measures", "quantity"),
    ("strong set of common values, rules and goals", "quantity"),
    ("new ones", "generic-whole"),
    ("perseverance", "condition"),  # 2016/MLT_71_2016.txt: a quality with no complement
    # 2023/SRB_78_2023.txt "We want to build bridges, not walls.": the target is cut at the contrast, and
    # what comes before the cut decides ("bridges", a figure)
    ("bridges, not", "vague"),
    # persons named by a role or a trait are actors, no issue (WordNet noun.person): 2020/GRC_75_2020.txt
    # "And malign actors pose an insidious and growing threat", 2019/LBN_74_2019.txt "call on all world
    # leaders to work for the safe return of ...", 2019/SMR_74_2019.txt "support the most vulnerable"
    ("malign actors", "person"),
    ("world leaders", "person"),
    ("most vulnerable", "person"),
    # feelings and dispositions (noun.feeling, noun.attribute), judgements of words (noun.communication):
    # 2024/NIC_79_2024.txt "against ... mendacity", 2019/RUS_74_2019.txt "without resorting to baseless
    # accusations"
    ("mendacity", "feeling"),
    ("baseless accusations", "judgement"),
    # 2019/KAZ_74_2019.txt "we urge others to join it": the pronoun points back to what the phrase does not say
    ("join it", "no-content"),
]

# phrases kept as positions though no node fits them: a name, or terms of a topic
KEPT = [
    "French initiative",  # NOR 2015: a name ("the French initiative" is a thing of its own)
    "ASEAN-led mechanism and process",  # dev set: an acronym first
    "people of Hong Kong",  # dev set
    "wars consequences for nuclear safety and security",  # FRA 2022: about topics, two of them
    "independent Jewish State",
    # a state or quality whose complement says of what (a change of a status is a stance on it)
    "unilateral changes to territorial status",
    "unity of our land and our people",
    # 2024/UZB_79_2024.txt "We are rapidly advancing our IT sector": "IT" is a name, not the pronoun
    "IT sector",
    # 2017/MWI_72_2017.txt "attacks against persons with albinism": persons with a condition are a group
    # with rights, not an actor
    "persons with albinism",
]


@pytest.mark.parametrize(("phrase", "why"), NON_ISSUES)
def test_a_phrase_headed_by_a_word_that_names_no_issue_is_refused(phrase: str, why: str) -> None:
    assert placed(phrase).rule == "none"  # the refusal is read only for a phrase that lands nowhere
    assert refusal(phrase) == why


@pytest.mark.parametrize("phrase", KEPT)
def test_a_phrase_with_a_name_or_a_topic_term_is_kept(phrase: str) -> None:
    assert refusal(phrase) is None


def test_a_phrase_the_taxonomy_places_is_never_refused_by_its_head() -> None:
    # "efforts" is a generic activity, but the phrase holds a node's keyword (CHN 2019)
    assert head_word("efforts to combat terrorism") == "effort"
    assert placed("efforts to combat terrorism").id == "issue:terrorism"


# -- orientation: a stance on a harm is the reverse stance on its good topic ---------------------------


def test_a_harm_under_a_good_topic_is_read_reversed_at_the_topic_level() -> None:
    nodes = Taxonomy.load().nodes
    reversed_ = {
        "issue:hegemonism": True,  # a harm under the international order
        "issue:multilateralism": False,  # a good under it
        "issue:nuclear-weapons": True,  # under disarmament
        "issue:climate-change": True,  # under the environment
        "issue:isil": False,  # a harm under a harm topic (terrorism)
        "issue:law-enforcement-cooperation": True,  # a good under transnational crime
        "issue:unilateral-sanctions": False,  # sanctions are a neutral topic: nothing turns under it
    }
    assert {n: nodes[n].parent_reversed for n in reversed_} == reversed_
    assert issue_properties("issue:hegemonism", "hegemonism")["parent_reversed"] is True
    assert "parent_reversed" not in issue_properties("issue:multilateralism", "multilateralism")
    assert "parent_reversed" not in issue_properties("issue:situation-in-libya", "situation in Libya")


def test_every_breach_node_is_read_reversed() -> None:
    taxonomy = Taxonomy.load()
    breach_nodes = [e.breach_node for e in taxonomy.entries.values() if e.breach_node]
    assert len(breach_nodes) >= 10
    assert all(taxonomy.nodes[n].parent_reversed for n in breach_nodes)


# -- the calibration -------------------------------------------------------------------------------------


def _sample() -> list[dict[str, Any]]:
    return yaml.safe_load(SAMPLE.read_text(encoding="utf-8"))["sample"]


def test_the_sample_is_what_the_vector_step_finds() -> None:
    index = VectorIndex.load()
    for entry in _sample():
        found = index.nearest(entry["phrase"])
        assert found is not None, entry["phrase"]
        # the node, not the label: labels of one node may share a vector ("diplomatic"/"negotiated solution")
        assert found[0] == entry["nearest"], entry["phrase"]
        assert found[1] == pytest.approx(entry["score"], abs=1e-3), entry["phrase"]


def precision_at(threshold: float) -> tuple[int, float]:
    mapped = [e for e in _sample() if e["score"] >= threshold]
    return len(mapped), sum(e["right"] for e in mapped) / len(mapped) if mapped else 1.0


def test_the_threshold_is_the_lowest_with_90_percent_right_on_the_sample() -> None:
    """The calibration table (README): mappings and share right at each threshold. Below 0.95 the
    md vectors choose a wrong node in a third or more of the cases; at 0.95 all are right."""
    table = {t: precision_at(t) for t in (0.8, 0.85, 0.9, 0.92, 0.95)}
    assert table[VECTOR_THRESHOLD][1] >= 0.9
    assert all(share < 0.9 for t, (_, share) in table.items() if t < VECTOR_THRESHOLD)
    # 36 since "developing countries" left the least developed countries' labels (two phrases fell below 0.8)
    assert table[0.8] == (36, pytest.approx(21 / 36))


# -- wordings of a known issue the vocabulary missed (issue 12, round 14) ------------------------------

#: real phrases of the UN General Debate corpus that name an issue the taxonomy has, in a wording the
#: vocabulary did not know: coordinations, the UN abbreviated, "the X issue" for "the X question", a
#: keyword inside a place's name, standard names from the schemes the nodes cite; each lands elsewhere
#: (or nowhere) without the change
WORDING_HITS = [
    # a coordination of modifiers sharing their noun is each conjunct with it
    ("unilateral economic, financial, and trade measures", "issue:unilateral-sanctions", "keyword"),
    ("proliferation of nuclear, chemical and biological weapons", "issue:nuclear-weapons", "keyword"),
    # a final pair in the other order
    ("physical integrity of girls and women", "issue:gender-equality", "keyword"),
    # the United Nations abbreviated
    ("role of the UN", "issue:central-role-of-the-un", "alias"),
    # "the X issue" is "the X question"
    ("just and viable solution to the Cyprus issue", "issue:cyprus-question", "keyword"),
    # a keyword that names a place by its first words ("the X Archipelago", "the X Strip")
    ("negotiations on the exercise of sovereignty over the Chagos Archipelago", "issue:chagos-archipelago", "keyword"),
    ("situation in the Gaza Strip", "issue:question-of-palestine", "keyword"),
    # a proper name the node writes capitalised names its thing inside a longer name too
    ("Rohingya Muslims", "issue:rohingya", "keyword"),
    ("G-5 Sahel Joint Force", "issue:sahel-situation", "keyword"),
    # two nouns sharing a complement: each with it
    (
        "involvement of young people in the prevention and resolution of conflicts",
        "issue:conflict-prevention",
        "keyword",
    ),
    (
        "expansion of both the permanent and non-permanent categories of Council membership",
        "issue:security-council-reform",
        "keyword",
    ),
    ("reach an agreement to put an end to the hostilities in its territory", "issue:ceasefire", "keyword"),
    ("hospitals and other critical civilian infrastructure", "issue:protection-of-civilians", "keyword"),
    # dialogue and negotiation, the Charter's first means of peaceful settlement (Article 33)
    ("constructive dialogue", "issue:peaceful-resolution-of-disputes", "alias"),
    (
        "political dialogue between the Government and the opposition under the auspices of the countries of the region",
        "issue:peaceful-resolution-of-disputes",
        "alias-in-phrase",
    ),
    ("solving issues through dialogue and cooperation", "issue:peaceful-resolution-of-disputes", "keyword"),
    # restraint, preventive diplomacy as An Agenda for Peace defines it
    ("exercise utmost restraint", "issue:conflict-prevention", "alias"),
    ("intercultural and interreligious dialogue", "issue:dialogue-among-civilizations", "keyword"),
    ("role and authority of the General Assembly", "issue:un-reform", "keyword"),
    ("G20 Common Framework for Debt Treatment", "issue:debt-relief", "keyword"),
    ("partial reallocation of special drawing rights", "issue:international-financial-architecture", "keyword"),
    ("intergovernmental negotiations", "issue:security-council-reform", "keyword"),
    ("use of space for peaceful purposes", "issue:outer-space", "alias"),
    ("right to free speech", "issue:freedom-of-expression", "alias"),
    ("right to the highest attainable standard of physical and mental health", "issue:global-health", "alias"),
    ("rights of older persons", "issue:human-rights", "topic-keyword"),
    ("situation in Rakhine state", "issue:rohingya", "keyword"),
    # a named treaty is its own node's, not the cause's (was nuclear disarmament)
    ("universal adherence to the Comprehensive Nuclear-Test-Ban Treaty", "issue:nuclear-test-ban", "keyword"),
    # the trafficking of protected species is SDG 15's (was international trade)
    ("illegal poaching and trade in endangered species", "issue:biodiversity", "keyword"),
]


@pytest.mark.parametrize(("phrase", "node", "rule"), WORDING_HITS)
def test_a_known_issue_in_another_wording_lands_on_its_node(phrase: str, node: str, rule: str) -> None:
    found = placed(phrase, head_word(phrase))
    assert (found.id, found.rule) == (node, rule)


@pytest.mark.parametrize("phrase", ["attacks on civilian infrastructure", "indiscriminate attacks"])
def test_an_attack_on_civilians_is_the_breach_of_their_protection(phrase: str) -> None:
    ref = canonical_issue(phrase, head_word(phrase))
    assert (ref.id, ref.opposite) == ("issue:protection-of-civilians", True)


#: wordings the new variants must not make into another issue: a name's words are no conjuncts, a
#: noun coordinated with a modified noun is no shared coordination, and "the X issue" that another node
#: lists itself stays that node's
WORDING_REFUSALS = [
    # a name: "Forum and the Indian" is no coordination of modifiers (no "oceans" keyword)
    (
        "closer partnerships with the Pacific Islands Forum and the Indian Ocean Rim Association",
        "issue:international-order",
    ),
    # "peace" and "political stability in Syria": nouns, not one noun's modifiers (no "political peace");
    # the peace of a place whose settlement the taxonomy names is that settlement (issue_scope.conflict_of_place)
    ("peace and political stability in Syria", "issue:syria-settlement"),
    # "the Palestinian issue" is listed for the question of Palestine, not made Palestinian statehood's kin
    ("talks for a peaceful solution to the Palestinian issue", "issue:question-of-palestine"),
]


@pytest.mark.parametrize(("phrase", "node"), WORDING_REFUSALS)
def test_a_variant_wording_does_not_move_a_phrase_to_another_issue(phrase: str, node: str) -> None:
    assert placed(phrase, head_word(phrase)).id == node


def test_the_variants_of_a_phrase() -> None:
    from diplograph.extract.issues import variants

    assert variants("regional and global integration") == ["regional integration", "global integration"]
    assert variants("peace and political stability in Syria") == []  # a noun first: no shared modifiers
    assert variants("Malaria Councils and Funds") == []  # names
    assert variants("right of the Ethiopian people to development") == ["right to development"]
    assert variants("prevention and resolution of conflicts") == ["prevention of conflicts", "resolution of conflicts"]


def test_the_un_abbreviated_is_the_united_nations_in_the_key() -> None:
    assert lemma_key("role of the UN") == lemma_key("role of the United Nations")
    assert lemma_key("the U.N. Charter") == lemma_key("the United Nations Charter")
    assert lemma_key("UNs capacity") == lemma_key("United Nations capacity")
    assert lemma_key("UNSC reform") == "unsc reform"  # inside a longer acronym: not it
    assert lemma_key("un mundo") == "un mundo"  # lower case: another language's article


#: (phrase, node): real General Debate phrases the topic step placed on a topic although one of its
#: issues fits, by a topic term that names that issue; they land on the issue now (each on the topic
#: before)
TERM_CHILD_HITS = [
    ("democratic process in Iraq", "issue:democracy"),
    ("Syrias sovereignty", "issue:sovereignty"),
    ("holding of elections", "issue:democracy"),
    ("water supplies throughout Central, South and East Asia", "issue:water"),
    ("access to drinking water and sewerage systems for all those families", "issue:water"),
    ("targeting of innocent civilians by any party", "issue:protection-of-civilians"),
    ("revival of the peace process", "issue:peace-talks"),
    ("search for a political solution", "issue:peaceful-resolution-of-disputes"),
    ("illegal drugs", "issue:drug-trafficking"),
    ("equitable distribution of marine resources", "issue:oceans"),
]


@pytest.mark.parametrize(("phrase", "node"), TERM_CHILD_HITS)
def test_a_topic_term_that_names_an_issue_lands_on_the_issue(phrase: str, node: str) -> None:
    found = placed(phrase, head_word(phrase))
    assert (found.id, found.rule) == (node, "topic-keyword")


#: real phrases holding one issue's term and another term of its topic: the topic, not the issue
#: ("water and climate issues" are about the environment, "democratic rights" about human rights)
TERM_CHILD_REFUSALS = [
    ("water and climate issues", "issue:climate-and-energy"),
    ("democratic rights of our citizens", "issue:human-rights"),
]


@pytest.mark.parametrize(("phrase", "node"), TERM_CHILD_REFUSALS)
def test_the_terms_of_several_issues_of_a_topic_land_on_the_topic(phrase: str, node: str) -> None:
    assert placed(phrase, head_word(phrase)).id == node


# -- a keyword in another sense (issue 12: the wrong mappings) ------------------------------------------


def remapped(phrase: str) -> Placement:
    """Where bench/issue_coverage.py --remap places an exported phrase (its head word guessed)."""
    return placed(phrase, head_word(phrase))


#: a topic term in another sense than its topic's places nothing: "civilian" classifying a post or a
#: thing, a state's "waters" (a sea area), "military forces" (a body of troops) (real phrases)
OTHER_SENSE_REFUSALS = [
    ("appointment of a civilian deputy head of mission for UNISFA", "issue:protection-of-civilians"),
    ("peaceful, swift transition to civilian leadership, with democratic elections", "issue:protection-of-civilians"),
    ("modern civilian State", "issue:protection-of-civilians"),
    ("larger presence of Montenegrin military forces in peace missions", "issue:war-and-armed-violence"),
    ("military forces", "issue:war-and-armed-violence"),
    ("designating 30 per cent of all waters under Maltese jurisdiction", "issue:water"),
    ("20 per cent of our own waters", "issue:water"),
]


@pytest.mark.parametrize(("phrase", "node"), OTHER_SENSE_REFUSALS)
def test_a_topic_term_in_another_sense_does_not_place_the_phrase(phrase: str, node: str) -> None:
    assert remapped(phrase).id != node


#: the protected persons and objects keep the sense ("civilian population", "civilian casualties"), and
#: water the resource stays water (real phrases)
OTHER_SENSE_HITS = [
    ("attacks on civilian infrastructure", "issue:protection-of-civilians"),
    ("targeting of innocent civilians by any party", "issue:protection-of-civilians"),
    ("access to safe water for 87 per cent of its population", "issue:water"),
    ("transboundary waters", "issue:water"),
    ("illegal stationing of foreign military forces on our national territory", "issue:violations-of-sovereignty"),
]


@pytest.mark.parametrize(("phrase", "node"), OTHER_SENSE_HITS)
def test_a_topic_term_in_its_own_sense_still_places_the_phrase(phrase: str, node: str) -> None:
    assert remapped(phrase).id == node


#: the maritime zones of UNCLOS are the law of the sea's, not water's or development's ("economic"
#: in "exclusive economic zone") (real phrases)
@pytest.mark.parametrize(
    "phrase",
    [
        "irresponsible and dangerous actions against our legitimate activities within our own waters and Exclusive Economic Zone",
        "exclusive economic zone",
        "illegal violation of Cyprus maritime zones and airspace",
        "extended continental shelf",
    ],
)
def test_a_maritime_zone_is_the_law_of_the_sea(phrase: str) -> None:
    assert remapped(phrase).id == "issue:oceans"


# -- named instruments and the rights of persons (issue 12: coverage) ----------------------------------

#: UN instruments and initiatives named by their title land on the node they serve (real phrases)
NAMED_INSTRUMENTS = [
    ("Secretary-Generals report on a New Agenda for Peace", "issue:international-peace-and-security"),
    ("recommendations of the Secretary Generals New Agenda for Peace", "issue:international-peace-and-security"),
    ("comprehensive Arab Peace Initiative", "issue:middle-east-peace-process"),
    ("early activation of the Kampala Amendments", "issue:accountability"),
    ("Technology Facilitation Mechanism", "issue:science-and-technology"),
    ("Secretary-Generals Rights Up Front initiative", "issue:human-rights"),
    ("disarmament, demobilization and reintegration programme", "issue:international-peace-and-security"),
    ("obligations under the Paris Climate Change Agreement", "issue:paris-agreement"),
    ("recommendations of the Advisory Commission on Rakhine State", "issue:rohingya"),
    ("International, Impartial and Independent Mechanism for the Syrian Arab Republic", "issue:accountability"),
    ("Baku Process", "issue:dialogue-among-civilizations"),
    ("Kathmandu Process", "issue:disarmament-and-non-proliferation"),
    (
        "end to all forms of economic terrorism imposed by the United States and its Western allies against Venezuela",
        "issue:unilateral-sanctions",
    ),
]


@pytest.mark.parametrize(("phrase", "node"), NAMED_INSTRUMENTS)
def test_a_named_instrument_lands_on_the_node_it_serves(phrase: str, node: str) -> None:
    assert remapped(phrase).id == node


#: the rights persons hold are human rights, whoever the persons are (real phrases)
@pytest.mark.parametrize(
    "phrase",
    [
        "rights of all Filipinos",
        "basic rights of millions of men, women and children",
        "political, economic, cultural and social rights of the people",
        "rights of Afghan citizens",
        "basic rights of its inhabitants",
    ],
)
def test_the_rights_of_persons_are_human_rights(phrase: str) -> None:
    assert remapped(phrase).id == "issue:human-rights"


#: a territory's, a state's or a body's right is a prerogative, and "the right of X to Y" a named right
#: (real phrases)
@pytest.mark.parametrize(
    "phrase",
    [
        "right of the territory to participate in the work of specialized agencies",
        "right by any country – large or small, rich or poor",
        "the right of the Cuban people to decide their own future",
        "right of the Jewish people",
    ],
)
def test_a_right_that_is_no_persons_human_rights_is_not_placed_there(phrase: str) -> None:
    assert remapped(phrase).id != "issue:human-rights"


#: the Palestinian people are the question of Palestine's, not the State's; women and girls are gender
#: equality's (real phrases)
@pytest.mark.parametrize(
    ("phrase", "node"),
    [
        ("brutal genocide of the Palestinian people", "issue:question-of-palestine"),
        ("just solution to the Palestinian question", "issue:question-of-palestine"),
        ("inalienable right of the Palestinian people to self-determination", "issue:self-determination"),
        ("41 per cent representation of women in local assemblies", "issue:gender-equality"),
        ("equal representation for men and women", "issue:gender-equality"),
    ],
)
def test_a_phrase_lands_on_the_specific_node(phrase: str, node: str) -> None:
    assert remapped(phrase).id == node


#: a document, instrument, plan or process stands for what its complement names, and one on a harm
#: serves its topic's good (real phrases)
@pytest.mark.parametrize(
    ("phrase", "node"),
    [
        ("multilateral mechanism to renegotiate sovereign debt", "issue:development-and-finance"),
        ("Chairs summary of the HighLevel Meeting on Sea-Level Rise", "issue:climate-and-energy"),
        ("report of the High-Level Advisory Body on AI", "issue:artificial-intelligence"),
        ("Declaration of Quito on Human Mobility of Venezuelan Citizens in the Region", "issue:migration"),
        (
            "Northeast Asia Cooperation Initiative for Infectious Disease Control and Public Health",
            "issue:global-health",
        ),
    ],
)
def test_an_instrument_stands_for_what_it_is_about(phrase: str, node: str) -> None:
    assert remapped(phrase).id == node


#: an instrument's author is not what it is about (real phrases)
@pytest.mark.parametrize(
    "phrase",
    [
        "initiative of the President of the 74th General Assembly",
        "decision of the President of the General Assembly to establish a United Nations high-level expert panel",
    ],
)
def test_an_instrument_of_an_office_is_not_placed_by_its_author(phrase: str) -> None:
    assert not remapped(phrase).taxonomy


#: a breach head is the breach of the good its complement names; "warming of relations" is no global
#: warming; "freedom of worship" is freedom of religion (real phrases)
@pytest.mark.parametrize(
    ("phrase", "node"),
    [
        ("Israels violations of Lebanons sovereignty", "issue:violations-of-sovereignty"),
        ("violations of human rights", "issue:human-rights-violations"),
        ("freedom of worship of Jews, Muslims, Christians", "issue:freedom-of-religion"),
    ],
)
def test_a_breach_or_a_freedom_lands_on_its_own_node(phrase: str, node: str) -> None:
    assert remapped(phrase).id == node


def test_the_warming_of_relations_is_not_global_warming() -> None:
    assert not remapped("warming of relations between two of our neighbours").taxonomy


#: the security or safety of persons is their freedom from danger, not international peace and security;
#: of civilians, their protection (real phrases)
@pytest.mark.parametrize(
    ("phrase", "node"),
    [
        ("security of the children", None),
        ("safety and security of personnel", None),
        ("safety and security of our respective populations", None),
        ("lives and security of civilians", "issue:protection-of-civilians"),
        ("safety and security of Palestinian civilians in the occupied territories", "issue:protection-of-civilians"),
        ("security of the region", "issue:international-peace-and-security"),
    ],
)
def test_the_security_of_persons_is_not_international_security(phrase: str, node: str | None) -> None:
    found = remapped(phrase)
    assert (found.id if found.taxonomy else None) == node


#: CEDAW is gender equality's, and the discrimination it names that equality's breach (the stance turns
#: round), not racism (real phrases)
@pytest.mark.parametrize(
    ("phrase", "opposite"),
    [
        (
            "obligations under the Convention on the Elimination of All Forms of Discrimination against Women "
            "and the Convention on the Rights",
            False,
        ),
        ("CEDAW", False),
        ("violence and discrimination against women", True),
    ],
)
def test_discrimination_against_women_is_the_breach_of_gender_equality(phrase: str, opposite: bool) -> None:
    ref = canonical_issue(phrase, head_word(phrase))
    assert (ref.id, ref.opposite) == ("issue:gender-equality", opposite)


@pytest.mark.parametrize(
    ("phrase", "node"),
    [
        # 2022/HRV_77_2022.txt, 2018/PSE_73_2018.txt: "against" after the harm says whom it strikes;
        # the phrase is the aggression, not a stance against it (it read as peace and security)
        ("aggression against a sovereign and independent country", "issue:war-and-armed-violence"),
        ("aggression against any country", "issue:war-and-armed-violence"),
        ("war crimes and crimes against humanity", "issue:human-rights-violations"),
        # a countering word before the harm, or heading the compound it modifies, still counters it
        # (2015/MHL_70_2015.txt "committed to emissions cuts")
        ("emissions cuts", "issue:climate-and-energy"),
        ("the fight against aggression", "issue:international-peace-and-security"),
        ("reducing its emissions", "issue:climate-and-energy"),
        # keeping a harm within bounds, bringing its authors to justice, being free of it
        # (2016/PNG_71_2016.txt, 2017/HRV_72_2017.txt, 2023/KAZ_78_2023.txt): the topic's good
        ("regulate the arms trade", "issue:disarmament-and-non-proliferation"),
        ("full investigation and punishment of all atrocities", "issue:human-rights"),
        ("carbon-free future", "issue:climate-and-energy"),
        # a countering word inside the term is the harm's own (2017/MNE_72_2017.txt)
        ("capital punishment", "issue:human-rights-violations"),
    ],
)
def test_a_countering_word_counts_only_where_it_governs_the_harm(phrase: str, node: str) -> None:
    assert topic_of(phrase) == node


# -- the General Assembly's agenda items and the SDG targets as nodes (issue 12: a controlled vocabulary) --

#: recurring issues of the General Debate that had no node or no phrasing of theirs: each lands on the
#: agenda item's node (real phrases of the General Debate corpus, read as bench/issue_coverage.py
#: --remap reads them; the speech each is from named)
AGENDA_ITEM_HITS = [
    ("rule of law", "issue:rule-of-law", "alias"),  # 2016/SGP_71_2016.txt and many
    ("rule of law at the domestic level", "issue:rule-of-law", "alias-in-phrase"),  # 2016/SGP_71_2016.txt
    ("international solidarity", "issue:international-solidarity", "alias"),  # 2023/TTO_78_2023.txt
    ("greater international solidarity", "issue:international-solidarity", "alias-in-phrase"),  # 2021/BFA_76_2021.txt
    ("mutual understanding", "issue:culture-of-peace", "alias"),  # 2021/PNG_76_2021.txt
    ("understanding and harmony among peoples", "issue:culture-of-peace", "alias-in-phrase"),  # 2024/AND_79_2024.txt
    (
        "confidence-building measures between the two countries",
        "issue:confidence-building",
        "alias-in-phrase",
    ),  # 2016/MKD_71_2016.txt
    ("rebuilding trust", "issue:confidence-building", "alias"),  # 2023/SYC_78_2023.txt
    ("functions of the Peacebuilding Commission", "issue:peacebuilding", "keyword"),  # 2024/JPN_79_2024.txt
    ("prevention of atrocity crimes", "issue:responsibility-to-protect", "alias"),
    ("strong regional economic integration", "issue:regional-integration", "alias-in-phrase"),  # 2021/DJI_76_2021.txt
    ("historic and cultural heritage", "issue:culture-and-heritage", "alias"),  # 2015/IRN_70_2015.txt
    ("United Nations Youth Office", "issue:youth", "alias"),  # 2022/ZMB_77_2022.txt
    (
        "adopt more ambitious social protection policies",
        "issue:decent-work-and-social-protection",
        "alias-in-phrase",
    ),  # 2024/PER_79_2024.txt
    ("process of national reconciliation", "issue:national-reconciliation", "alias"),  # 2016/GNB_71_2016.txt
    # a named proposal that is an existing node's matter by another name
    ("initiative of France and Mexico", "issue:security-council-reform", "alias"),  # 2015/ROU_70_2015.txt
    ("French-Mexican initiative", "issue:security-council-reform", "alias"),  # 2017/LUX_72_2017.txt
    ("Astana talks", "issue:syria-settlement", "keyword"),  # 2017/BHR_72_2017.txt
    ("HFC amendment", "issue:climate-action", "keyword"),  # 2015/FSM_70_2015.txt
    ("Kofi Annan plan", "issue:cyprus-question", "alias-in-phrase"),  # 2018/SWE_73_2018.txt
    ("Christchurch Call to Action", "issue:violent-extremism", "keyword"),  # 2019/SEN_74_2019.txt
    ("integration of gender perspectives", "issue:gender-equality", "keyword"),  # 2024/CHL_79_2024.txt
    ("access to information", "issue:freedom-of-expression", "alias"),  # 2021/LTU_76_2021.txt
    # 2023/BRA_78_2023.txt
    (
        "attempt to divide the world into zones of influence and revive the Cold War",
        "issue:spheres-of-influence",
        "keyword",
    ),
    ("rising seas", "issue:climate-change", "keyword"),  # 2020/FJI_75_2020.txt
    ("continued moratorium on deep-sea mining", "issue:oceans", "keyword"),  # 2024/MEX_79_2024.txt
    ("national marine sanctuary", "issue:oceans", "keyword"),  # 2017/PLW_72_2017.txt
    (
        "help Mali return to a constitutional order as swiftly as possible",
        "issue:democracy",
        "keyword",
    ),  # 2020/DEU_75_2020.txt
    ("electoral process in Iraq", "issue:democracy", "keyword"),  # 2021/IRQ_76_2021.txt
    ("mine-victim assistance", "issue:mine-action", "alias"),  # 2018/SVN_73_2018.txt
    ("humanitarian mine-action capacity", "issue:mine-action", "keyword"),  # 2023/AZE_78_2023.txt
    ("African Union initiative on the Great Green Wall", "issue:forests-and-land", "keyword"),  # 2016/NGA_71_2016.txt
    ("major national reforestation programme", "issue:forests-and-land", "keyword"),  # 2023/TGO_78_2023.txt
]


@pytest.mark.parametrize(("phrase", "node", "rule"), AGENDA_ITEM_HITS)
def test_an_agenda_item_and_its_phrasings_land_on_its_node(phrase: str, node: str, rule: str) -> None:
    found = remapped(phrase)
    assert (found.id, found.rule, found.taxonomy) == (node, rule, True)


#: the new nodes take no phrase in another sense: solidarity with a people is a stance on them, a
#: society's solidarity and the public's trust in institutions are no relations between states, young
#: people in a phrase about their education or displacement leave it the issue's, and "peace and
#: building" is no peacebuilding (real phrases)
AGENDA_ITEM_REFUSALS = [
    ("solidarity with the Sahrawi people", "issue:international-solidarity"),  # 2024/CUB_79_2024.txt
    ("social solidarity", "issue:international-solidarity"),  # 2019/MRT_74_2019.txt
    ("public trust", "issue:confidence-building"),  # 2021/BHS_76_2021.txt
    ("peoples trust", "issue:confidence-building"),  # 2021/MDA_76_2021.txt
    ("trust in institutions and the press", "issue:confidence-building"),  # 2024/MCO_79_2024.txt
    ("trust between the State and its citizens", "issue:confidence-building"),  # 2018/MLI_73_2018.txt
    # 2019/PRY_74_2019.txt
    ("decent treatment of migrants, in particular children and young people in displacement", "issue:youth"),
    ("proper spiritual and moral education of young people", "issue:youth"),  # 2024/UZB_79_2024.txt
    ("working for peace and building consensus", "issue:peacebuilding"),  # 2018/BEL_73_2018.txt
    # 2017/SRB_72_2017.txt
    (
        "integration of citizens of all religions and political and other affiliations into modern society",
        "issue:regional-integration",
    ),
    ("culture of dialogue", "issue:culture-and-heritage"),
    # overthrowing the order is its breach, not the good: no keyword of democracy
    ("overthrow of the constitutional order", "issue:democracy"),
    # a forest's fires are a harm, not the good of forests and land
    ("forest fires", "issue:forests-and-land"),
    # the harm the phrase addresses keeps it: the node of its remedy is no keyword longer than the harm's
    (
        "address the impact of climate change and disaster risk management, among other things",
        "issue:disaster-risk-reduction",
    ),  # 2019/LAO_74_2019.txt
]


@pytest.mark.parametrize(("phrase", "node"), AGENDA_ITEM_REFUSALS)
def test_an_agenda_item_node_takes_no_phrase_in_another_sense(phrase: str, node: str) -> None:
    assert remapped(phrase).id != node


def test_sexual_harassment_is_the_breach_of_gender_equality() -> None:
    # 2018/NLD_73_2018.txt: "OPPOSES sexual harassment" is a stance for gender equality
    ref = canonical_issue("sexual harassment", head_word("sexual harassment"))
    assert (ref.id, ref.opposite) == ("issue:gender-equality", True)


def test_safeguards_are_the_agencys_not_the_verb() -> None:
    # 2021/LCA_76_2021.txt: "measures to safeguard the solvency of SIDS" is no nuclear safeguard
    assert topic_of("immediate measures to safeguard the solvency of SIDS") != "issue:disarmament-and-non-proliferation"
    assert topic_of("comprehensive safeguards agreement") == "issue:disarmament-and-non-proliferation"


def test_a_breach_heading_the_phrase_decides_over_a_keyword_in_its_complement() -> None:
    # 2018/COD_73_2018.txt "opposes any interference in the current electoral process": interference,
    # the breach of non-interference, not the electoral process (a keyword of democracy)
    ref = canonical_issue("interference in the current electoral process", "interference")
    assert (ref.id, ref.opposite) == ("issue:non-interference-in-internal-affairs", True)


#: a generic word of a topic (a relation, an institution, a situation) gives way to what the phrase says
#: it is about, and a topic gives way to the one child whose own terms the phrase holds (phrases of the
#: General Debate corpus, read with their head word as bench/issue_coverage.py takes it)
FIELD_HITS = [
    # 2017/BHR_72_2017.txt: the Organization named as the head's classifier is the Organization's role
    ("United Nations endeavours", "issue:central-role-of-the-un", "topic-keyword"),
    ("United Nations", "issue:central-role-of-the-un", "topic-keyword"),
    # 2023/CHL_78_2023.txt, 2023/ZAF_78_2023.txt: the Paris Agreement's own goals are climate action
    ("carbon neutral status", "issue:climate-action", "topic-keyword"),
    ("accelerate global decarbonization", "issue:climate-action", "topic-keyword"),
    # 2023/KGZ_78_2023.txt
    ("very essence and purpose of climate agreements", "issue:climate-action", "topic-keyword"),
    # 2019/FSM_74_2019.txt, 2019/AUS_74_2019.txt: fisheries are the oceans' (SDG 14.4), not the topic's
    ("sustainability of our fisheries resources", "issue:oceans", "topic-keyword"),
    ("overexploitation of our fisheries", "issue:oceans", "topic-keyword"),
    # 2023/BGR_78_2023.txt: UNEP's triple planetary crisis is the environment's, not an armed conflict
    ("addressing the triple planetary crisis", "issue:climate-and-energy", "topic-keyword"),
    # 2023/PRK_78_2023.txt
    ("health crisis", "issue:diseases-and-pandemics", "topic-keyword"),
    # 2019/GNB_74_2019.txt: a United Nations programme is about what the rest of its name says
    ("United Nations Development Programme", "issue:development-and-finance", "topic-keyword"),
    # 2019/ARG_74_2019.txt: a complement naming the parties keeps a relation international
    ("cooperation from friendly countries", "issue:international-order", "topic-keyword"),
    # 2020/ZMB_75_2020.txt
    ("youth empowerment programme", "issue:youth", "topic-keyword"),
]

FIELD_REFUSALS = [
    # 2016/IRL_71_2016.txt: a mission's name opened by "United Nations" is not about the Organization
    "United Nations Disengagement Observer Force",
    # 2021/DZA_76_2021.txt: "peace and security" inside the name of a body ("... Peace and Security Council")
    "decision taken by the summit of the African Union Peace and Security Council",
    # 2016/GRD_71_2016.txt, 2023/QAT_78_2023.txt: a relation whose field the phrase does not name
    "cooperation under this sessions theme",
    "cooperation in those areas",
]


@pytest.mark.parametrize(("phrase", "node", "rule"), FIELD_HITS)
def test_a_generic_topic_word_gives_way_to_what_the_phrase_is_about(phrase: str, node: str, rule: str) -> None:
    found = placed(phrase, head_word(phrase))
    assert (found.id, found.rule, found.taxonomy) == (node, rule, True)


@pytest.mark.parametrize("phrase", FIELD_REFUSALS)
def test_a_generic_topic_word_alone_does_not_place_the_phrase(phrase: str) -> None:
    found = placed(phrase, head_word(phrase))
    assert (found.rule, found.taxonomy) == ("none", False)


def test_a_topic_term_coordinated_with_a_childs_keeps_the_topic() -> None:
    # 2022/TJK_77_2022.txt: a child's term coordinated with a head the topic's term classifies: the topic covers both
    assert topic_of("water and climate issues") == "issue:climate-and-energy"


# -- what a phrase's own words say beyond the first match (extract/issue_scope.py; issue 12) ----------

#: phrases of the General Debate corpus, read with their head word as bench/issue_coverage.py takes it;
#: each landed on a broader sibling, the Organization's role, international peace or a rights node before
SCOPE_HITS = [
    # 2019/ZWE_74_2019.txt: "illegal" is the classifier only the unilateral-sanctions labels use
    ("illegal economic sanctions", "issue:unilateral-sanctions"),
    # 2018/IRQ_73_2018.txt: a blockade one state imposes alone (the GA's unilateral economic measures)
    ("unilateral blockades", "issue:unilateral-sanctions"),
    # 2019/SYR_74_2019.txt: a further classifier parts the alias "unilateral coercive measures"
    ("unilateral coercive economic measures", "issue:unilateral-sanctions"),
    # 2019/SYR_74_2019.txt, 2019/NIC_74_2019.txt: coercive economic measures are the unilateral ones (the GA's item
    # "Unilateral economic measures as a means of political and economic coercion"), not the topic
    ("coercive economic measures", "issue:unilateral-sanctions"),
    # 2023/KEN_78_2023.txt, 2017/BRA_72_2017.txt, 2016/VUT_71_2016.txt, 2016/LBN_71_2016.txt: changing
    # the Organization or one of its organs is its reform, not its role
    ("transform the United Nations", "issue:un-reform"),
    ("imperative of reforming the United Nations", "issue:un-reform"),
    ("reforming the United Nations in preparation for the road ahead", "issue:un-reform"),
    ("work of revitalizing the General Assembly", "issue:un-reform"),
    ("reforming the Security Council in a way", "issue:security-council-reform"),
]

#: the speaker's own country's peace, and counts of persons: no international issue, no group's rights
SCOPE_OFF = [
    "security of the State",  # 2020/PRK_75_2020.txt
    "stability of our country",  # 2020/VEN_75_2020.txt
    "stability in the country",  # 2019/TUR_74_2019.txt
    "our national security",  # 2019/GNB_74_2019.txt
    "peace and stability of my country",  # 2016/LBY_71_2016.txt
    "internal stability",  # 2019/ROU_74_2019.txt
    "peace of our citizens",  # 2023/CUB_78_2023.txt: its own people's peace
    "a society’s stability",  # 2021/BIH_76_2021.txt: society unclassified is no international matter
    "more than 200,000 women",  # 2017/BGD_72_2017.txt
    "millions of children and young people around the world",  # 2019/MNE_74_2019.txt
]

#: phrases that keep their node: a shared or named security, a norm, a node of its own, a named embargo
SCOPE_KEPT = [
    ("our common security", "issue:international-peace-and-security"),  # 2020/UGA_75_2020.txt
    ("national sovereignty", "issue:sovereignty"),  # 2019/ITA_74_2019.txt
    ("national reconciliation", "issue:national-reconciliation"),  # 2019/MMR_74_2019.txt
    ("unilateral embargoes on Cuba", "issue:embargo-against-cuba"),  # 2022/VNM_77_2022.txt
    # 2020/GAB_75_2020.txt: the Council named with the Organization's abbreviation is still the Council
    ("reform of the UN Security Council", "issue:security-council-reform"),
    # 2019/BRA_74_2019.txt, 2017/USA_72_2017.txt: a coordinated head is no classifier
    ("democracy and freedom", "issue:democracy"),
    ("democracy and political freedoms in Venezuela", "issue:democracy"),
    # 2018/BRA_73_2018.txt: a noun classifier is not left out ("trade" makes the system a trading one)
    ("robust multilateral trade system", "issue:international-trade"),
]


@pytest.mark.parametrize(("phrase", "node"), SCOPE_HITS)
def test_a_phrase_lands_where_its_own_words_say(phrase: str, node: str) -> None:
    assert placed(phrase, head_word(phrase)).id == node


@pytest.mark.parametrize("phrase", SCOPE_OFF)
def test_a_domestic_peace_or_a_count_of_persons_stays_off_the_taxonomy(phrase: str) -> None:
    found = placed(phrase, head_word(phrase))
    assert (found.rule, found.taxonomy) == ("none", False)


@pytest.mark.parametrize(("phrase", "node"), SCOPE_KEPT)
def test_a_phrase_whose_words_say_no_more_keeps_its_node(phrase: str, node: str) -> None:
    assert placed(phrase, head_word(phrase)).id == node


def test_calling_off_a_harm_counters_it() -> None:
    # 2020/GBR_75_2020.txt "cancel any tariffs on the vital tools of our struggle": against the tariffs
    ref = canonical_issue("cancel any tariffs on the vital tools of our struggle")
    assert (ref.id, ref.countered) == ("issue:trade-barriers", True)


# -- a word that matched is not what the phrase is about (issue 12, node-else) ---------------------------


@pytest.mark.parametrize(
    ("phrase", "node"),
    [
        # 2020/CZE_75_2020.txt, 2021/LSO_76_2021.txt, 2024/ZMB_79_2024.txt: means spent on a field are the field's
        (
            "increase our investment in scientific research, technology development and innovation",
            "issue:science-and-technology",
        ),
        ("funding for sound health services", "issue:global-health"),
        ("significant investments in the growing youth population", "issue:youth"),
        # 2020/MDG_75_2020.txt: the field noun stands for its complement, also after the alias "international cooperation"
        ("international cooperation in the area of health care", "issue:global-health"),
        # 2019/FIN_74_2019.txt: a relation alias gives way to the field it names
        ("multilateral cooperation on human rights", "issue:human-rights"),
    ],
)
def test_a_relation_or_means_head_is_about_its_field(phrase: str, node: str) -> None:
    assert placed(phrase).id == node


@pytest.mark.parametrize(
    "phrase",
    [
        # 2024/KEN_79_2024.txt, 2022/MYS_77_2022.txt: the Council adopted them; their subject is not named
        "Security Council resolution 2719",
        "Security Council resolution 2334",
        # 2021/BFA_76_2021.txt, 2020/MLT_75_2020.txt: the filling of an office is no stance on democracy
        "your brilliant election as President of the 76th session of the United Nations General Assembly",
        "election as a non-Permanent Member of the United Nations Security Council",
        # 2020/SMR_75_2020.txt, 2021/STP_76_2021.txt, 2020/GNQ_75_2020.txt, 2022/IDN_77_2022.txt: a crisis
        # nothing classifies is no armed conflict (nor is a fertilizer crisis)
        "crisis",
        "multiple crises",
        "global response to the crisis",
        "fertilizer crisis",
    ],
)
def test_a_generic_word_that_matched_does_not_place_the_phrase(phrase: str) -> None:
    found = placed(phrase)
    assert not found.taxonomy, found


@pytest.mark.parametrize(
    ("phrase", "node"),
    [
        # 2017/BDI_72_2017.txt: a relation whose field is not named stays the order's
        ("international cooperation in that area", "issue:international-order"),
        # 2018/ARG_73_2018.txt: a crisis its field classifies keeps its field
        ("humanitarian crisis", "issue:humanitarian-affairs"),
    ],
)
def test_a_word_that_names_the_issue_still_places_it(phrase: str, node: str) -> None:
    assert placed(phrase).id == node


# -- a broad word or a place that only names the author, forum or place of the thing (issue 12) ---------


@pytest.mark.parametrize(
    "phrase",
    [
        # 2019/CMR_74_2019.txt, 2023/BDI_78_2023.txt: a United Nations organ that is not the phrase's head is
        # the author or forum of what it heads; its name says nothing of the subject
        "General Assemblys decisions",
        "Security Council and General Assembly resolutions",
        "decision of the General Assembly to establish a United Nations Youth Office",
        # 2016/BEL_71_2016.txt: a term on the Council is a candidature, not the Council's reform
        "seat on the Security Council for the 2019-2020 term",
    ],
)
def test_an_organ_that_is_not_the_head_places_nothing(phrase: str) -> None:
    found = placed(phrase, head_word(phrase))
    assert not found.taxonomy, found


@pytest.mark.parametrize(
    "phrase",
    [
        # 2024/CAF_79_2024.txt, 2023/BGR_78_2023.txt: the Council's composition and working methods are
        # the matters of its reform (A/RES/62/557)
        "two permanent African seats on the Security Council",
        "transparency and accountability of the Security Council",
        "expansion of the UN Security Council",
        # placed by the topic term "permanent seats" before, by the Council's composition now
        "allocation of no less than two permanent seats on the Security Council",
    ],
)
def test_the_councils_composition_is_its_reform(phrase: str) -> None:
    assert placed(phrase).id == "issue:security-council-reform"


@pytest.mark.parametrize(
    ("phrase", "node"),
    [
        # 2018/MDA_73_2018.txt, 2018/UZB_73_2018.txt: an autonomy head is about the field that classifies it
        # or is its "of" complement, not a state's sovereignty
        ("energy independence", "issue:climate-and-energy"),
        ("independence of the judicial system", "issue:rule-of-law"),
        # 2018/SLB_73_2018.txt: a state's sovereignty over what it holds stays sovereignty
        ("Indonesias sovereignty over its territorial boundaries", "issue:sovereignty"),
    ],
)
def test_an_autonomy_head_is_about_its_field(phrase: str, node: str) -> None:
    assert placed(phrase).id == node


@pytest.mark.parametrize(
    ("phrase", "node"),
    [
        # 2023/BHR_78_2023.txt, 2023/SAU_78_2023.txt: a conflict's place only locates another topic's thing
        ("India-Middle East-Europe economic corridor", "issue:development-and-finance"),
        ("Middle East Green Initiative", "issue:climate-and-energy"),
        # 2015/ERI_70_2015.txt: the Red Sea is no name of Yemen's war
        (
            "contribution to regional peace, stability and security in the Red Sea region and the Horn of Africa",
            "issue:international-peace-and-security",
        ),
        # 2019/FIN_74_2019.txt, 2015/TUR_70_2015.txt, 2024/SMR_79_2024.txt: the conflict's own matters, and
        # an agency's acronym, keep the place's node
        ("conflicts in the Middle East", "issue:middle-east-situation"),
        ("attempts to establish a temporal and spatial division of Al-Haram Al-Sharif", "issue:question-of-palestine"),
        ("financial contributions to UNRWA", "issue:question-of-palestine"),
    ],
)
def test_a_place_locates_what_the_phrase_is_about(phrase: str, node: str) -> None:
    assert placed(phrase, head_word(phrase)).id == node


# the standard wordings of nodes (issues.yaml, each with its source): the Helsinki Final Act's
# inviolability of frontiers and its breach, SDG targets 10, 12, 14.1 and 15.1, the UNHCR Statute's
# voluntary repatriation (real phrases)
@pytest.mark.parametrize(
    ("phrase", "node", "opposite"),
    [
        # 2020/LBN_75_2020.txt "we commit to the inviolability of internationally recognized borders"
        ("inviolability of internationally recognized borders", "issue:territorial-integrity", False),
        # 2015/LVA_70_2015.txt "the change of borders by force is not acceptable"
        ("change of borders by force", "issue:territorial-integrity", True),
        # 2024/PRT_79_2024.txt "We cannot accept the precedent of unilaterally changing borders by force"
        (
            "precedent of unilaterally changing borders by force, in violation of the UN Charter",
            "issue:territorial-integrity",
            True,
        ),
        # 2020/GEO_75_2020.txt "continues the process of illegal borderization and provocations"
        ("illegal borderization and provocations", "issue:territorial-integrity", True),
        # 2017/PNG_72_2017.txt "pollutants, plastics and marine debris, are killing our waterways"
        ("marine debris", "issue:oceans", True),
        # 2016/BDI_71_2016.txt "urge all our neighbours to help to facilitate their voluntary repatriation"
        ("help to facilitate their voluntary repatriation", "issue:refugees", False),
        # 2020/LVA_75_2020.txt "We should promote more sustainable consumption and production patterns."
        ("more sustainable consumption and production patterns", "issue:climate-and-energy", False),
        # 2018/MOZ_73_2018.txt "the sustainable management of natural resources"
        ("sustainable management of natural resources", "issue:climate-and-energy", False),
        # 2023/NGA_78_2023.txt "skewed to impede ... the equitable distribution of wealth"
        ("equitable distribution of wealth", "issue:inequality", True),
    ],
)
def test_a_standard_wording_of_a_node_places_the_phrase(phrase: str, node: str, opposite: bool) -> None:
    ref = canonical_issue(phrase, head_word(phrase))
    assert (ref.id, ref.opposite) == (node, opposite)


# 2019/CUB_74_2019.txt "Its irrational and unsustainable patterns of production and consumption ... are the
# main threat to the ecological balance of the planet": SDG 12's breach (A/RES/70/1 para. 28)
def test_unsustainable_patterns_of_consumption_are_the_environments_breach() -> None:
    phrase = (
        "irrational and unsustainable patterns of production and consumption, along with the growing and "
        "unjust concentration of wealth"
    )
    assert placed(phrase, head_word(phrase)).id == "issue:environmental-degradation"


# trust between states is the First Committee's confidence-building (real phrases): 2020/KAZ_75_2020.txt
# "restore an atmosphere of trust between Member States", 2023/BIH_78_2023.txt "violates the minimum of
# inter-State trust"
@pytest.mark.parametrize("phrase", ["atmosphere of trust between Member States", "minimum of inter-State trust"])
def test_trust_between_states_is_confidence_building(phrase: str) -> None:
    assert placed(phrase, head_word(phrase)).id == "issue:confidence-building"


# a decrease of a good is its decline (extract/issues.py DISTORTING_HEADS), no stance on the good's node:
# 2015/MDA_70_2015.txt "a dramatic decrease in trust among States" is none on confidence-building. (A
# diminution is harm done to the good, read as its breach by the claim reader: test_directions.py)
@pytest.mark.parametrize("phrase", ["dramatic decrease in trust among States"])
def test_a_decrease_of_a_good_does_not_place_the_phrase_on_the_good(phrase: str) -> None:
    assert not placed(phrase, head_word(phrase)).taxonomy


# -- epithets: adjectives that judge or time a thing without saying what kind it is ----------------------

#: a head the vocabulary knows, opened by epithets of time, degree, sincerity or condemnation, is that head
#: (extract/issues.py ``_without_epithets``); each phrase is off the taxonomy without the change
EPITHET_HITS = [
    # 2024/IRL_79_2024.txt: "I am deeply concerned at the spiralling violence and the situation in Lebanon."
    ("spiralling violence", "issue:war-and-armed-violence"),
    # 2017/MLI_72_2017.txt: "we need to ... foster a fruitful, ongoing dialogue"
    ("fruitful, ongoing dialogue", "issue:peaceful-resolution-of-disputes"),
    # 2019/KWT_74_2019.txt: "every possible effort to relaunch serious negotiations within a specific time frame"
    ("serious negotiations", "issue:peace-talks"),
    # 2016/BGD_71_2016.txt, 2024/GHA_79_2024.txt
    ("enhanced transparency", "issue:good-governance"),
]

#: epithets that do change what the head names, or words that only look like epithets
EPITHET_REFUSALS = [
    # 2019/VNM_74_2019.txt: "It witnessed horrendous crimes": atrocities, not transnational organized crime
    ("horrendous crimes", "issue:transnational-crime"),
    ("most serious crimes", "issue:transnational-crime"),
    # "national" classifies: "serious and transparent national dialogue" keeps its own node
    ("transparent dialogue", "issue:peaceful-resolution-of-disputes"),
]


@pytest.mark.parametrize(("phrase", "node"), EPITHET_HITS)
def test_an_epithet_opening_a_known_head_leaves_the_head(phrase: str, node: str) -> None:
    found = placed(phrase, head_word(phrase))
    assert (found.id, found.taxonomy) == (node, True)


@pytest.mark.parametrize(("phrase", "node"), EPITHET_REFUSALS)
def test_a_classifier_or_a_judged_crime_is_no_epithet(phrase: str, node: str) -> None:
    assert placed(phrase, head_word(phrase)).id != node


def test_no_lower_threshold_is_90_percent_right_on_the_corpus_sample() -> None:
    """tests/extract/data/vector_sample_u10.yaml: the 80 off-taxonomy phrases of the full corpus nearest to a
    label (0.872-0.947), judged by hand. The vector step still finds what was judged, and no threshold
    between them and 0.95 maps 90 % right: 59 % at 0.90, 52 % at 0.87."""
    sample = yaml.safe_load((SAMPLE.parent / "vector_sample_u10.yaml").read_text(encoding="utf-8"))["sample"]
    index = VectorIndex.load()
    for entry in sample:
        found = index.nearest(entry["phrase"])
        assert found is not None and found[0] == entry["nearest"], entry["phrase"]
        assert found[1] == pytest.approx(entry["score"], abs=1e-3), entry["phrase"]
    for threshold in (0.87, 0.88, 0.9, 0.92, 0.94):
        mapped = [e["right"] for e in sample if e["score"] >= threshold]
        assert sum(mapped) / len(mapped) < 0.9, threshold
    assert VECTOR_THRESHOLD >= 0.95


# -- a matter head: its complement says what it is about -----------------------------------------------


@pytest.mark.parametrize(
    ("phrase", "node"),
    [
        # 2023/SVN_78_2023.txt "the related question of water and food security": the water conjunct is
        # about water, not the conflicts topic whose term "question of" names a place's question
        ("question of water", "issue:water"),
        # 2019/COG_74_2019.txt "It is a question of justice and equity"
        ("question of justice and equity", "issue:human-rights"),
        ("question of regional security", "issue:international-peace-and-security"),
    ],
)
def test_a_matter_head_is_about_what_its_complement_names(phrase: str, node: str) -> None:
    assert placed(phrase, head_word(phrase)).id == node


def test_the_question_of_a_place_stays_its_conflict() -> None:
    assert placed("the question of Jammu and Kashmir").id == "issue:jammu-and-kashmir"
    assert placed("the question of occupied territories").id == "issue:conflicts-and-crises"


# -- "United Nations" classifying an act or a body of another field is its owner ---------------------------


@pytest.mark.parametrize(
    ("phrase", "node"),
    [
        # 2018/TCD_73_2018.txt "Chad reiterates its support for United Nations mediation efforts"
        ("United Nations mediation efforts", "issue:peaceful-resolution-of-disputes"),
        # 2020/SWE_75_2020.txt "We support UN peace efforts and urge the parties to immediately agree on a ceasefire"
        ("UN peace efforts", "issue:international-peace-and-security"),
        # 2024/VAT_79_2024.txt "strongly condemns attacks on UN humanitarian agencies"
        ("UN humanitarian agencies", "issue:humanitarian-affairs"),
        # alone it stands: the Organization's own system
        ("United Nations system", "issue:central-role-of-the-un"),
    ],
)
def test_the_united_nations_owning_an_act_of_a_field_gives_way_to_the_field(phrase: str, node: str) -> None:
    assert placed(phrase, head_word(phrase)).id == node


def test_zero_tolerance_is_no_tolerance_among_peoples() -> None:
    # 2019/SOM_74_2019.txt "our Government has championed a zero-tolerance approach to corruption"
    assert placed("zero-tolerance approach", "approach").id != "issue:human-rights"
