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
WHERE ($since IS NULL OR at + '~' >= $since) AND ($until IS NULL OR at <= $until + '~')
RETURN v.id AS visited, v.name AS name, at AS date, r.evidence AS evidence, r.doc_id AS doc_id
ORDER BY date, visited, doc_id
