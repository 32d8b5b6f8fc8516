// question: Which actors are said to impose sanctions on an actor, and in which documents?
// param target: id of the sanctioned actor
// param since?: start of the period: YYYY, YYYY-MM or YYYY-MM-DD
// param until?: end of the period
// example target: "state:RUS"
// example since: "2022"
// example until: "2022"
// returns: actor, name, kind, date, status, doc_id, evidence
MATCH (s:Actor)-[r:SANCTIONS]->(t:Actor {id: $target})
WITH s, r, coalesce(r.date, r.as_of) AS at
WHERE ($since IS NULL OR at + '~' >= $since) AND ($until IS NULL OR at <= $until + '~')
RETURN s.id AS actor, s.name AS name, head([l IN labels(s) WHERE l <> 'Actor']) AS kind,
       r.date AS date, r.status AS status, r.doc_id AS doc_id, r.evidence AS evidence
ORDER BY name, doc_id, coalesce(date, '')
