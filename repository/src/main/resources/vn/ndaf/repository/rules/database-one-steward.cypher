// rule: crossbody.database.steward
// severity: WARNING
// title: a national database declared with different steward bodies
// reference: 214/NQ-CP: each national database has one responsible body
// message: The national database '{name}' (id {id}) is stewarded by {steward} here but by {others} in other architectures ({where}). A national database has one steward: agree on it and correct the others.
MATCH (d:Database)
WHERE d.scope = 'national' AND d.stewardBodyCode IS NOT NULL AND d.stewardBodyCode <> '' AND d.name IS NOT NULL
WITH toLower(trim(d.name)) AS key, collect(d) AS dbs
WHERE size(dbs) > 1
UNWIND dbs AS d
WITH d, [o IN dbs WHERE o.stewardBodyCode <> d.stewardBodyCode] AS others, split(d.uid, '/')[0] AS arch
WHERE size(others) > 0 AND ($architectures IS NULL OR arch IN $architectures)
MATCH (a:Identified:Architecture {uid: arch})
RETURN arch AS architecture, a.bodyCode AS body, d.id AS id, d.name AS name, d.stewardBodyCode AS steward,
       reduce(s = '', c IN [o IN others | o.stewardBodyCode] | s + CASE WHEN s = '' THEN '' ELSE ', ' END + c) AS others,
       reduce(s = '', u IN [o IN others | split(o.uid, '/')[0]] | s + CASE WHEN s = '' THEN '' ELSE ', ' END + u) AS where
ORDER BY architecture, id
