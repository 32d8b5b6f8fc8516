// question: What were the vote tallies of the resolutions a body adopted in a period?
// param body?: id of the adopting body, e.g. "org:unga" (default: any body)
// param since?: start of the period: YYYY, YYYY-MM or YYYY-MM-DD
// param until?: end of the period
// example body: "org:unga"
// example since: "2022"
// example until: "2022"
// returns: resolution, symbol, date, body, yes, no, abstain, total (yes + no + abstain), doc_id; one row per document reporting a tally
MATCH (b:Organisation)-[a:ADOPTS]->(res:Resolution)
WHERE $body IS NULL OR b.id = $body
WITH b, a, res, coalesce(a.date, res.date, a.as_of) AS at
// the period `at` names, as dates: its first day, and the first day after it
WITH b, a, res, at, date(at) AS starts,
     date(at) + CASE size(at) WHEN 4 THEN duration({years: 1}) WHEN 7 THEN duration({months: 1}) ELSE duration({days: 1}) END AS after
WHERE ($since IS NULL OR after > date($since)) AND ($until IS NULL OR starts <= date($until))
WITH b, a, res, at, coalesce(a.yes, res.yes) AS yes, coalesce(a.no, res.no) AS no,
     coalesce(a.abstain, res.abstain) AS abstain
RETURN res.id AS resolution, res.symbol AS symbol, at AS date, b.name AS body,
       yes, no, abstain, yes + no + abstain AS total, a.doc_id AS doc_id
ORDER BY date, resolution, doc_id
