// question: Who is described as a member of an organisation or group, and with what status?
// param organisation: id of the organisation or group
// example organisation: "org:sco"
// returns: member, name, statuses, doc_ids
MATCH (a:Actor)-[m:MEMBER_OF]->(o:Actor {id: $organisation})
RETURN a.id AS member, a.name AS name, collect(DISTINCT coalesce(m.status, 'member')) AS statuses,
       collect(DISTINCT m.doc_id) AS doc_ids
ORDER BY name, member
