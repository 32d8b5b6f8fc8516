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
// the period `at` names, as dates: its first day, and the first day after it
WITH r, other, at, date(at) AS starts,
     date(at) + CASE size(at) WHEN 4 THEN duration({years: 1}) WHEN 7 THEN duration({months: 1}) ELSE duration({days: 1}) END AS after
WHERE ($since IS NULL OR after > date($since)) AND ($until IS NULL OR starts <= date($until))
RETURN type(r) AS relation, CASE WHEN startNode(r).id = $actor THEN 'out' ELSE 'in' END AS direction,
       other.id AS other_id, other.name AS other_name, at AS date, r.evidence AS evidence,
       r.doc_id AS doc_id, r.key AS key
ORDER BY coalesce(date, ''), relation, other_id, key
