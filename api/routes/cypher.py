"""Read-only Cypher for power users: writes refused by the store, a row cap, a server-side timeout."""

from __future__ import annotations

from fastapi import APIRouter

from ..deps import ReaderDep, SettingsDep
from ..errors import COMMON_RESPONSES, error_responses
from ..schemas import CypherIn, Rows

router = APIRouter(tags=["cypher"], responses=COMMON_RESPONSES)


@router.post("/cypher", summary="Run a read-only Cypher query", responses=error_responses(400))
def run_cypher(reader: ReaderDep, settings: SettingsDep, body: CypherIn) -> Rows:
    """Run ``query`` with ``params`` (``$name`` in the query; values only ever travel as
    parameters). The store itself refuses writes (Neo4j's read access mode, FalkorDB's read-only
    query): a CREATE, MERGE, SET or DELETE is a 400 with the store's message, as is a query the
    store cannot parse. ``row_cap`` and ``timeout_s`` can lower the server's limits
    (``DIPLOGRAPH_QUERY_ROW_CAP``, ``DIPLOGRAPH_QUERY_TIMEOUT_S``), never raise them; a query that
    hits the timeout is a 504, one cut by the row cap says ``truncated``.

    Keep to the Cypher subset both stores run if the query should work on either store."""
    row_cap = min(body.row_cap or settings.query_row_cap, settings.query_row_cap)
    timeout = min(body.timeout_s or settings.query_timeout_s, settings.query_timeout_s)
    result = reader.run(body.query, body.params, row_cap=row_cap, timeout=timeout)
    return Rows(columns=result.columns, data=result.records(), count=len(result.rows), truncated=result.truncated)
