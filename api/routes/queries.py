"""The Cypher cookbook: named analyst questions, listed and run with parameters."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path
from fastapi.exceptions import RequestValidationError

from diplograph.cypher import CookbookQuery, ParamError, get_query, load_queries

from ..deps import PaginationDep, ReaderDep
from ..errors import COMMON_RESPONSES, NotFound, error_responses
from ..schemas import QueryInfo, QueryPage, QueryParam, QueryRun, Rows

router = APIRouter(prefix="/queries", tags=["queries"], responses=COMMON_RESPONSES)

QueryName = Annotated[
    str,
    Path(
        min_length=1,
        max_length=100,
        pattern=r"^[A-Za-z0-9_]+$",
        description="the query's name (its file name in cypher/)",
        examples=["state_votes"],
    ),
]


def _info(query: CookbookQuery) -> QueryInfo:
    examples = query.example_params()
    return QueryInfo(
        name=query.name,
        question=query.question,
        params=[
            QueryParam(name=p, description=d, required=p not in query.optional, example=examples.get(p))
            for p, d in query.params.items()
        ],
        returns=query.returns,
    )


@router.get("", summary="List the cookbook's queries")
def list_queries(page: PaginationDep) -> QueryPage:
    """Every cookbook query, by name: the question it answers, its parameters (with an example
    value each) and the columns it returns."""
    queries = list(load_queries().values())
    return QueryPage.of([_info(q) for q in queries[page.offset : page.offset + page.limit]], len(queries), page)


@router.post("/{name}", summary="Run a cookbook query", responses=error_responses(400, 404))
def run_query(reader: ReaderDep, name: QueryName, body: QueryRun | None = None) -> Rows:
    """Run the named query with ``{"params": {...}}``. Unknown parameters, missing required ones
    or values of the wrong JSON type are a 422; optional parameters default to null."""
    try:
        query = get_query(name)
    except KeyError:
        raise NotFound("cookbook query", name) from None
    try:
        params = query.bind(body.params if body else {})
    except ParamError as exc:
        # The same shape FastAPI gives any other 422, so clients handle one error format.
        raise RequestValidationError(
            [{"type": "value_error", "loc": ("body", "params"), "msg": str(exc), "input": None}]
        ) from None
    result = reader.run(query.text, params, byte_cap=reader.settings.query_byte_cap)
    return Rows(
        columns=result.columns,
        data=result.records(),
        count=len(result.rows),
        truncated=result.truncated,
        truncated_by=result.truncated_by,
    )
