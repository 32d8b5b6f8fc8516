"""Request bodies a client can send that JSON allows but the API cannot echo as they are: a 422 in
FastAPI's validation shape, never a 500 (issue 15)."""

from __future__ import annotations

import httpx
import pytest


@pytest.mark.parametrize(
    ("path", "body"),
    [
        ("/cypher", b'{"query": '),
        ("/cypher", b"\xff\xfe"),
        ("/cypher", b'{"query": "\\ud800"}'),
        ("/cypher", b'{"query": "RETURN $a", "params": {"a": 1e999}}'),
        ("/cypher", b'{"query": "RETURN $a", "params": {"a": -1e999}}'),
        ("/documents", b'{"text": 1e999}'),
        ("/documents", b'{"text": "China \\ud800 x"}'),
        ("/documents", b'{"text": "China supports Russia.", "name": "a\\udcff"}'),
        ("/documents", ('{"text": "China supports Russia.", "name": "' + "中" * 100 + '"}').encode()),
        ("/queries/state_votes", b'{"params": {"state": 1e999}}'),
    ],
)
def test_a_body_the_api_cannot_take_is_422(api: httpx.Client, api_key: str, path: str, body: bytes) -> None:
    response = api.post(
        path, content=body, headers={"Content-Type": "application/json", "Authorization": f"Bearer {api_key}"}
    )
    assert response.status_code == 422, response.text
    problem = response.json()  # RFC 9457 problem details, each failed check in errors
    assert problem["code"] == "invalid_request" and isinstance(problem["errors"], list) and problem["errors"]
