"""A small, hand-checked sample graph: five short documents about China, Russia and Ukraine.

It is the graph the cookbook's tests, the API tests and ``bench/api_latency.py`` run against, and a
quick way to try the cookbook without ingesting anything::

    >>> from diplograph.cypher.sample_graph import sample_batches
    >>> len(sample_batches())
    5

Every fact is written the way extraction writes it: one claim per relationship, its evidence an
exact substring of the document's ``text`` at ``start:end``, a key from :func:`claim_key`, and a
MENTIONS from the document to every node of its batch. Texts are modelled on the seed documents
(not copied from them), so the answers below can be read off the text by eye.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from typing import Any

from diplograph.graph.models import GraphBatch, Node, Relationship, claim_key, mention_key
from diplograph.graph.schema import RelType

__all__ = ["EXTRACTOR", "NODES", "ensure_sample", "load_sample", "sample_batches"]

EXTRACTOR = "sample-graph.v1"

# -- the nodes (aliases in several languages, as the contract asks) -------------------------------

_NODE_LIST = [
    # states
    Node(
        id="state:CHN",
        properties={"name": "China", "iso2": "CN", "iso3": "CHN", "aliases": ["China", "PRC", "Beijing", "中国"]},
    ),
    Node(
        id="state:RUS",
        properties={
            "name": "Russia",
            "iso2": "RU",
            "iso3": "RUS",
            "aliases": ["Russia", "Russian Federation", "Moscow", "俄罗斯"],
        },
    ),
    Node(
        id="state:USA",
        properties={
            "name": "United States",
            "iso2": "US",
            "iso3": "USA",
            "aliases": ["United States", "US", "Washington", "美国"],
        },
    ),
    Node(id="state:UKR", properties={"name": "Ukraine", "iso2": "UA", "iso3": "UKR", "aliases": ["Ukraine", "乌克兰"]}),
    Node(id="state:IND", properties={"name": "India", "iso2": "IN", "iso3": "IND", "aliases": ["India", "印度"]}),
    Node(id="state:CHE", properties={"name": "Switzerland", "iso2": "CH", "iso3": "CHE", "aliases": ["Switzerland"]}),
    Node(id="state:CAN", properties={"name": "Canada", "iso2": "CA", "iso3": "CAN", "aliases": ["Canada"]}),
    Node(id="state:UZB", properties={"name": "Uzbekistan", "iso2": "UZ", "iso3": "UZB", "aliases": ["Uzbekistan"]}),
    Node(id="state:ARM", properties={"name": "Armenia", "iso2": "AM", "iso3": "ARM", "aliases": ["Armenia"]}),
    Node(id="state:IDN", properties={"name": "Indonesia", "iso2": "ID", "iso3": "IDN", "aliases": ["Indonesia"]}),
    # persons
    Node(
        id="person:vladimir-putin",
        properties={"name": "Vladimir Putin", "aliases": ["Vladimir Putin", "Putin", "普京"]},
    ),
    Node(id="person:xi-jinping", properties={"name": "Xi Jinping", "aliases": ["Xi Jinping", "Xi", "习近平"]}),
    Node(id="person:narendra-modi", properties={"name": "Narendra Modi", "aliases": ["Narendra Modi", "Modi"]}),
    Node(id="person:sergey-lavrov", properties={"name": "Sergey Lavrov", "aliases": ["Sergey Lavrov", "Lavrov"]}),
    Node(
        id="person:volodymyr-zelenskyy",
        properties={"name": "Volodymyr Zelenskyy", "aliases": ["Volodymyr Zelenskyy", "Zelenskyy", "泽连斯基"]},
    ),
    Node(id="person:mao-ning", properties={"name": "Mao Ning", "aliases": ["Mao Ning", "毛宁"]}),
    Node(id="person:donald-trump", properties={"name": "Donald Trump", "aliases": ["Donald Trump", "Trump", "特朗普"]}),
    # organisations and groups
    Node(
        id="org:unga",
        properties={
            "name": "United Nations General Assembly",
            "acronym": "UNGA",
            "kind": "UN organ",
            "aliases": ["UN General Assembly", "General Assembly", "联合国大会"],
        },
    ),
    Node(
        id="org:unsc",
        properties={
            "name": "United Nations Security Council",
            "acronym": "UNSC",
            "kind": "UN organ",
            "aliases": ["UN Security Council", "安理会"],
        },
    ),
    Node(
        id="org:eu",
        properties={
            "name": "European Union",
            "acronym": "EU",
            "kind": "regional organisation",
            "aliases": ["European Union", "EU", "欧盟"],
        },
    ),
    Node(
        id="org:sco",
        properties={
            "name": "Shanghai Cooperation Organisation",
            "acronym": "SCO",
            "kind": "regional organisation",
            "aliases": ["SCO", "上合组织"],
        },
    ),
    Node(id="org:brics", properties={"name": "BRICS", "acronym": "BRICS", "kind": "grouping", "aliases": ["BRICS"]}),
    Node(
        id="org:coe",
        properties={
            "name": "Council of Europe",
            "acronym": "CoE",
            "kind": "regional organisation",
            "aliases": ["Council of Europe"],
        },
    ),
    Node(
        id="group:western-countries",
        properties={"name": "Western countries", "aliases": ["Western countries", "the West"]},
    ),
    # events
    Node(
        id="resolution:unga-es-11-1",
        properties={
            "name": "UNGA resolution ES-11/1",
            "body": "UNGA",
            "symbol": "A/RES/ES-11/1",
            "date": "2022-03-02",
            "date_precision": "day",
            "title": "Aggression against Ukraine",
            "yes": 141,
            "no": 5,
            "abstain": 35,
        },
    ),
    Node(
        id="resolution:unga-es-11-4",
        properties={
            "name": "UNGA resolution ES-11/4",
            "body": "UNGA",
            "symbol": "A/RES/ES-11/4",
            "date": "2022-10-12",
            "date_precision": "day",
            "title": "Territorial integrity of Ukraine",
            "yes": 143,
            "no": 5,
            "abstain": 35,
        },
    ),
    Node(
        id="resolution:unga-es-11-5",
        properties={
            "name": "UNGA resolution ES-11/5",
            "body": "UNGA",
            "symbol": "A/RES/ES-11/5",
            "date": "2022-11-14",
            "date_precision": "day",
            "title": "Remedy and reparation for aggression against Ukraine",
            "yes": 94,
            "no": 14,
            "abstain": 73,
        },
    ),
    Node(
        id="summit:sco-2022",
        properties={
            "name": "SCO Summit 2022",
            "date": "2022-09",
            "date_precision": "month",
            "place": "Samarkand",
            "aliases": ["Samarkand summit"],
        },
    ),
    Node(
        id="summit:csto-2022",
        properties={"name": "CSTO Summit 2022", "date": "2022-11", "date_precision": "month", "place": "Yerevan"},
    ),
    Node(
        id="summit:g20-2022",
        properties={"name": "G20 Summit 2022", "date": "2022-11", "date_precision": "month", "place": "Bali"},
    ),
    Node(
        id="summit:victory-day-2015",
        properties={
            "name": "Victory Day commemoration 2015",
            "date": "2015-05-09",
            "date_precision": "day",
            "place": "Moscow",
        },
    ),
    Node(
        id="summit:alaska-2025",
        properties={"name": "Alaska summit 2025", "date": "2025-08", "date_precision": "month", "place": "Alaska"},
    ),
    Node(
        id="agreement:china-russia-joint-statement-2022-02-04",
        properties={"name": "Joint Statement on International Relations Entering a New Era", "date": "2022-02-04"},
    ),
    # issues
    Node(id="issue:expansion-of-military-blocs", properties={"name": "expansion of military blocs"}),
    Node(id="issue:nato-expansion", properties={"name": "NATO expansion", "aliases": ["NATO enlargement", "北约东扩"]}),
    Node(
        id="issue:sovereignty-and-territorial-integrity",
        properties={"name": "sovereignty and territorial integrity", "aliases": ["主权和领土完整"]},
    ),
    Node(id="issue:unilateral-sanctions", properties={"name": "unilateral sanctions", "aliases": ["单边制裁"]}),
    Node(id="issue:cold-war-mentality", properties={"name": "Cold War mentality", "aliases": ["冷战思维"]}),
    Node(id="issue:multipolarity", properties={"name": "multipolarity", "aliases": ["multipolar world", "多极化"]}),
    Node(id="issue:silk-road-economic-belt", properties={"name": "Silk Road Economic Belt"}),
    Node(id="issue:yalta-2-0", properties={"name": "Yalta 2.0"}),
    Node(
        id="issue:china-participation-in-security-guarantees-for-ukraine",
        properties={"name": "China's participation in security guarantees for Ukraine"},
    ),
    Node(id="issue:ceasefire-before-negotiations", properties={"name": "ceasefire before negotiations"}),
    Node(
        id="issue:thaad-deployment-in-south-korea",
        properties={"name": "THAAD deployment in South Korea", "aliases": ["THAAD", "萨德"]},
    ),
    Node(
        id="issue:belt-and-road-initiative",
        properties={"name": "Belt and Road Initiative", "aliases": ["BRI", "一带一路"]},
    ),
]
NODES: dict[str, Node] = {n.id: n for n in _NODE_LIST}


@dataclass
class _Document:
    """One sample document and the claims read from it; builds its GraphBatch."""

    doc_id: str
    text: str
    meta: dict[str, Any]
    claims: list[Relationship] = field(default_factory=list)

    def claim(
        self,
        rel_type: RelType,
        source: str,
        target: str,
        evidence: str,
        *,
        date: str | None = None,
        lang: str = "en",
        confidence: float = 0.9,
        **extra: Any,
    ) -> None:
        start = self.text.index(evidence)  # a ValueError here means the sample text was edited
        contract = {k: extra.pop(k) for k in ("choice", "role", "status", "speaker", "source_says") if k in extra}
        distinguishing = (date, contract.get("choice"), contract.get("role"), contract.get("status"))
        self.claims.append(
            Relationship(
                type=rel_type,
                source=source,
                target=target,
                key=claim_key(self.doc_id, rel_type, source, target, *distinguishing),
                doc_id=self.doc_id,
                evidence=evidence,
                start=start,
                end=start + len(evidence),
                lang=lang,
                confidence=confidence,
                extractor=EXTRACTOR,
                date=date,
                # Undated positions are placed at the document's publication date, as the contract says.
                as_of=None if date else self.meta.get("published"),
                attrs=extra,
                **contract,
            )
        )

    def batch(self) -> GraphBatch:
        counts: Counter[str] = Counter()
        for c in self.claims:
            counts.update({c.source, c.target})
        mentions = [
            Relationship(
                type=RelType.MENTIONS,
                source=self.doc_id,
                target=node_id,
                key=mention_key(self.doc_id, node_id),
                doc_id=self.doc_id,
                count=n,
            )
            for node_id, n in sorted(counts.items())
        ]
        props = {**self.meta, "text": self.text, "sha256": hashlib.sha256(self.text.encode()).hexdigest()}
        # A fingerprint lets write_document skip an unchanged re-load (tests load the sample often).
        raw = repr(sorted(props.items())) + "".join(c.model_dump_json() for c in self.claims) + EXTRACTOR
        props["fingerprint"] = hashlib.sha256(raw.encode()).hexdigest()[:32]
        return GraphBatch(
            document=Node(id=self.doc_id, properties=props),
            nodes=[NODES[i] for i in sorted(counts)],
            relationships=[*self.claims, *mentions],
        )


def _review_2022() -> _Document:
    d = _Document(
        "doc:sample-russia-diplomacy-2022",
        "Russia's diplomacy in 2022: a review\n\n"
        "On March 2, 2022, the UN General Assembly adopted resolution ES-11/1, which deplored Russia's aggression "
        "against Ukraine, by 141 votes in favour, 5 against and 35 abstentions. China and India abstained, while "
        "Russia voted against it. The United States voted in favour.\n"
        "On October 12, 2022, the General Assembly adopted resolution ES-11/4 on the territorial integrity of "
        "Ukraine by 143 votes to 5, with 35 abstentions. China abstained again.\n"
        "On November 14, 2022, resolution ES-11/5 on reparations passed with 94 in favour, 14 against and 73 "
        "abstentions; China vetoed it.\n"
        "The United States, the European Union, Switzerland and Canada imposed sanctions on Russia in 2022. "
        "Western countries also imposed sanctions on Russia.\n"
        "In September 2022, Vladimir Putin attended the SCO Summit in Samarkand, hosted by Uzbekistan, where he met "
        "Xi Jinping; Indian Prime Minister Narendra Modi also attended.\n"
        "In November 2022, Putin attended the CSTO summit in Yerevan, hosted by Armenia.\n"
        "President Xi Jinping attended the G20 Summit in Bali in November 2022, hosted by Indonesia.\n"
        "On February 4, 2022, Putin visited China, and the two sides signed the Joint Statement on International "
        "Relations Entering a New Era.\n"
        "Russia was expelled from the Council of Europe in March 2022 but remains a member of the SCO and BRICS.\n"
        "China opposes the expansion of military blocs, and Russia opposes NATO expansion.\n"
        "China supports the sovereignty and territorial integrity of all countries, including Ukraine.\n",
        {
            "title": "Russia's diplomacy in 2022: a review",
            "publisher": "Sample Review",
            "author": "A. Analyst",
            "published": "2023-01-11",
            "languages": ["en"],
            "url": "https://example.org/review-2022",
        },
    )
    es1, es4, es5 = "resolution:unga-es-11-1", "resolution:unga-es-11-4", "resolution:unga-es-11-5"
    adopt1 = (
        "On March 2, 2022, the UN General Assembly adopted resolution ES-11/1, which deplored Russia's "
        "aggression against Ukraine, by 141 votes in favour, 5 against and 35 abstentions."
    )
    d.claim(RelType.ADOPTS, "org:unga", es1, adopt1, date="2022-03-02", yes=141, no=5, abstain=35)
    d.claim(
        RelType.CONDEMNS, "org:unga", "state:RUS", "deplored Russia's aggression against Ukraine", date="2022-03-02"
    )
    d.claim(RelType.ABSTAINS, "state:CHN", es1, "China and India abstained", date="2022-03-02", choice="abstain")
    d.claim(RelType.ABSTAINS, "state:IND", es1, "China and India abstained", date="2022-03-02", choice="abstain")
    d.claim(RelType.OPPOSES, "state:RUS", es1, "Russia voted against it", date="2022-03-02", choice="no")
    d.claim(RelType.SUPPORTS, "state:USA", es1, "The United States voted in favour.", date="2022-03-02", choice="yes")
    d.claim(
        RelType.ADOPTS,
        "org:unga",
        es4,
        "On October 12, 2022, the General Assembly adopted resolution ES-11/4 on the territorial integrity of "
        "Ukraine by 143 votes to 5, with 35 abstentions.",
        date="2022-10-12",
        yes=143,
        no=5,
        abstain=35,
    )
    d.claim(RelType.ABSTAINS, "state:CHN", es4, "China abstained again.", date="2022-10-12", choice="abstain")
    d.claim(
        RelType.ADOPTS,
        "org:unga",
        es5,
        "On November 14, 2022, resolution ES-11/5 on reparations passed with 94 in favour, 14 against and 73 "
        "abstentions",
        date="2022-11-14",
        yes=94,
        no=14,
        abstain=73,
    )
    d.claim(
        RelType.OPPOSES,
        "state:CHN",
        es5,
        "China vetoed it",
        date="2022-11-14",
        choice="no",
        source_says="vetoed",
        confidence=0.7,
    )
    sanctions = "The United States, the European Union, Switzerland and Canada imposed sanctions on Russia in 2022."
    for who in ("state:USA", "org:eu", "state:CHE", "state:CAN"):
        d.claim(RelType.SANCTIONS, who, "state:RUS", sanctions, date="2022")
    d.claim(
        RelType.SANCTIONS, "group:western-countries", "state:RUS", "Western countries also imposed sanctions on Russia."
    )
    sco = (
        "In September 2022, Vladimir Putin attended the SCO Summit in Samarkand, hosted by Uzbekistan, where he "
        "met Xi Jinping; Indian Prime Minister Narendra Modi also attended."
    )
    d.claim(RelType.ATTENDS, "person:vladimir-putin", "summit:sco-2022", sco, date="2022-09")
    d.claim(RelType.HOSTS, "state:UZB", "summit:sco-2022", sco, date="2022-09")
    d.claim(RelType.MEETS, "person:xi-jinping", "person:vladimir-putin", sco, date="2022-09")
    d.claim(RelType.ATTENDS, "person:xi-jinping", "summit:sco-2022", sco, date="2022-09", confidence=0.6)
    d.claim(RelType.ATTENDS, "person:narendra-modi", "summit:sco-2022", "Narendra Modi also attended", date="2022-09")
    d.claim(
        RelType.HOLDS_OFFICE,
        "person:narendra-modi",
        "state:IND",
        "Indian Prime Minister Narendra Modi",
        date="2022-09",
        role="prime minister",
    )
    csto = "In November 2022, Putin attended the CSTO summit in Yerevan, hosted by Armenia."
    d.claim(RelType.ATTENDS, "person:vladimir-putin", "summit:csto-2022", csto, date="2022-11")
    d.claim(RelType.HOSTS, "state:ARM", "summit:csto-2022", csto, date="2022-11")
    g20 = "President Xi Jinping attended the G20 Summit in Bali in November 2022, hosted by Indonesia."
    d.claim(RelType.ATTENDS, "person:xi-jinping", "summit:g20-2022", g20, date="2022-11")
    d.claim(RelType.HOSTS, "state:IDN", "summit:g20-2022", g20, date="2022-11")
    d.claim(RelType.HOLDS_OFFICE, "person:xi-jinping", "state:CHN", "President Xi Jinping", role="president")
    d.claim(
        RelType.VISITS,
        "person:vladimir-putin",
        "state:CHN",
        "On February 4, 2022, Putin visited China",
        date="2022-02-04",
    )
    signed = "the two sides signed the Joint Statement on International Relations Entering a New Era."
    for who in ("state:CHN", "state:RUS"):
        d.claim(RelType.SIGNS, who, "agreement:china-russia-joint-statement-2022-02-04", signed, date="2022-02-04")
    d.claim(
        RelType.MEMBER_OF,
        "state:RUS",
        "org:coe",
        "Russia was expelled from the Council of Europe in March 2022",
        date="2022-03",
        status="expelled",
    )
    d.claim(RelType.MEMBER_OF, "state:RUS", "org:sco", "remains a member of the SCO and BRICS", status="member")
    d.claim(RelType.MEMBER_OF, "state:RUS", "org:brics", "remains a member of the SCO and BRICS", status="member")
    d.claim(
        RelType.OPPOSES,
        "state:CHN",
        "issue:expansion-of-military-blocs",
        "China opposes the expansion of military blocs",
    )
    d.claim(RelType.OPPOSES, "state:RUS", "issue:nato-expansion", "Russia opposes NATO expansion")
    d.claim(
        RelType.SUPPORTS,
        "state:CHN",
        "issue:sovereignty-and-territorial-integrity",
        "China supports the sovereignty and territorial integrity of all countries, including Ukraine.",
        scope="all countries, including Ukraine",
    )
    return d


def _partnership_2015() -> _Document:
    d = _Document(
        "doc:sample-partnership-2015",
        "China and Russia deepen their partnership\n\n"
        "At the invitation of President Vladimir Putin, Chinese President Xi Jinping paid a state visit to Russia on "
        "May 8, 2015, and attended the Victory Day commemoration in Moscow.\n"
        "Xi Jinping and Vladimir Putin held talks in the Kremlin.\n"
        "China and Russia oppose unilateral sanctions and reject a Cold War mentality.\n"
        "Both countries support a multipolar world and will cooperate closely within the SCO and BRICS.\n"
        "Russia supports the Silk Road Economic Belt.\n"
        "China and Russia are both permanent members of the United Nations Security Council.\n",
        {
            "title": "China and Russia deepen their partnership",
            "publisher": "Sample Daily",
            "published": "2015-05-20",
            "languages": ["en"],
        },
    )
    visit = (
        "At the invitation of President Vladimir Putin, Chinese President Xi Jinping paid a state visit to "
        "Russia on May 8, 2015"
    )
    d.claim(RelType.HOSTS, "person:vladimir-putin", "person:xi-jinping", visit, date="2015-05-08")
    d.claim(RelType.VISITS, "person:xi-jinping", "state:RUS", visit, date="2015-05-08")
    d.claim(
        RelType.HOLDS_OFFICE,
        "person:vladimir-putin",
        "state:RUS",
        "President Vladimir Putin",
        date="2015-05",
        role="president",
    )
    d.claim(
        RelType.HOLDS_OFFICE,
        "person:xi-jinping",
        "state:CHN",
        "Chinese President Xi Jinping",
        date="2015-05",
        role="president",
    )
    d.claim(
        RelType.ATTENDS,
        "person:xi-jinping",
        "summit:victory-day-2015",
        "attended the Victory Day commemoration in Moscow",
        date="2015-05-09",
    )
    d.claim(
        RelType.MEETS,
        "person:xi-jinping",
        "person:vladimir-putin",
        "Xi Jinping and Vladimir Putin held talks in the Kremlin.",
        date="2015-05",
    )
    stance = "China and Russia oppose unilateral sanctions and reject a Cold War mentality."
    multipolar = "Both countries support a multipolar world and will cooperate closely within the SCO and BRICS."
    for state in ("state:CHN", "state:RUS"):
        d.claim(RelType.OPPOSES, state, "issue:unilateral-sanctions", stance, date="2015-05")
        d.claim(RelType.OPPOSES, state, "issue:cold-war-mentality", stance, date="2015-05")
        d.claim(RelType.SUPPORTS, state, "issue:multipolarity", multipolar, date="2015-05")
        for org in ("org:sco", "org:brics"):
            d.claim(RelType.MEMBER_OF, state, org, multipolar, date="2015-05", status="member")
        d.claim(
            RelType.MEMBER_OF,
            state,
            "org:unsc",
            "China and Russia are both permanent members of the United Nations Security Council.",
            date="2015-05",
            status="permanent member",
        )
    d.claim(RelType.COOPERATES_WITH, "state:RUS", "state:CHN", multipolar, date="2015-05")
    d.claim(
        RelType.SUPPORTS,
        "state:RUS",
        "issue:silk-road-economic-belt",
        "Russia supports the Silk Road Economic Belt.",
        date="2015-05",
    )
    return d


def _yalta_2025() -> _Document:
    d = _Document(
        "doc:sample-yalta-2025",
        'China\'s stance on a "Yalta 2.0"\n\n'
        "For China, a Yalta 2.0 is not the way forward. China rejects the Cold War mentality and supports "
        "multipolarity.\n"
        "中国坚持尊重各国主权和领土完整。\n",
        {
            "title": 'China\'s stance on a "Yalta 2.0"',
            "publisher": "Sample Diplomacy",
            "published": "2025-06-12",
            "languages": ["en", "zh"],
        },
    )
    d.claim(RelType.OPPOSES, "state:CHN", "issue:yalta-2-0", "For China, a Yalta 2.0 is not the way forward.")
    d.claim(RelType.OPPOSES, "state:CHN", "issue:cold-war-mentality", "China rejects the Cold War mentality")
    d.claim(
        RelType.SUPPORTS,
        "state:CHN",
        "issue:multipolarity",
        "China rejects the Cold War mentality and supports multipolarity.",
    )
    d.claim(
        RelType.SUPPORTS,
        "state:CHN",
        "issue:sovereignty-and-territorial-integrity",
        "中国坚持尊重各国主权和领土完整。",
        lang="zh",
        scope="all states",
    )
    return d


def _talks_2025() -> _Document:
    d = _Document(
        "doc:sample-ukraine-talks-2025",
        "Positions ahead of the Ukraine talks\n\n"
        "On August 20, Russian Foreign Minister Sergey Lavrov proposed that China take part in security guarantees "
        "for Ukraine.\n"
        "President Volodymyr Zelenskyy rejected China's participation in security guarantees for Ukraine.\n"
        "Ukraine has dropped its demand for a ceasefire before negotiations.\n"
        "Chinese Foreign Ministry spokesperson Mao Ning said China opposes NATO expansion.\n"
        "President Donald Trump met Vladimir Putin at a summit in Alaska, hosted by the United States.\n",
        {
            "title": "Positions ahead of the Ukraine talks",
            "publisher": "Sample Wire",
            "published": "2025-08",
            "languages": ["en"],
        },
    )
    guarantees = "issue:china-participation-in-security-guarantees-for-ukraine"
    lavrov = (
        "On August 20, Russian Foreign Minister Sergey Lavrov proposed that China take part in security "
        "guarantees for Ukraine."
    )
    d.claim(RelType.PROPOSES, "person:sergey-lavrov", guarantees, lavrov, date="2025-08-20")
    d.claim(
        RelType.HOLDS_OFFICE,
        "person:sergey-lavrov",
        "state:RUS",
        "Russian Foreign Minister Sergey Lavrov",
        date="2025-08-20",
        role="foreign minister",
    )
    d.claim(
        RelType.OPPOSES,
        "person:volodymyr-zelenskyy",
        guarantees,
        "President Volodymyr Zelenskyy rejected China's participation in security guarantees for Ukraine.",
    )
    d.claim(
        RelType.HOLDS_OFFICE,
        "person:volodymyr-zelenskyy",
        "state:UKR",
        "President Volodymyr Zelenskyy",
        role="president",
    )
    d.claim(
        RelType.SUPPORTS,
        "state:UKR",
        "issue:ceasefire-before-negotiations",
        "Ukraine has dropped its demand for a ceasefire before negotiations.",
        status="abandoned",
    )
    d.claim(
        RelType.HOLDS_OFFICE,
        "person:mao-ning",
        "state:CHN",
        "Chinese Foreign Ministry spokesperson Mao Ning",
        role="Foreign Ministry spokesperson",
    )
    d.claim(
        RelType.OPPOSES,
        "state:CHN",
        "issue:nato-expansion",
        "Chinese Foreign Ministry spokesperson Mao Ning said China opposes NATO expansion.",
        speaker="person:mao-ning",
    )
    alaska = "President Donald Trump met Vladimir Putin at a summit in Alaska, hosted by the United States."
    d.claim(RelType.HOLDS_OFFICE, "person:donald-trump", "state:USA", "President Donald Trump", role="president")
    d.claim(RelType.MEETS, "person:donald-trump", "person:vladimir-putin", alaska, date="2025-08")
    d.claim(RelType.ATTENDS, "person:donald-trump", "summit:alaska-2025", alaska, date="2025-08")
    d.claim(RelType.ATTENDS, "person:vladimir-putin", "summit:alaska-2025", alaska, date="2025-08")
    d.claim(RelType.HOSTS, "state:USA", "summit:alaska-2025", alaska, date="2025-08")
    return d


def _thaad_2017() -> _Document:
    d = _Document(
        "doc:sample-thaad-2017",
        "Notes on the THAAD dispute\n\n"
        "China and Russia both oppose the deployment of THAAD in South Korea.\n"
        "Xi Jinping met Vladimir Putin several times.\n"
        "Improving relations with the United States would end the sanctions it imposed on Russia.\n"
        "President Donald Trump took office in January 2017.\n"
        "Xi Jinping proposed the Belt and Road Initiative in 2013.\n",
        {"title": "Notes on the THAAD dispute", "published": "2017", "languages": ["en"]},
    )
    thaad = "China and Russia both oppose the deployment of THAAD in South Korea."
    for state in ("state:CHN", "state:RUS"):
        d.claim(RelType.OPPOSES, state, "issue:thaad-deployment-in-south-korea", thaad)
    d.claim(RelType.MEETS, "person:vladimir-putin", "person:xi-jinping", "Xi Jinping met Vladimir Putin several times.")
    d.claim(
        RelType.SANCTIONS,
        "state:USA",
        "state:RUS",
        "Improving relations with the United States would end the sanctions it imposed on Russia.",
        confidence=0.5,
    )
    d.claim(
        RelType.HOLDS_OFFICE,
        "person:donald-trump",
        "state:USA",
        "President Donald Trump took office in January 2017.",
        date="2017-01",
        role="president",
    )
    d.claim(
        RelType.PROPOSES,
        "person:xi-jinping",
        "issue:belt-and-road-initiative",
        "Xi Jinping proposed the Belt and Road Initiative in 2013.",
        date="2013",
    )
    return d


def sample_batches() -> list[GraphBatch]:
    """The sample graph as one GraphBatch per document, ready for ``store.write_document``."""
    return list(_batches())


@cache
def _batches() -> tuple[GraphBatch, ...]:
    # Built once: batches are frozen models, and tests ask for them before every test.
    return tuple(d.batch() for d in (_review_2022(), _partnership_2015(), _yalta_2025(), _talks_2025(), _thaad_2017()))


def load_sample(store: Any, batches: Iterable[GraphBatch] | None = None) -> None:
    """Write the sample graph into a store (documents already there unchanged are skipped)."""
    for batch in batches if batches is not None else sample_batches():
        store.write_document(batch)


def ensure_sample(store: Any) -> bool:
    """Make the store hold exactly the sample graph; True if it had to be (re)loaded.

    Three cheap reads decide: the documents and their fingerprints, and the node and relationship
    counts. Anything else in the store (another test's data, a posted document) means a wipe.
    """
    batches = sample_batches()
    documents = {b.document.id: b.document.properties["fingerprint"] for b in batches}
    nodes = len({n.id for b in batches for n in b.nodes}) + len(batches)
    relationships = sum(len(b.relationships) for b in batches)
    stored = dict(store.read("MATCH (d:Document) RETURN d.id, d.fingerprint").rows)
    counts = (
        store.read("MATCH (n) RETURN count(n)").rows[0][0],
        store.read("MATCH ()-[r]->() RETURN count(r)").rows[0][0],
    )
    if stored == documents and counts == (nodes, relationships):
        return False
    store.wipe()
    load_sample(store, batches)
    return True
