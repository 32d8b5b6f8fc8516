// question: Which organisations or groups is an actor described as belonging to, and with what status?
// param actor: id of the member
// example actor: "state:RUS"
// returns: organisation, name, acronym, statuses (as stated: member, expelled, suspended, ...), dates, doc_ids
MATCH (a:Actor {id: $actor})-[m:MEMBER_OF]->(o:Actor)
RETURN o.id AS organisation, o.name AS name, o.acronym AS acronym,
       collect(DISTINCT coalesce(m.status, 'member')) AS statuses,
       collect(DISTINCT coalesce(m.date, m.as_of)) AS dates, collect(DISTINCT m.doc_id) AS doc_ids
ORDER BY name, organisation
