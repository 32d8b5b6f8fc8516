"""How well positions add up on the issue taxonomy: issue 12's figures, from a JSON-lines export.

    diplograph export --store STORE -o graph.jsonl
    python bench/issue_coverage.py graph.jsonl [--sample 100 --seed 12]

Prints, for the position claims (SUPPORTS, OPPOSES, CONDEMNS, PROPOSES, ABSTAINS) that end at an
Issue: the issue nodes with a single claim (share of nodes, share of claims on them), the share of
claims on a taxonomy node, the claims by mapping rule (``issue_rule``), and with ``--sample N`` N
random taxonomy mappings (target_text -> node, rule, score) to judge by hand.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

POSITION_TYPES = {"SUPPORTS", "OPPOSES", "CONDEMNS", "PROPOSES", "ABSTAINS"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("export", type=Path)
    parser.add_argument("--sample", type=int, default=0, help="print this many random taxonomy mappings")
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()
    issues: dict[str, dict] = {}
    claims = []
    with args.export.open(encoding="utf-8") as f:
        for line in f:
            obj = json.loads(line)
            if obj["type"] == "node" and "Issue" in obj["labels"]:
                issues[obj["id"]] = obj["properties"]
            elif (
                obj["type"] == "relationship"
                and obj["label"] in POSITION_TYPES
                and obj["end"]["id"].startswith("issue:")
            ):
                claims.append(obj)
    per_node = Counter(c["end"]["id"] for c in claims)
    single = [n for n, k in per_node.items() if k == 1]
    on_taxonomy = [c for c in claims if issues.get(c["end"]["id"], {}).get("taxonomy")]
    rules = Counter(c["properties"].get("issue_rule", "(none recorded)") for c in claims)
    print(f"position claims on issues: {len(claims)}; issue nodes with positions: {len(per_node)}")
    print(f"issue nodes with a single claim: {len(single)} ({len(single) / max(1, len(per_node)):.1%})")
    print(f"position claims on such nodes: {len(single)} ({len(single) / max(1, len(claims)):.1%})")
    print(f"position claims on a taxonomy node: {len(on_taxonomy)} ({len(on_taxonomy) / max(1, len(claims)):.1%})")
    print("claims by mapping rule: " + ", ".join(f"{r} {n}" for r, n in rules.most_common()))
    if args.sample:
        rng = random.Random(args.seed)
        for c in rng.sample(on_taxonomy, min(args.sample, len(on_taxonomy))):
            p = c["properties"]
            score = f" {p['issue_score']:.3f}" if "issue_score" in p else ""
            print(f"{p.get('target_text')!r}\t-> {c['end']['id']}\t[{p.get('issue_rule')}{score}]\t{c['label']}")


if __name__ == "__main__":
    main()
