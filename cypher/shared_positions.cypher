// question: On which issues (or actors, events) do two actors take the same position?
// param a: id of the first actor
// param b: id of the second actor
// example a: "state:CHN"
// example b: "state:RUS"
// returns: target, target_name, stance (SUPPORTS, OPPOSES, PROPOSES or CONDEMNS), a_docs, b_docs
MATCH (x:Actor {id: $a})-[ra:SUPPORTS|OPPOSES|PROPOSES|CONDEMNS]->(t)<-[rb:SUPPORTS|OPPOSES|PROPOSES|CONDEMNS]-(y:Actor {id: $b})
WHERE type(ra) = type(rb)
RETURN t.id AS target, t.name AS target_name, type(ra) AS stance,
       collect(DISTINCT ra.doc_id) AS a_docs, collect(DISTINCT rb.doc_id) AS b_docs
ORDER BY stance, target_name, target
