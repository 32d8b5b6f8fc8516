"""Read-only Cypher for power users: judged on its plan, writes refused by the store, bounded answers."""

from __future__ import annotations

from fastapi import APIRouter

from ..deps import CypherAccessDep, ReaderDep, SettingsDep
from ..errors import COMMON_RESPONSES, error_responses
from ..schemas import CypherIn, Rows

router = APIRouter(tags=["cypher"], responses=COMMON_RESPONSES)


@router.post("/cypher", summary="Run a read-only Cypher query", responses=error_responses(400, 401, 403))
def run_cypher(reader: ReaderDep, settings: SettingsDep, body: CypherIn, _: CypherAccessDep) -> Rows:
    """Run ``query`` with ``params`` (``$name`` in the query; values only ever travel as
    parameters). Off unless the server sets ``DIPLOGRAPH_CYPHER`` to ``public`` or ``key`` (then
    ``Authorization: Bearer <DIPLOGRAPH_API_KEY>`` is required); 403 when off.

    Before it runs, the store plans the query (``EXPLAIN``) and anything but reading the graph is a
    400 (``refused``): LOAD CSV, procedures other than the schema listings (``db.labels``,
    ``db.relationshipTypes``, ``db.propertyKeys``, ``db.schema.*``; none on the embedded store),
    administration and ``SHOW``/``TERMINATE`` commands, another database (``USE``),
    ``CALL { ... } IN TRANSACTIONS``. The store itself refuses writes (Neo4j's read access mode,
    FalkorDB's read-only query), also a 400, as is a query the store cannot parse.

    ``row_cap`` and ``timeout_s`` can lower the server's limits (``DIPLOGRAPH_QUERY_ROW_CAP``,
    ``DIPLOGRAPH_QUERY_TIMEOUT_S``), never raise them; the answer is also bounded in bytes
    (``DIPLOGRAPH_QUERY_BYTE_CAP``). A query that hits the timeout is a 504; one cut by a cap says
    ``truncated`` and ``truncated_by`` (``rows`` or ``bytes``).

    Keep to the Cypher subset both stores run if the query should work on either store. On the
    embedded store the columns come in alphabetical order (the query runs inside
    ``CALL { ... } RETURN *`` so the store itself stops at the row cap)."""
    row_cap = min(body.row_cap or settings.query_row_cap, settings.query_row_cap)
    timeout = min(body.timeout_s or settings.query_timeout_s, settings.query_timeout_s)
    reader.store.check_plan(body.query, body.params)
    result = reader.adhoc(body.query, body.params, row_cap=row_cap, timeout=timeout, byte_cap=settings.query_byte_cap)
    return Rows(
        columns=result.columns,
        data=result.records(),
        count=len(result.rows),
        truncated=result.truncated,
        truncated_by=result.truncated_by,
    )
