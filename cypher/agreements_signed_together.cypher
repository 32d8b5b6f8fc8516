// question: Which agreements did two actors both sign in a period (e.g. China and Russia in February 2022)?
// param a: id of the first signatory
// param b: id of the second signatory
// param since?: start of the period: YYYY, YYYY-MM or YYYY-MM-DD
// param until?: end of the period
// example a: "state:CHN"
// example b: "state:RUS"
// example since: "2022-02"
// example until: "2022-02"
// returns: agreement, name, date, doc_ids
MATCH (x:Actor {id: $a})-[ra:SIGNS]->(g:Agreement)<-[rb:SIGNS]-(y:Actor {id: $b})
WITH g, ra, coalesce(ra.date, g.date, ra.as_of) AS at
// the period `at` names, as dates: its first day, and the first day after it
WITH g, ra, at, date(at) AS starts,
     date(at) + CASE size(at) WHEN 4 THEN duration({years: 1}) WHEN 7 THEN duration({months: 1}) ELSE duration({days: 1}) END AS after
WHERE ($since IS NULL OR after > date($since)) AND ($until IS NULL OR starts <= date($until))
RETURN g.id AS agreement, g.name AS name, at AS date, collect(DISTINCT ra.doc_id) AS doc_ids
ORDER BY date, name
