// question: What does the graph record about an actor in a period: every claim it is part of, either direction?
// param actor: id of the actor
// param types?: relationship types to keep, e.g. ["SUPPORTS", "OPPOSES"] (default: every claim type)
// param since?: start of the period: YYYY, YYYY-MM or YYYY-MM-DD (claim date, else the document's)
// param until?: end of the period
// example actor: "state:CHN"
// example types: ["ABSTAINS", "OPPOSES", "SUPPORTS"]
// example since: "2022"
// example until: "2022"
// returns: relation, direction (out: the actor is the subject), other_id, other_name, date, evidence, doc_id, key
MATCH (a:Actor {id: $actor})-[r]-(other)
WHERE type(r) <> 'MENTIONS' AND ($types IS NULL OR type(r) IN $types)
WITH r, other, coalesce(r.date, r.as_of) AS at
WHERE ($since IS NULL OR at + '~' >= $since) AND ($until IS NULL OR at <= $until + '~')
RETURN type(r) AS relation, CASE WHEN startNode(r).id = $actor THEN 'out' ELSE 'in' END AS direction,
       other.id AS other_id, other.name AS other_name, at AS date, r.evidence AS evidence,
       r.doc_id AS doc_id, r.key AS key
ORDER BY coalesce(date, ''), relation, other_id, key
