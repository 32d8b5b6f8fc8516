// question: Which persons are stated to hold which offices (optionally in one state or organisation)?
// param of?: id of the state or organisation the office is in (default: any)
// example of: "state:RUS"
// returns: person, name, role, of, of_name, dates (claim dates, else document dates), doc_ids
MATCH (p:Person)-[o:HOLDS_OFFICE]->(x:Actor)
WHERE $of IS NULL OR x.id = $of
RETURN p.id AS person, p.name AS name, coalesce(o.role, '') AS role, x.id AS of, x.name AS of_name,
       collect(DISTINCT coalesce(o.date, o.as_of)) AS dates, collect(DISTINCT o.doc_id) AS doc_ids
ORDER BY name, role, of
