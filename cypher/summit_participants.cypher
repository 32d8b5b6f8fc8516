// question: Who attended and who hosted a summit, meeting or ceremony?
// param event: id of the event
// example event: "summit:sco-2022"
// returns: actor, name, role (ATTENDS or HOSTS), date, evidence, doc_id
MATCH (a:Actor)-[r:ATTENDS|HOSTS]->(e:Event {id: $event})
RETURN a.id AS actor, a.name AS name, type(r) AS role, coalesce(r.date, r.as_of) AS date,
       r.evidence AS evidence, r.doc_id AS doc_id
ORDER BY role, name, doc_id
