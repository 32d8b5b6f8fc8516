// question: What do the vote tallies of a body's resolutions in a period sum to?
// param body?: id of the adopting body, e.g. "org:unga" (default: any body)
// param since?: start of the period: YYYY, YYYY-MM or YYYY-MM-DD
// param until?: end of the period
// example body: "org:unga"
// example since: "2022"
// example until: "2022"
// returns: resolutions (how many), yes, no, abstain, total; each resolution counted once even when several documents report its tally
MATCH (b:Organisation)-[a:ADOPTS]->(res:Resolution)
WHERE $body IS NULL OR b.id = $body
WITH a, res, coalesce(a.date, res.date, a.as_of) AS at
// the period `at` names, as dates: its first day, and the first day after it
WITH a, res, at, date(at) AS starts,
     date(at) + CASE size(at) WHEN 4 THEN duration({years: 1}) WHEN 7 THEN duration({months: 1}) ELSE duration({days: 1}) END AS after
WHERE ($since IS NULL OR after > date($since)) AND ($until IS NULL OR starts <= date($until))
WITH res, a ORDER BY a.doc_id
WITH res, head(collect(a)) AS a
WITH res, coalesce(a.yes, res.yes, 0) AS yes, coalesce(a.no, res.no, 0) AS no,
     coalesce(a.abstain, res.abstain, 0) AS abstain
// toInteger: FalkorDB sums integers into a float
RETURN count(res) AS resolutions, toInteger(sum(yes)) AS yes, toInteger(sum(no)) AS no,
       toInteger(sum(abstain)) AS abstain, toInteger(sum(yes + no + abstain)) AS total
