// question: Which countries (or actors) did an actor visit in a period, and when?
// param actor: id of the visitor
// param since?: start of the period: YYYY, YYYY-MM or YYYY-MM-DD
// param until?: end of the period
// example actor: "person:vladimir-putin"
// example since: "2022"
// example until: "2022"
// returns: visited, name, date, evidence, doc_id
MATCH (a:Actor {id: $actor})-[r:VISITS]->(v:Actor)
WITH v, r, coalesce(r.date, r.as_of) AS at
// the period `at` names, as dates: its first day, and the first day after it
WITH v, r, at, date(at) AS starts,
     date(at) + CASE size(at) WHEN 4 THEN duration({years: 1}) WHEN 7 THEN duration({months: 1}) ELSE duration({days: 1}) END AS after
WHERE ($since IS NULL OR after > date($since)) AND ($until IS NULL OR starts <= date($until))
RETURN v.id AS visited, v.name AS name, at AS date, r.evidence AS evidence, r.doc_id AS doc_id
ORDER BY date, visited, doc_id
