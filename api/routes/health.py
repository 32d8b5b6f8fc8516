"""Is the store reachable, which one is it, and how big is the graph."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

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
def health(request: Request, response: Response, settings: SettingsDep) -> Health:
    """200 with the node and relationship counts when the store answers, else 503 with why.

    The check itself reconnects: a Neo4j server that came back, or an embedded server that died
    and is restarted by the store, turns the next call back to 200.
    """
    handle: StoreHandle = request.app.state.stores
    try:
        store = handle.open()
        # A short timeout: a health check must answer fast even when the store is struggling.
        timeout = min(settings.query_timeout_s, 5.0)
        nodes = store.read(Q.COUNT_NODES, timeout=timeout).rows[0][0]
        relationships = store.read(Q.COUNT_RELATIONSHIPS, timeout=timeout).rows[0][0]
    except (StoreUnavailable, QueryTimeout) as exc:
        response.status_code = 503
        current = handle.store
        return Health(
            status="unavailable",
            store=current.kind if current else None,
            url=current.url if current else None,
            detail=str(exc),
        )
    return Health(status="ok", store=store.kind, url=store.url, nodes=nodes, relationships=relationships)
