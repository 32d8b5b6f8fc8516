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
WHERE ($since IS NULL OR at + '~' >= $since) AND ($until IS NULL OR at <= $until + '~')
RETURN s.id AS actor, s.name AS name, at AS date, r.evidence AS evidence, r.doc_id AS doc_id
ORDER BY date, name, doc_id
