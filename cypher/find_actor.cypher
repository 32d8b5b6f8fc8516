// question: Which actors go by a name or alias (any language), and what are their ids?
// param name: part of a name or alias, case-insensitive, e.g. "putin" or "中国"
// example name: "中国"
// returns: id, kind, name, matched (the names and aliases that matched); exact matches first
MATCH (a:Actor)
WITH a, [x IN [a.name] + [y IN coalesce(a.aliases, []) WHERE y <> a.name] WHERE toLower(x) CONTAINS toLower($name)] AS matched
WHERE size(matched) > 0
RETURN a.id AS id, head([l IN labels(a) WHERE l <> 'Actor']) AS kind, a.name AS name, matched
ORDER BY CASE WHEN any(x IN matched WHERE toLower(x) = toLower($name)) THEN 0 ELSE 1 END, name, id
