"""How well positions add up on the issue taxonomy: issue 12's figures, from a JSON-lines export.

    diplograph export --store STORE -o graph.jsonl
    python bench/issue_coverage.py graph.jsonl [--sample 100 --seed 12] [--remap] [--top 50]

Prints, for the position claims (SUPPORTS, OPPOSES, CONDEMNS, PROPOSES, ABSTAINS) that end at an
Issue: the issue nodes with a single claim (share of nodes, share of claims on them), the share of
claims on a taxonomy node, the claims by mapping rule (``issue_rule``), and with ``--sample N`` N
random taxonomy mappings (target_text -> node, rule, score) to judge by hand.

``--remap`` places every claim's ``target_text`` again with the current code and taxonomy
(extract/issues.py, extract/taxonomy/) instead of reading the node the ingest chose, so a change
to the taxonomy or the rule is measured on a whole corpus in seconds, without a re-ingest. Two
things the export does not keep are approximated: the phrase's head word (the last word before its
first preposition, as the vector step takes it) and the state a phrase names (a claim the ingest
placed by ``state`` keeps its node when the vocabulary still finds nothing and today's
``situation_named`` still accepts the phrase). Claims whose target
the current code refuses (extract/taxonomy/refusal.py ``refusal``) are counted and left out. ``--top N``
lists the N most frequent phrases (by lemma key) still off the taxonomy.
"""

from __future__ import annotations

import argparse
import json
import random
from collections import Counter
from pathlib import Path

POSITION_TYPES = {"SUPPORTS", "OPPOSES", "CONDEMNS", "PROPOSES", "ABSTAINS"}


def read_claims(path: Path) -> tuple[dict[str, dict], list[dict]]:
    """The Issue nodes' properties by id, and the position claims that end at an Issue."""
    issues: dict[str, dict] = {}
    claims = []
    with path.open(encoding="utf-8") as f:
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
    return issues, claims


def remap(issues: dict[str, dict], claims: list[dict]) -> tuple[list[dict], Counter[str]]:
    """The claims placed again from their ``target_text`` (see the module docstring), and the
    refused ones counted by the refusal's reason."""
    from diplograph.extract.issues import canonical_issue
    from diplograph.extract.taxonomy import head_word, issue_properties, place, refusal, situation_named

    out, refused = [], Counter()
    for c in claims:
        p = c["properties"]
        text = p.get("target_text")
        if not text:
            out.append(c)
            continue
        ref = canonical_issue(text, head_word(text))
        if not ref.known and p.get("issue_rule") == "state" and situation_named(text):
            out.append(c)
            continue
        placed = place(ref.id, ref.name, ref.surface, rule=ref.rule)
        why = refusal(ref.surface) if not placed.taxonomy else None
        if why is not None:
            refused[why] += 1
            continue
        issues[placed.id] = issue_properties(placed.id, placed.name)
        props = {k: v for k, v in p.items() if k != "issue_score"} | {"issue_rule": placed.rule}
        if placed.score is not None:
            props["issue_score"] = placed.score
        out.append({**c, "end": {**c["end"], "id": placed.id}, "properties": props})
    return out, refused


def report(issues: dict[str, dict], claims: list[dict]) -> list[dict]:
    """Prints the figures; returns the claims on a taxonomy node."""
    per_node = Counter(c["end"]["id"] for c in claims)
    single = [n for n, k in per_node.items() if k == 1]
    on_taxonomy = [c for c in claims if issues.get(c["end"]["id"], {}).get("taxonomy")]
    rules = Counter(c["properties"].get("issue_rule", "(none recorded)") for c in claims)
    print(f"position claims on issues: {len(claims)}; issue nodes with positions: {len(per_node)}")
    print(f"issue nodes with a single claim: {len(single)} ({len(single) / max(1, len(per_node)):.1%})")
    print(f"position claims on such nodes: {len(single)} ({len(single) / max(1, len(claims)):.1%})")
    print(f"position claims on a taxonomy node: {len(on_taxonomy)} ({len(on_taxonomy) / max(1, len(claims)):.1%})")
    print("claims by mapping rule: " + ", ".join(f"{r} {n}" for r, n in rules.most_common()))
    return on_taxonomy


def top_off_taxonomy(issues: dict[str, dict], claims: list[dict], n: int) -> None:
    from diplograph.extract.issues import lemma_key

    off = Counter(
        lemma_key(c["properties"].get("target_text") or c["end"]["id"])
        for c in claims
        if not issues.get(c["end"]["id"], {}).get("taxonomy")
    )
    for key, k in off.most_common(n):
        print(f"{k}\t{key}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("export", type=Path)
    parser.add_argument("--sample", type=int, default=0, help="print this many random taxonomy mappings")
    parser.add_argument("--seed", type=int, default=12)
    parser.add_argument("--remap", action="store_true", help="place every target_text again with today's code")
    parser.add_argument("--top", type=int, default=0, help="list this many frequent phrases off the taxonomy")
    args = parser.parse_args()
    issues, claims = read_claims(args.export)
    if args.remap:
        claims, refused = remap(issues, claims)
        print(
            f"refused as no issue: {sum(refused.values())} ({', '.join(f'{r} {n}' for r, n in refused.most_common())})"
        )
    on_taxonomy = report(issues, claims)
    if args.top:
        top_off_taxonomy(issues, claims, args.top)
    if args.sample:
        rng = random.Random(args.seed)
        for c in rng.sample(on_taxonomy, min(args.sample, len(on_taxonomy))):
            p = c["properties"]
            score = f" {p['issue_score']:.3f}" if "issue_score" in p else ""
            print(f"{p.get('target_text')!r}\t-> {c['end']['id']}\t[{p.get('issue_rule')}{score}]\t{c['label']}")


if __name__ == "__main__":
    main()
