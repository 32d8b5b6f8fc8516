// question: Where do two actors take opposite positions (one supports what the other opposes, votes included)?
// param a: id of the first actor
// param b: id of the second actor
// example a: "state:USA"
// example b: "state:RUS"
// returns: target, target_name, a_stance, b_stance, a_docs, b_docs
MATCH (x:Actor {id: $a})-[ra:SUPPORTS|OPPOSES]->(t)<-[rb:SUPPORTS|OPPOSES]-(y:Actor {id: $b})
WHERE type(ra) <> type(rb)
RETURN t.id AS target, t.name AS target_name, type(ra) AS a_stance, type(rb) AS b_stance,
       collect(DISTINCT ra.doc_id) AS a_docs, collect(DISTINCT rb.doc_id) AS b_docs
ORDER BY target_name, target, a_stance
