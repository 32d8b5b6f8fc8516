// question: Which actors are the subject of the most claims (optionally of some types, in a period)?
// param types?: relationship types to count, e.g. ["SUPPORTS", "OPPOSES"] (default: every claim type)
// param since?: start of the period: YYYY, YYYY-MM or YYYY-MM-DD
// param until?: end of the period
// param top: how many actors
// example types: ["SUPPORTS", "OPPOSES"]
// example since: "2015"
// example until: "2025"
// example top: 5
// returns: actor, name, claims
MATCH (a:Actor)-[r]->()
WHERE type(r) <> 'MENTIONS' AND ($types IS NULL OR type(r) IN $types)
WITH a, coalesce(r.date, r.as_of) AS at
// the period `at` names, as dates: its first day, and the first day after it
WITH a, at, date(at) AS starts,
     date(at) + CASE size(at) WHEN 4 THEN duration({years: 1}) WHEN 7 THEN duration({months: 1}) ELSE duration({days: 1}) END AS after
WHERE ($since IS NULL OR after > date($since)) AND ($until IS NULL OR starts <= date($until))
RETURN a.id AS actor, a.name AS name, count(*) AS claims
ORDER BY claims DESC, name
LIMIT $top
