// question: Who condemned an actor in a period (e.g. which bodies condemned Russia in 2022)?
// param target: id of the condemned actor
// param kind?: only condemners of this kind: State, Person, Organisation or Group
// param since?: start of the period: YYYY, YYYY-MM or YYYY-MM-DD
// param until?: end of the period
// example target: "state:RUS"
// example kind: "Organisation"
// example since: "2022"
// example until: "2022"
// returns: actor, name, date, evidence, doc_id
MATCH (s:Actor)-[r:CONDEMNS]->(t:Actor {id: $target})
WHERE $kind IS NULL OR $kind IN labels(s)
WITH s, r, coalesce(r.date, r.as_of) AS at
// the period `at` names, as dates: its first day, and the first day after it
WITH s, r, at, date(at) AS starts,
     date(at) + CASE size(at) WHEN 4 THEN duration({years: 1}) WHEN 7 THEN duration({months: 1}) ELSE duration({days: 1}) END AS after
WHERE ($since IS NULL OR after > date($since)) AND ($until IS NULL OR starts <= date($until))
RETURN s.id AS actor, s.name AS name, at AS date, r.evidence AS evidence, r.doc_id AS doc_id
ORDER BY date, name, doc_id
