// question: Which documents mention an actor, and how often?
// param actor: id of the actor
// param since?: documents published from (YYYY, YYYY-MM or YYYY-MM-DD)
// param until?: documents published until
// example actor: "person:xi-jinping"
// example since: "2015"
// example until: "2025"
// returns: doc_id, title, publisher, published, mentions (how many claims of the document name the actor)
MATCH (d:Document)-[m:MENTIONS]->(a:Actor {id: $actor})
// the period the publication date names, as dates: its first day, and the first day after it
WITH d, m, d.published AS at
WITH d, m, date(at) AS starts,
     date(at) + CASE size(at) WHEN 4 THEN duration({years: 1}) WHEN 7 THEN duration({months: 1}) ELSE duration({days: 1}) END AS after
WHERE ($since IS NULL OR after > date($since)) AND ($until IS NULL OR starts <= date($until))
RETURN d.id AS doc_id, d.title AS title, d.publisher AS publisher, d.published AS published, m.count AS mentions
ORDER BY coalesce(published, '') DESC, doc_id
