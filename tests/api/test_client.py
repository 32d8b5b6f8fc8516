"""A client generated from the OpenAPI document with openapi-python-client, as a dashboard developer
would make one, calling a real server: named methods, shared enums, typed pages and errors."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import httpx

from diplograph.graph.stores import GraphStore

from ..fixtures.sample_graph import ensure_sample

BIN = Path(sys.executable).parent


def test_generated_client_calls_the_api(
    make_live_app: Any, embedded_store: GraphStore, tmp_path: Path, monkeypatch: Any
) -> None:
    ensure_sample(embedded_store)
    with make_live_app(store=embedded_store) as (_, url):
        (tmp_path / "openapi.json").write_text(json.dumps(httpx.get(f"{url}/openapi.json").json()))
        # the generator formats its output with ruff, found on PATH (the venv's)
        env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
        done = subprocess.run(
            [
                str(BIN / "openapi-python-client"),
                "generate",
                "--path",
                "openapi.json",
                "--meta",
                "none",
                "--output-path",
                "diplograph_client",
            ],
            cwd=tmp_path,
            env=env,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert done.returncode == 0, done.stdout + done.stderr
        assert "Warning" not in done.stdout + done.stderr, done.stdout + done.stderr
        models = sorted(p.stem for p in (tmp_path / "diplograph_client" / "models").glob("*.py"))
        assert "granularity" in models and not [m for m in models if "granularity" in m and m != "granularity"][1:]
        assert len(models) < 115  # one model per shared enum, not one per use

        monkeypatch.syspath_prepend(str(tmp_path))
        client_module = importlib.import_module("diplograph_client")
        actors = importlib.import_module("diplograph_client.api.actors.list_actors")
        get_actor = importlib.import_module("diplograph_client.api.actors.get_actor")
        timeline = importlib.import_module("diplograph_client.api.positions.get_position_timeline")
        list_queries = importlib.import_module("diplograph_client.api.queries.list_queries")
        enums = importlib.import_module("diplograph_client.models")

        with client_module.Client(base_url=url, raise_on_unexpected_status=True) as client:
            found = actors.sync(client=client, q="中国", limit=1)
            assert found.count >= 1 and found.data[0].id == "state:CHN" and found.data[0].kind == enums.ActorKind.STATE
            assert found.next_ == (1 if found.count > 1 else None)

            positions = timeline.sync(client=client, actor="state:CHN", granularity=enums.Granularity.YEAR, limit=2)
            assert positions.actor.id == "state:CHN" and positions.count >= len(positions.data)
            for entry in positions.data:
                assert entry.claim_count == len(entry.claims) >= 1
                assert all(isinstance(c.evidence, str) and c.evidence for c in entry.claims)

            queries = list_queries.sync(client=client)
            assert queries.count == len(queries.data) >= 20 and queries.next_ is None

            missing = get_actor.sync_detailed(client=client, id="state:XXX")
            assert missing.status_code == 404
            assert isinstance(missing.parsed, enums.Problem) and missing.parsed.code == "not_found"
            assert missing.parsed.status == 404 and "state:XXX" in missing.parsed.detail
