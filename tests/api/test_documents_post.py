"""POST /documents: bearer-key auth, and a posted text going through the real load and extraction."""

from __future__ import annotations

import httpx
import pytest

TEXT = "China and Russia oppose unilateral sanctions. Xi Jinping visited Moscow in May 2015.\n"


def _auth(key: str) -> dict[str, str | bytes]:
    return {"Authorization": f"Bearer {key}"}


def test_disabled_without_a_configured_key(make_live_app, api_store, settings_for_tests) -> None:
    with (
        make_live_app(store=api_store, settings=settings_for_tests(api_key=None)) as (_, url),
        httpx.Client(base_url=url, timeout=60) as c,
    ):
        response = c.post("/documents", json={"text": TEXT}, headers=_auth("anything-at-all-here"))
        assert response.status_code == 403
        assert "DIPLOGRAPH_API_KEY" in response.json()["detail"]


@pytest.mark.parametrize(
    "headers",
    [
        {},
        _auth("wrong-key-0123456789"),
        {"Authorization": "Basic dXNlcjpwdw=="},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer ключ-неверный-123456".encode()},
    ],
)
def test_missing_or_wrong_key_is_401(api: httpx.Client, headers: dict) -> None:
    response = api.post("/documents", json={"text": TEXT}, headers=headers)
    assert response.status_code == 401
    assert response.headers["www-authenticate"] == "Bearer"
    assert response.json()["code"] == "unauthorized"
    assert api.get("/documents").json()["count"] == 5  # nothing was written


def test_post_then_repost_then_change(api: httpx.Client, api_key: str) -> None:
    body = {
        "text": TEXT,
        "name": "posted-note",
        "title": "A posted note",
        "published": "2015-05-20",
        "languages": ["en"],
        "metadata": {"desk": "Europe", "priority": 2},
    }
    first = api.post("/documents", json=body, headers=_auth(api_key))
    assert first.status_code == 201, first.text
    assert first.json()["doc_id"] == "doc:posted-note" and first.json()["status"] == "created"
    again = api.post("/documents", json=body, headers=_auth(api_key))
    assert again.status_code == 200 and again.json()["status"] == "unchanged"
    changed = api.post(
        "/documents", json={**body, "text": TEXT + "Russia supports multipolarity.\n"}, headers=_auth(api_key)
    )
    assert changed.status_code == 200 and changed.json()["status"] == "replaced"
    doc = api.get("/documents/doc:posted-note", params={"include_text": True}).json()
    assert doc["title"] == "A posted note" and doc["published"] == "2015-05-20"
    assert doc["properties"]["desk"] == "Europe" and doc["properties"]["priority"] == 2
    assert doc["text"].endswith("Russia supports multipolarity.\n")
    for claim in doc["claims"]:
        assert doc["text"][claim["start"] : claim["end"]] == claim["evidence"]
    assert api.get("/documents").json()["count"] == 6


def test_markdown_front_matter_is_metadata(api: httpx.Client, api_key: str) -> None:
    text = "---\ntitle: Briefing on sanctions\ndate: '2022-03-01'\nsource_url: https://example.org/b\n---\n" + TEXT
    response = api.post("/documents", json={"text": text, "format": "markdown"}, headers=_auth(api_key))
    assert response.status_code == 201, response.text
    doc = api.get(f"/documents/{response.json()['doc_id']}", params={"include_text": True}).json()
    assert doc["title"] == "Briefing on sanctions" and doc["published"] == "2022-03-01"
    assert doc["url"] == "https://example.org/b"
    assert not doc["text"].startswith("---")
    assert response.json()["doc_id"].startswith("doc:posted-")


@pytest.mark.parametrize(
    ("body", "status"),
    [
        ({"text": ""}, 422),
        ({"text": "   \n"}, 422),
        ({"text": "a\u0000b"}, 422),
        ({"text": "x", "published": "March 2022"}, 422),
        ({"text": "x", "name": "../escape"}, 422),
        ({"text": "x", "name": ".."}, 422),
        ({"text": "---\ntitle: [unclosed\n---\nbody", "format": "markdown"}, 422),
        ({"text": "x", "metadata": {"bad key": 1}}, 422),
        ({"text": "x", "metadata": {"nested": {"a": 1}}}, 422),
        ({"text": "x", "format": "pdf"}, 422),
    ],
)
def test_unreadable_documents_are_422(api: httpx.Client, api_key: str, body: dict, status: int) -> None:
    response = api.post("/documents", json=body, headers=_auth(api_key))
    assert response.status_code == status, response.text
    assert api.get("/documents").json()["count"] == 5


def test_too_large_is_413(make_live_app, api_store, settings_for_tests, api_key: str) -> None:
    with (
        make_live_app(store=api_store, settings=settings_for_tests(max_file_bytes=1000)) as (_, url),
        httpx.Client(base_url=url, timeout=60) as c,
    ):
        response = c.post("/documents", json={"text": "x" * 1001}, headers=_auth(api_key))
        assert response.status_code == 413 and response.json()["code"] == "payload_too_large"
