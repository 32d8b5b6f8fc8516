// question: How did each state vote on a resolution?
// param resolution: id of the resolution
// example resolution: "resolution:unga-es-11-1"
// returns: actor, name, choice (yes/no/abstain/absent), source_says, evidence, doc_id
MATCH (s:Actor)-[v:SUPPORTS|OPPOSES|ABSTAINS]->(res:Resolution {id: $resolution})
WHERE v.choice IS NOT NULL OR type(v) = 'ABSTAINS'
RETURN s.id AS actor, s.name AS name, coalesce(v.choice, 'abstain') AS choice,
       v.source_says AS source_says, v.evidence AS evidence, v.doc_id AS doc_id
ORDER BY choice, name, doc_id
