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
// the period `at` names, as dates: its first day, and the first day after it
WITH s, r, at, date(at) AS starts,
     date(at) + CASE size(at) WHEN 4 THEN duration({years: 1}) WHEN 7 THEN duration({months: 1}) ELSE duration({days: 1}) END AS after
WHERE ($since IS NULL OR after > date($since)) AND ($until IS NULL OR starts <= date($until))
RETURN s.id AS actor, s.name AS name, head([l IN labels(s) WHERE l <> 'Actor']) AS kind,
       r.date AS date, r.status AS status, r.doc_id AS doc_id, r.evidence AS evidence
ORDER BY name, doc_id, coalesce(date, '')
