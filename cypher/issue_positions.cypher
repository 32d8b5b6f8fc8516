// question: Who takes which position on issues matching some words, and when (e.g. who opposes NATO expansion; how China's support for sovereignty is stated over the years)?
// param terms?: words to find in the issue's name or an alias, any language, case-insensitive; null for every issue
// param actor?: only this actor's positions
// param stances?: relationship types to keep (default: SUPPORTS, OPPOSES, PROPOSES, CONDEMNS)
// param since?: start of the period: YYYY, YYYY-MM or YYYY-MM-DD (claim date, else the document's)
// param until?: end of the period
// example terms: ["sovereignty"]
// example actor: "state:CHN"
// example stances: ["SUPPORTS"]
// example since: "2015"
// example until: "2025"
// returns: actor, name, stance, issue, issue_name, date, as_of, status (e.g. abandoned), speaker, scope, doc_id, doc_published, evidence; oldest document first
MATCH (x:Actor)-[r:SUPPORTS|OPPOSES|PROPOSES|CONDEMNS]->(i:Issue)
WHERE ($actor IS NULL OR x.id = $actor)
  AND ($stances IS NULL OR type(r) IN $stances)
  AND ($terms IS NULL OR any(t IN $terms WHERE any(n IN [i.name] + coalesce(i.aliases, []) WHERE toLower(n) CONTAINS toLower(t))))
WITH x, r, i, coalesce(r.date, r.as_of) AS at
// the period `at` names, as dates: its first day, and the first day after it
WITH x, r, i, at, date(at) AS starts,
     date(at) + CASE size(at) WHEN 4 THEN duration({years: 1}) WHEN 7 THEN duration({months: 1}) ELSE duration({days: 1}) END AS after
WHERE ($since IS NULL OR after > date($since)) AND ($until IS NULL OR starts <= date($until))
OPTIONAL MATCH (d:Document {id: r.doc_id})
RETURN x.id AS actor, x.name AS name, type(r) AS stance, i.id AS issue, i.name AS issue_name,
       r.date AS date, r.as_of AS as_of, r.status AS status, r.speaker AS speaker, r.scope AS scope,
       r.doc_id AS doc_id, d.published AS doc_published, r.evidence AS evidence
ORDER BY coalesce(doc_published, date, ''), name, issue, stance, doc_id
