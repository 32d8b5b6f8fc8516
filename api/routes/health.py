"""Is the store reachable, which one is it, and how big is the graph."""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request, Response

from diplograph.graph.stores import GraphStore
from diplograph.ground.errors import QueryTimeout, StoreUnavailable

from .. import queries as Q
from ..deps import SettingsDep
from ..schemas import Health
from ..stores import StoreHandle

router = APIRouter(tags=["health"])


@router.get(
    "/health",
    summary="Store status and graph size",
    responses={503: {"model": Health, "description": "the store is unreachable"}},
)
async def health(request: Request, response: Response, settings: SettingsDep) -> Health:
    """200 with the node and relationship counts when the store answers, else 503 with why.

    The check itself reconnects: a Neo4j server that came back, or an embedded server that died
    and is restarted by the store, turns the next call back to 200.
    """
    handle: StoreHandle = request.app.state.stores
    # A short timeout: a health check must answer fast even when the store is struggling.
    timeout = min(settings.query_timeout_s, 5.0)
    # The check runs on threads of its own (api/main.py), never on the worker threads every sync
    # route shares: requests that hold all of those (slow reads, a flood of them) must not queue
    # the health check behind them (issue 15). A check that does not come back in time is a 503,
    # whatever holds it (opening a store that does not answer).
    check = asyncio.get_running_loop().run_in_executor(request.app.state.health_threads, _check, handle, timeout)
    try:
        store, nodes, relationships = await asyncio.wait_for(check, timeout + 1.0)
    except (StoreUnavailable, QueryTimeout, TimeoutError) as exc:
        response.status_code = 503
        current = handle.store
        return Health(
            status="unavailable",
            store=current.kind if current else None,
            url=current.url if current else None,
            detail=str(exc) or f"the store did not answer within {timeout + 1.0:g} s",
        )
    return Health(status="ok", store=store.kind, url=store.url, nodes=nodes, relationships=relationships)


def _check(handle: StoreHandle, timeout: float) -> tuple[GraphStore, int, int]:
    store = handle.open()
    counts = {row["of"]: row["n"] for row in store.read(Q.COUNTS, timeout=timeout).records()}
    return store, int(counts["nodes"]), int(counts["relationships"])
