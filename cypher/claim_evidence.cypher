// question: What is the evidence behind a claim, and which document does it come from?
// param key: the claim's key (from any other query's key column, or GET /claims)
// example key: "c-4bb2fc963979ed3b17ab155e"
// returns: relation, subject, subject_name, object, object_name, date, evidence, start_offset, end_offset, lang, confidence, extractor, doc_id, title, published, url, offsets_match (the text at start:end is the evidence)
MATCH (s)-[r]->(o)
WHERE r.key = $key
OPTIONAL MATCH (d:Document {id: r.doc_id})
RETURN type(r) AS relation, s.id AS subject, s.name AS subject_name, o.id AS object, o.name AS object_name,
       r.date AS date, r.evidence AS evidence, r.start AS start_offset, r.end AS end_offset, r.lang AS lang,
       r.confidence AS confidence, r.extractor AS extractor, r.doc_id AS doc_id, d.title AS title,
       d.published AS published, d.url AS url,
       // coalesce: FalkorDB refuses a null offset in substring() (a text of null gives null)
       substring(d.text, coalesce(r.start, 0), coalesce(r.end, 0) - coalesce(r.start, 0)) = r.evidence AS offsets_match
