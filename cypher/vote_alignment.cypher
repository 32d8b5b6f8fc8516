// question: On which resolutions did two actors both vote, and did they vote alike?
// param a: id of the first actor
// param b: id of the second actor
// example a: "state:CHN"
// example b: "state:IND"
// returns: resolution, symbol, date, a_choice, b_choice, agree (true when the choices are equal)
MATCH (x:Actor {id: $a})-[va:SUPPORTS|OPPOSES|ABSTAINS]->(res:Resolution)<-[vb:SUPPORTS|OPPOSES|ABSTAINS]-(y:Actor {id: $b})
WHERE (va.choice IS NOT NULL OR type(va) = 'ABSTAINS') AND (vb.choice IS NOT NULL OR type(vb) = 'ABSTAINS')
WITH res, coalesce(va.choice, 'abstain') AS a_choice, coalesce(vb.choice, 'abstain') AS b_choice
RETURN DISTINCT res.id AS resolution, res.symbol AS symbol, res.date AS date, a_choice, b_choice,
       a_choice = b_choice AS agree
ORDER BY date, resolution, a_choice, b_choice
