// question: Which organisations or groups are two actors both members of?
// param a: id of the first actor
// param b: id of the second actor
// example a: "state:CHN"
// example b: "state:RUS"
// returns: organisation, name, a_statuses, b_statuses (a status such as "expelled" is kept: check it)
MATCH (x:Actor {id: $a})-[ma:MEMBER_OF]->(o:Actor)<-[mb:MEMBER_OF]-(y:Actor {id: $b})
RETURN o.id AS organisation, o.name AS name,
       collect(DISTINCT coalesce(ma.status, 'member')) AS a_statuses,
       collect(DISTINCT coalesce(mb.status, 'member')) AS b_statuses
ORDER BY name, organisation
