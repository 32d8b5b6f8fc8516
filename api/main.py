"""The FastAPI application: ``create_app()``; the lifespan opens the store once and closes it."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from diplograph.graph.store import open_store


def create_app(store_url: str | None = None) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.store = open_store(store_url)
        try:
            yield
        finally:
            app.state.store.close()

    app = FastAPI(title="diplograph", lifespan=lifespan)

    @app.get("/health")
    def health() -> dict[str, object]:
        store = app.state.store
        stats = store.stats()
        return {"status": "ok", "store": store.kind, "nodes": stats.node_count, "relationships": stats.relationship_count}

    return app
