"""The cookbook on both stores: each query's answers over each data set, and its header."""

from __future__ import annotations

import re
from typing import Any

import pytest

from diplograph.cypher import ParamError, load_queries
from diplograph.graph.stores import GraphStore

QUERIES = load_queries()
_PARAM_USE = re.compile(r"\$([A-Za-z_][A-Za-z0-9_]*)")


def test_answers(case: Any, cookbook_store: GraphStore, answer_checker: Any) -> None:
    """The query's answer over the data set, as the data set's YAML fixes it."""
    assert case.query in QUERIES, f"{case.dataset}.yaml names no cookbook query {case.query!r}"
    query = QUERIES[case.query]
    result = cookbook_store.read(query.text, query.bind(case.params))
    assert not result.truncated
    answer_checker(case, result.columns, result.records())


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_examples_run(name: str, any_store: GraphStore) -> None:
    """Every query runs with its header's example parameters on both stores (any data)."""
    query = QUERIES[name]
    result = any_store.read(query.text, query.bind(query.example_params()))
    assert result.columns


def test_there_are_at_least_twenty_queries() -> None:
    assert len(QUERIES) >= 20


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_header(name: str) -> None:
    """A question, a returns line, an example for every parameter, and parameters that match the
    ``$names`` the query uses (a declared but unused one, or an undeclared one, is a mistake)."""
    query = QUERIES[name]
    assert query.question.endswith("?"), "the question should be a question"
    assert query.returns
    assert set(query.examples) == set(query.params), "every parameter needs an example"
    body = "\n".join(line for line in query.text.splitlines() if not line.lstrip().startswith("//"))
    assert set(_PARAM_USE.findall(body)) == set(query.params)


@pytest.mark.parametrize("dataset", ["sample", "seeds"])
def test_every_query_has_an_answer_checked(dataset: str, datasets: dict[str, Any]) -> None:
    """On the hand-built sample and on the ingested seeds alike, so a new query needs both."""
    covered = {case.query for case in datasets[dataset].cases}
    assert sorted(set(QUERIES) - covered) == []


def test_bind_checks_parameters() -> None:
    query = QUERIES["state_votes"]
    assert query.bind({"state": "state:CHN"}) == {"state": "state:CHN", "since": None, "until": None}
    with pytest.raises(ParamError, match="needs 'state'"):
        query.bind({"since": "2022"})
    with pytest.raises(ParamError, match="no parameter 'country'"):
        query.bind({"state": "state:CHN", "country": "x"})
    with pytest.raises(ParamError, match="must be a JSON string, not integer"):
        query.bind({"state": "state:CHN", "since": 2022})
    assert QUERIES["most_active_actors"].bind({"top": 3})["top"] == 3
    with pytest.raises(ParamError, match="must be a JSON integer, not boolean"):
        QUERIES["most_active_actors"].bind({"top": True})


def test_parameters_from_the_command_line() -> None:
    votes = QUERIES["state_votes"]
    assert votes.bind(votes.from_text({"state": "state:CHN", "since": "2022"}))["since"] == "2022-01-01"
    with pytest.raises(ParamError, match="impossible date '2019-13'"):
        votes.bind({"state": "state:CHN", "until": "2019-13"})
    top = QUERIES["most_active_actors"].from_text({"top": "5", "types": '["SIGNS"]'})
    assert top == {"top": 5, "types": ["SIGNS"]}


def _typed(value: Any) -> Any:
    """A value with the JSON type of every part spelled out (1133 and 1133.0 differ), lists of
    scalars sorted (collect() order is not part of an answer)."""
    if isinstance(value, dict):
        return {k: _typed(v) for k, v in sorted(value.items())}
    if isinstance(value, list):
        items = [_typed(v) for v in value]
        return sorted(items, key=repr) if all(not isinstance(v, (list, dict)) for v in value) else items
    return (type(value).__name__, value)


@pytest.mark.neo4j
def test_both_stores_give_the_same_answer_types_included(
    case: Any, embedded_store: GraphStore, neo4j_store: GraphStore, load_dataset: Any
) -> None:
    """An analyst gets the same rows from either store, down to an integer staying an integer
    (FalkorDB sums integers into a float: the queries say toInteger where they sum)."""
    query = QUERIES[case.query]
    answers = []
    for store in (embedded_store, neo4j_store):
        load_dataset(store, case.dataset)
        result = store.read(query.text, query.bind(case.params))
        rows = [_typed(r) for r in result.records()]
        answers.append((result.columns, rows if case.ordered else sorted(rows, key=repr)))
    assert answers[0] == answers[1]
