// question: What contacts (meetings, visits, hosting) between two actors, or the states they hold office in, are recorded, and when?
// param a: id of the first actor (e.g. a head of state)
// param b: id of the second actor
// param since?: start of the period: YYYY, YYYY-MM or YYYY-MM-DD
// param until?: end of the period
// example a: "person:vladimir-putin"
// example b: "person:xi-jinping"
// example since: "2015"
// example until: "2025"
// returns: subject, relation (MEETS, VISITS, HOSTS), object, date, via_state (true when a state stands in for either actor), evidence, doc_id
// MEETS is symmetric and stored in either direction: subject and object are as stored.
MATCH (pa:Actor {id: $a})
OPTIONAL MATCH (pa)-[:HOLDS_OFFICE]->(sa:State)
WITH pa, collect(DISTINCT sa) AS states_a
MATCH (pb:Actor {id: $b})
OPTIONAL MATCH (pb)-[:HOLDS_OFFICE]->(sb:State)
WITH pa, states_a, pb, collect(DISTINCT sb) AS states_b
WITH [pa] + states_a AS side_a, [pb] + states_b AS side_b
UNWIND side_a AS x
UNWIND side_b AS y
MATCH (x)-[r:MEETS|VISITS|HOSTS]-(y)
WITH DISTINCT r, NOT (x.id = $a AND y.id = $b) AS via_state
WITH r, via_state, coalesce(r.date, r.as_of) AS at
// the period `at` names, as dates: its first day, and the first day after it
WITH r, via_state, at, date(at) AS starts,
     date(at) + CASE size(at) WHEN 4 THEN duration({years: 1}) WHEN 7 THEN duration({months: 1}) ELSE duration({days: 1}) END AS after
WHERE ($since IS NULL OR after > date($since)) AND ($until IS NULL OR starts <= date($until))
RETURN startNode(r).name AS subject, type(r) AS relation, endNode(r).name AS object, at AS date, via_state,
       r.evidence AS evidence, r.doc_id AS doc_id
ORDER BY coalesce(date, ''), relation, subject, doc_id
