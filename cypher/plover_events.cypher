// question: Which claims by an actor are coded as a PLOVER event (e.g. Xi Jinping's CONSULT visits), how intense, and when?
// param actor: id of the acting actor (the claim's subject)
// param event: a PLOVER event type: AGREE, CONSULT, SUPPORT, COOPERATE, REJECT, ACCUSE, SANCTION, ... (graph/data/plover.yaml)
// param mode?: only this PLOVER mode of the event (e.g. visit, multilateral, cancel, sever)
// param since?: start of the period: YYYY, YYYY-MM or YYYY-MM-DD
// param until?: end of the period
// example actor: "person:xi-jinping"
// example event: "CONSULT"
// example mode: "visit"
// example since: "2015"
// example until: "2015"
// returns: type, target, name, plover_event, plover_mode, intensity, date, doc_id, evidence
// The stores code every claim when they write it (graph/plover.py): the event, the mode where one
// fits, and the signed intensity of the PLOVER manual's scale (-10 conflict .. +10 cooperation).
MATCH (a:Actor {id: $actor})-[r]->(t)
WHERE r.plover_event = $event AND ($mode IS NULL OR r.plover_mode = $mode)
WITH r, t, coalesce(r.date, r.as_of) AS at
// the period `at` names, as dates: its first day, and the first day after it
WITH r, t, at, date(at) AS starts,
     date(at) + CASE size(at) WHEN 4 THEN duration({years: 1}) WHEN 7 THEN duration({months: 1}) ELSE duration({days: 1}) END AS after
WHERE ($since IS NULL OR after > date($since)) AND ($until IS NULL OR starts <= date($until))
RETURN type(r) AS type, t.id AS target, coalesce(t.name, t.id) AS name, r.plover_event AS plover_event,
       r.plover_mode AS plover_mode, r.intensity AS intensity, at AS date, r.doc_id AS doc_id, r.evidence AS evidence
ORDER BY date, target, type, doc_id
