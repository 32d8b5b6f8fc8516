"""Random speech position claims to judge by hand (docs/judging.md), from a JSON-lines export.

    diplograph export --store STORE -o graph.jsonl
    python bench/claim_sample.py graph.jsonl --seed S [--n 100]

Draws N position claims (SUPPORTS, OPPOSES, CONDEMNS, PROPOSES, ABSTAINS) on an Issue that a
General Debate speech made (date basis ``session``), and prints each with what a judge needs: the
document and offsets (the key a later ingest's claim is looked up by), the holder, the relation,
the text's own phrase, the node it landed on and the evidence sentence.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

POSITION_TYPES = {"SUPPORTS", "OPPOSES", "CONDEMNS", "PROPOSES", "ABSTAINS"}


def read_speech_claims(path: Path) -> tuple[dict[str, dict], list[dict]]:
    """Every node's properties by id, and the speech position claims that end at an Issue."""
    nodes: dict[str, dict] = {}
    claims = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            obj = json.loads(line)
            if obj["type"] == "node":
                nodes[obj["id"]] = obj["properties"]
            elif (
                obj["label"] in POSITION_TYPES
                and obj["end"]["id"].startswith("issue:")
                and obj["properties"].get("date_basis") == "session"
            ):
                claims.append(obj)
    return nodes, claims


def describe(n: int, claim: dict, nodes: dict[str, dict]) -> str:
    p = claim["properties"]
    issue = nodes.get(claim["end"]["id"], {})
    where = "taxonomy" if issue.get("taxonomy") else "own node"
    parent = f" < {issue['parent_name']}" if issue.get("parent_name") else ""
    holder = nodes.get(claim["start"]["id"], {}).get("name", claim["start"]["id"])
    return (
        f"[{n}] {p['doc_id']} {p['start']}-{p['end']}  {holder} ({claim['start']['id']}) "
        f"{claim['label']}\n"
        f"    phrase: {p.get('target_text')!r}{_turned(p.get('extractor') or '')}\n"
        f"    node:   {issue.get('name', claim['end']['id'])}{parent} ({where}, {p.get('issue_rule')})\n"
        f"    claim:  {holder} {claim['label']} '{issue.get('name', claim['end']['id'])}'\n"
        f"    evidence: {p['evidence']}\n"
    )


def _turned(extractor: str) -> str:
    """Say when the relation was turned round to be the stance on the node, not on the phrase: a
    judge reading "SUPPORTS" next to a harm's phrase must know it is the stance on the node."""
    steps = extractor.split("+")[1:]
    why = [
        {"countered": "the phrase counters a harm", "opposite": "the phrase names the node's opposite"}[s]
        for s in steps
        if s in ("countered", "opposite")
    ]
    return f"  ({'; '.join(why)}: the relation is turned round to be the stance on the node)" if why else ""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("export", type=Path)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--n", type=int, default=100)
    args = parser.parse_args()
    nodes, claims = read_speech_claims(args.export)
    claims.sort(key=lambda c: c["id"])  # the export's line order is not part of the seed's draw
    for n, claim in enumerate(random.Random(args.seed).sample(claims, min(args.n, len(claims))), 1):
        print(describe(n, claim, nodes))


if __name__ == "__main__":
    main()
