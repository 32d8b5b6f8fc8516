// question: Which offices is a person said to hold at a date?
// param person: id of the person
// param date: YYYY, YYYY-MM or YYYY-MM-DD; a claim counts when its date (else its document's) agrees at the coarser precision
// example person: "person:donald-trump"
// example date: "2025-08-15"
// returns: role, of, of_name, date (of the claim), evidence, doc_id
MATCH (p:Person {id: $person})-[o:HOLDS_OFFICE]->(x:Actor)
WITH o, x, coalesce(o.date, o.as_of) AS at
WHERE at STARTS WITH $date OR $date STARTS WITH at
RETURN o.role AS role, x.id AS of, x.name AS of_name, at AS date, o.evidence AS evidence, o.doc_id AS doc_id
ORDER BY date, role, doc_id
