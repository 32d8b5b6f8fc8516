"""The models refuse what the graph contract does not allow, with a message naming the offender."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from diplograph.graph.models import GraphBatch, Node, Relationship, claim_key, mention_key
from diplograph.graph.schema import RelType, check_id, labels_of, make_id, precision_of, slugify

EVIDENCE = "China supports Russia."


def claim(**overrides: Any) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "type": "SUPPORTS",
        "source": "state:CHN",
        "target": "state:RUS",
        "key": "c-1",
        "doc_id": "doc:a",
        "evidence": EVIDENCE,
        "start": 10,
        "end": 10 + len(EVIDENCE),
        "lang": "en",
        "confidence": 0.8,
        "extractor": "test-rule.v1",
    }
    fields.update(overrides)
    return {k: v for k, v in fields.items() if v is not ...}


def rejects(model: type, fields: dict[str, Any], *fragments: str) -> str:
    """Construct ``model(**fields)``; assert a ValidationError whose message holds every fragment."""
    with pytest.raises(ValidationError) as info:
        model(**fields)
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message, f"{fragment!r} not in: {message}"
    return message


def test_a_valid_claim_is_accepted_and_stores_its_provenance() -> None:
    rel = Relationship(**claim(date="2022-03-02", choice="yes", attrs={"scope": "regional", "tally": [1, 2]}))
    assert rel.is_claim
    assert rel.date_precision == "day"  # filled from the date
    props = rel.properties()
    assert props["key"] == "c-1"
    assert props["evidence"] == EVIDENCE and props["start"] == 10 and props["end"] == 10 + len(EVIDENCE)
    assert props["doc_id"] == "doc:a" and props["extractor"] == "test-rule.v1" and props["lang"] == "en"
    assert props["scope"] == "regional" and props["tally"] == [1, 2]
    assert "role" not in props  # nulls are not stored


def test_unknown_relationship_type_names_the_type() -> None:
    rejects(Relationship, claim(type="LIKES"), "unknown relationship type 'LIKES'", "SUPPORTS")


@pytest.mark.parametrize(
    ("rel_type", "source", "target", "kinds"),
    [
        ("HOLDS_OFFICE", "state:CHN", "org:un", ("State", "state:CHN")),
        ("HOLDS_OFFICE", "person:wang-yi", "issue:sanctions", ("Issue", "issue:sanctions")),
        ("ADOPTS", "state:CHN", "resolution:unga-es-11-1", ("State", "state:CHN")),
        ("SIGNS", "state:CHN", "summit:sco-2022", ("Summit", "summit:sco-2022")),
        ("ABSTAINS", "state:IND", "issue:sanctions", ("Issue",)),
        ("MEMBER_OF", "state:CHN", "state:RUS", ("MEMBER_OF may not connect",)),
        ("SUPPORTS", "issue:peace", "state:RUS", ("Issue", "issue:peace")),
        ("MENTIONS", "state:CHN", "state:RUS", ("MENTIONS may not connect",)),
    ],
)
def test_kind_mismatch_names_both_ends(rel_type: str, source: str, target: str, kinds: tuple[str, ...]) -> None:
    fields = claim(type=rel_type, source=source, target=target)
    if rel_type == "MENTIONS":
        fields = {"type": "MENTIONS", "source": source, "target": target, "key": "m-1", "doc_id": "doc:a", "count": 1}
    rejects(Relationship, fields, f"{rel_type} may not connect", *kinds)


@pytest.mark.parametrize("missing", ["evidence", "start", "end", "extractor", "lang", "confidence"])
def test_claim_without_provenance_names_what_is_missing(missing: str) -> None:
    rejects(Relationship, claim(**{missing: ...}), "lacks provenance", missing, "state:CHN->state:RUS", "doc:a")


def test_claim_with_empty_evidence_or_extractor_is_refused() -> None:
    rejects(Relationship, claim(evidence="", end=10), "lacks provenance", "evidence")
    rejects(Relationship, claim(extractor=""), "lacks provenance", "extractor")


def test_claim_without_doc_id_is_refused() -> None:
    rejects(Relationship, claim(doc_id=...), "doc_id", "Field required")


@pytest.mark.parametrize("doc_id", ["state:CHN", "doc:A", "doc:", "a"])
def test_claim_with_a_doc_id_that_is_not_a_document_id_is_refused(doc_id: str) -> None:
    rejects(Relationship, claim(doc_id=doc_id), repr(doc_id))


def test_evidence_must_span_exactly_its_offsets() -> None:
    n = len(EVIDENCE)
    rejects(
        Relationship, claim(end=10 + n + 1), "claim c-1", f"evidence is {n} characters", f"span 10:{11 + n} is {n + 1}"
    )
    rejects(Relationship, claim(start=11), "claim c-1", f"span 11:{10 + n} is {n - 1}")


def test_negative_offsets_and_out_of_range_confidence_are_refused() -> None:
    rejects(Relationship, claim(start=-1), "start", "greater than or equal to 0")
    rejects(Relationship, claim(confidence=1.5), "confidence", "less than or equal to 1")


@pytest.mark.parametrize(
    ("field", "value", "fragment"),
    [
        ("lang", "fr", "unknown evidence language 'fr'"),
        ("choice", "maybe", "unknown vote choice 'maybe'"),
    ],
)
def test_closed_vocabularies_are_enforced(field: str, value: str, fragment: str) -> None:
    rejects(Relationship, claim(**{field: value}), fragment)


def test_mentions_needs_a_count() -> None:
    fields = {"type": "MENTIONS", "source": "doc:a", "target": "state:RUS", "key": "m-1", "doc_id": "doc:a"}
    rejects(Relationship, fields, "MENTIONS doc:a->state:RUS needs a 'count'")
    assert Relationship(**fields, count=2).properties()["count"] == 2


# -- ids ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad_id",
    [
        "state:CN",  # alpha-2, not alpha-3
        "state:chn",  # lower case
        "state:CHNA",
        "person:Xi-Jinping",  # upper case slug
        "person:xi_jinping",  # underscore
        "person:xi--jinping",  # double hyphen
        "person:",
        "org:-nato",
        "org:nato-",
        "group:western countries",  # space
        "summit:sco",  # no year
        "summit:sco-22",
        "resolution:UNGA-ES-11-1",
        "resolution:",
        "agreement:joint statement",
        "agreement:a/b",
        "issue:",
        "issue:sanctions ",  # trailing space
        "issue:sanctions\n",  # trailing newline (fullmatch, not $)
        "doc:",
        "doc:Seed-1",
        "doc:a__b",
    ],
)
def test_malformed_ids_of_each_kind_are_refused_naming_the_id(bad_id: str) -> None:
    kind = bad_id.split(":")[0]
    props = {"name": "x"}
    message = rejects(Node, {"id": bad_id, "properties": props}, "malformed", repr(bad_id))
    assert kind in message.lower() or "doc" in message.lower()


@pytest.mark.parametrize("bad_id", ["nation:CHN", "CHN", "", ":CHN", "State:CHN"])
def test_ids_with_an_unknown_prefix_are_refused_listing_the_prefixes(bad_id: str) -> None:
    rejects(Node, {"id": bad_id, "properties": {"name": "x"}}, f"malformed id {bad_id!r}", "'state'", "'doc'")


def test_a_claim_end_with_a_malformed_id_is_refused() -> None:
    rejects(Relationship, claim(target="state:rus"), "state:rus")


@pytest.mark.parametrize(
    ("good_id", "labels"),
    [
        ("state:CHN", ["Actor", "State"]),
        ("person:xi-jinping", ["Actor", "Person"]),
        ("org:unga", ["Actor", "Organisation"]),
        ("group:western-countries", ["Actor", "Group"]),
        ("summit:sco-2022", ["Event", "Summit"]),
        ("resolution:unga-es-11-1", ["Event", "Resolution"]),
        ("agreement:china-russia-joint-statement-2022-02-04", ["Event", "Agreement"]),
        ("issue:unilateral-sanctions", ["Issue"]),
        ("doc:001_a99887a930e7fcc5", ["Document"]),
    ],
)
def test_contract_examples_are_valid_ids_with_the_contract_labels(good_id: str, labels: list[str]) -> None:
    node = Node(id=good_id, properties={"name": "x"})
    assert node.labels == labels == labels_of(check_id(good_id))


def test_check_id_with_an_expected_kind_names_both() -> None:
    from diplograph.graph.schema import NodeKind

    with pytest.raises(ValueError, match=r"'state:CHN' is a State id, not a Person id"):
        check_id("state:CHN", NodeKind.PERSON)


def test_make_id_and_slugify_give_valid_ids() -> None:
    from diplograph.graph.schema import NodeKind

    assert (
        make_id(NodeKind.ORGANISATION, "Shanghai Cooperation Organisation (SCO)")
        == "org:shanghai-cooperation-organisation-sco"
    )
    assert make_id(NodeKind.STATE, "chn") == "state:CHN"
    chinese = make_id(NodeKind.ISSUE, "单边制裁")
    assert chinese.startswith("issue:h") and check_id(chinese) is NodeKind.ISSUE
    assert slugify("x" * 100 + " tail", max_length=20) == "x" * 20


# -- dates ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad", ["2022/03/02", "22-03-02", "2022-3-2", "March 2022", "2022-03-02T10:00", "", "20220302"]
)
@pytest.mark.parametrize("field", ["date", "as_of"])
def test_malformed_dates_are_refused_naming_the_value(field: str, bad: str) -> None:
    rejects(Relationship, claim(**{field: bad}), f"malformed date {bad!r}")


@pytest.mark.parametrize("impossible", ["2022-13-01", "2022-02-30", "2022-00-10", "2022-13"])
def test_impossible_calendar_dates_are_refused(impossible: str) -> None:
    rejects(Relationship, claim(date=impossible), repr(impossible))


@pytest.mark.parametrize(
    ("date", "given", "expected"),
    [("2022", "day", "year"), ("2022-03", "year", "month"), ("2022-03-02", "month", "day")],
)
def test_date_precision_must_match_the_date(date: str, given: str, expected: str) -> None:
    rejects(
        Relationship, claim(date=date, date_precision=given), f"date {date!r} has {expected} precision", repr(given)
    )


def test_date_precision_without_a_date_is_refused() -> None:
    rejects(Relationship, claim(date_precision="day"), "date_precision given without a date")


@pytest.mark.parametrize(("date", "precision"), [("2022", "year"), ("2022-03", "month"), ("2022-03-02", "day")])
def test_date_precision_is_derived_from_the_date(date: str, precision: str) -> None:
    assert Relationship(**claim(date=date)).date_precision == precision == precision_of(date)


# -- property values --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [{"a": 1}, [{"a": 1}], [[1, 2]], [1, "a"], [1, True], (1, 2), {1, 2}, object(), b"bytes"],
    ids=["map", "list-of-maps", "nested-list", "mixed-list", "int-bool-list", "tuple", "set", "object", "bytes"],
)
def test_nested_or_mixed_property_values_are_refused_naming_the_property(value: Any) -> None:
    rejects(Node, {"id": "state:CHN", "properties": {"name": "China", "weird": value}}, "'weird'")
    rejects(Relationship, claim(attrs={"weird": value}), "'weird'")


def test_attrs_may_not_redefine_contract_properties() -> None:
    for name in ("evidence", "doc_id", "key", "choice", "count"):
        rejects(Relationship, claim(attrs={name: "x"}), f"attrs may not redefine the contract property {name!r}")


def test_nodes_need_a_name_and_string_aliases_and_no_id_property() -> None:
    rejects(Node, {"id": "state:CHN", "properties": {}}, "node state:CHN", "needs a non-empty 'name'")
    rejects(
        Node,
        {"id": "state:CHN", "properties": {"name": "China", "aliases": [1, 2]}},
        "'aliases' must be a list of strings",
    )
    rejects(
        Node, {"id": "state:CHN", "properties": {"name": "China", "id": "state:CHN"}}, "'id' is the node's own field"
    )
    assert Node(id="doc:a").properties == {}  # documents need no name


def test_unknown_fields_are_refused() -> None:
    rejects(Relationship, claim(weight=3), "weight", "Extra inputs are not permitted")
    rejects(Node, {"id": "state:CHN", "properties": {"name": "x"}, "labels": ["X"]}, "labels")


def test_null_properties_are_dropped_and_merging_accumulates_aliases() -> None:
    a = Node(id="state:CHN", properties={"name": "China", "iso2": None, "aliases": ["China", "PRC"]})
    b = Node(id="state:CHN", properties={"name": "China", "aliases": ["中国", "PRC"]})
    assert "iso2" not in a.properties
    assert a.merged_with(b).properties["aliases"] == ["China", "PRC", "中国"]
    with pytest.raises(ValueError, match="cannot merge state:CHN with state:RUS"):
        a.merged_with(Node(id="state:RUS", properties={"name": "Russia"}))


# -- keys -----------------------------------------------------------------------------------------


def test_claim_keys_are_stable_and_symmetric_types_ignore_direction() -> None:
    k1 = claim_key("doc:a", "SUPPORTS", "state:CHN", "state:RUS", "2022")
    assert k1 == claim_key("doc:a", RelType.SUPPORTS, "state:CHN", "state:RUS", "2022")
    assert k1 != claim_key("doc:b", "SUPPORTS", "state:CHN", "state:RUS", "2022")
    assert k1 != claim_key("doc:a", "SUPPORTS", "state:RUS", "state:CHN", "2022")
    assert claim_key("doc:a", "MEETS", "state:CHN", "state:RUS") == claim_key(
        "doc:a", "MEETS", "state:RUS", "state:CHN"
    )
    assert mention_key("doc:a", "state:CHN") != mention_key("doc:b", "state:CHN")


# -- batches --------------------------------------------------------------------------------------


def _mention(target: str, doc: str = "doc:a") -> Relationship:
    return Relationship(type="MENTIONS", source=doc, target=target, key=mention_key(doc, target), doc_id=doc, count=1)


CHN = Node(id="state:CHN", properties={"name": "China"})
RUS = Node(id="state:RUS", properties={"name": "Russia"})
DOC = Node(id="doc:a", properties={"title": "A"})


def test_a_consistent_batch_is_accepted() -> None:
    batch = GraphBatch(
        document=DOC,
        nodes=[CHN, RUS],
        relationships=[_mention("state:CHN"), _mention("state:RUS"), Relationship(**claim())],
    )
    assert [r.key for r in batch.claims] == ["c-1"]


def test_batch_nodes_without_mentions_are_refused_naming_them() -> None:
    rejects(
        GraphBatch,
        {"document": DOC, "nodes": [CHN, RUS], "relationships": [_mention("state:CHN")]},
        "nodes without a MENTIONS from doc:a",
        "state:RUS",
    )


def test_claim_endpoints_missing_from_the_batch_are_refused_naming_them() -> None:
    rejects(
        GraphBatch,
        {"document": DOC, "nodes": [CHN], "relationships": [_mention("state:CHN"), Relationship(**claim())]},
        "claim c-1 (SUPPORTS) points at state:RUS, which the batch does not hold",
    )


def test_duplicate_claim_keys_are_refused_naming_the_key() -> None:
    first = Relationship(**claim())
    second = Relationship(**claim(type="OPPOSES"))  # same key, another fact: a key bug upstream
    rejects(
        GraphBatch,
        {
            "document": DOC,
            "nodes": [CHN, RUS],
            "relationships": [_mention("state:CHN"), _mention("state:RUS"), first, second],
        },
        "claim key c-1 appears twice in the batch for doc:a",
    )


def test_a_claim_from_another_document_is_refused() -> None:
    rejects(
        GraphBatch,
        {
            "document": DOC,
            "nodes": [CHN, RUS],
            "relationships": [_mention("state:CHN"), _mention("state:RUS"), Relationship(**claim(doc_id="doc:b"))],
        },
        "claim c-1 names document doc:b, but the batch is doc:a",
    )


def test_a_node_listed_twice_or_a_non_document_as_document_is_refused() -> None:
    rejects(
        GraphBatch,
        {"document": DOC, "nodes": [CHN, CHN], "relationships": [_mention("state:CHN")]},
        "lists a node twice",
    )
    rejects(GraphBatch, {"document": CHN}, "a batch's document must be a Document node, not state:CHN")
