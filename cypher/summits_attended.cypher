// question: Which summits, meetings or ceremonies did an actor attend in a period (e.g. Putin in 2022)?
// param actor: id of the actor
// param since?: start of the period: YYYY, YYYY-MM or YYYY-MM-DD
// param until?: end of the period
// example actor: "person:vladimir-putin"
// example since: "2022"
// example until: "2022"
// returns: event, name, date, place, hosts (names), evidence, doc_id
MATCH (a:Actor {id: $actor})-[r:ATTENDS]->(e:Event)
WITH e, r, coalesce(r.date, e.date, r.as_of) AS at
// the period `at` names, as dates: its first day, and the first day after it
WITH e, r, at, date(at) AS starts,
     date(at) + CASE size(at) WHEN 4 THEN duration({years: 1}) WHEN 7 THEN duration({months: 1}) ELSE duration({days: 1}) END AS after
WHERE ($since IS NULL OR after > date($since)) AND ($until IS NULL OR starts <= date($until))
OPTIONAL MATCH (h:Actor)-[:HOSTS]->(e)
WITH e, r, at, collect(DISTINCT h.name) AS hosts
RETURN e.id AS event, e.name AS name, at AS date, e.place AS place, hosts,
       r.evidence AS evidence, r.doc_id AS doc_id
ORDER BY date, event, doc_id
