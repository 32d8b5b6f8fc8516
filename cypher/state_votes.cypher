// question: How did a state vote on the resolutions of a period (e.g. China in the 2022 General Assembly votes on Ukraine)?
// param state: contract id of the state (or any actor) whose votes to list
// param since?: start of the period: YYYY, YYYY-MM or YYYY-MM-DD (votes overlapping it are kept)
// param until?: end of the period, same forms
// example state: "state:CHN"
// example since: "2022"
// example until: "2022"
// returns: resolution (id), symbol, name, date, choice (yes/no/abstain/absent), source_says (the source's own word where it was normalised, e.g. "vetoed"), evidence, doc_id
// A vote is an ABSTAINS, or a SUPPORTS/OPPOSES carrying a `choice`; other support or opposition
// of a resolution is a position, not a vote (see issue_positions).
MATCH (s:Actor {id: $state})-[v:SUPPORTS|OPPOSES|ABSTAINS]->(res:Resolution)
WHERE v.choice IS NOT NULL OR type(v) = 'ABSTAINS'
WITH res, v, coalesce(v.date, res.date, v.as_of) AS at
// the period `at` names, as dates: its first day, and the first day after it
WITH res, v, at, date(at) AS starts,
     date(at) + CASE size(at) WHEN 4 THEN duration({years: 1}) WHEN 7 THEN duration({months: 1}) ELSE duration({days: 1}) END AS after
WHERE ($since IS NULL OR after > date($since)) AND ($until IS NULL OR starts <= date($until))
RETURN res.id AS resolution, res.symbol AS symbol, res.name AS name, at AS date,
       coalesce(v.choice, 'abstain') AS choice, v.source_says AS source_says,
       v.evidence AS evidence, v.doc_id AS doc_id
ORDER BY date, resolution, doc_id
