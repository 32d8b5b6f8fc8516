// question: Which documents mention an actor, and how often?
// param actor: id of the actor
// param since?: documents published from (YYYY, YYYY-MM or YYYY-MM-DD)
// param until?: documents published until
// example actor: "person:xi-jinping"
// example since: "2015"
// example until: "2025"
// returns: doc_id, title, publisher, published, mentions (how many claims of the document name the actor)
MATCH (d:Document)-[m:MENTIONS]->(a:Actor {id: $actor})
WHERE ($since IS NULL OR d.published + '~' >= $since) AND ($until IS NULL OR d.published <= $until + '~')
RETURN d.id AS doc_id, d.title AS title, d.publisher AS publisher, d.published AS published, m.count AS mentions
ORDER BY coalesce(published, '') DESC, doc_id
