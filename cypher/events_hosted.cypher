// question: Which actors hosted which summits or events in a period (e.g. which states hosted summits in 2022)?
// param kind?: only hosts of this kind: State, Person, Organisation or Group
// param since?: start of the period: YYYY, YYYY-MM or YYYY-MM-DD
// param until?: end of the period
// example kind: "State"
// example since: "2022"
// example until: "2022"
// returns: host, name, event, event_name, date, place, doc_id
MATCH (h:Actor)-[r:HOSTS]->(e:Event)
WHERE $kind IS NULL OR $kind IN labels(h)
WITH h, r, e, coalesce(r.date, e.date, r.as_of) AS at
// the period `at` names, as dates: its first day, and the first day after it
WITH h, r, e, at, date(at) AS starts,
     date(at) + CASE size(at) WHEN 4 THEN duration({years: 1}) WHEN 7 THEN duration({months: 1}) ELSE duration({days: 1}) END AS after
WHERE ($since IS NULL OR after > date($since)) AND ($until IS NULL OR starts <= date($until))
RETURN h.id AS host, h.name AS name, e.id AS event, e.name AS event_name, at AS date,
       e.place AS place, r.doc_id AS doc_id
ORDER BY date, event, host, doc_id
