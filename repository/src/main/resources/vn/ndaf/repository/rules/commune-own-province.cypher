// rule: crossbody.commune.province
// severity: ERROR
// title: a commune using the platform or system of a province other than its own
// reference: 3090/QĐ-BKHCN and the two-tier local government (Resolution 203/2025/QH15): a commune uses its own province's shared platforms
// message: {relationship} of the commune {body} ({bodyName}) uses {target} of the province {province} ({provinceName}), which is not its own province ({parent}). Use the platform of its own province instead.
MATCH (a:Architecture)
WHERE $architectures IS NULL OR a.uid IN $architectures
MATCH (b:Body {code: a.bodyCode})
WHERE b.tier = 'commune'
OPTIONAL MATCH (b)-[:PARENT]->(parent:Body)
MATCH (e:Identified:Concept)
WHERE e.uid STARTS WITH a.uid + '/'
MATCH (e)-[r]-(x:Concept)
WHERE r.uid STARTS WITH a.uid + '/' AND NOT x.uid STARTS WITH a.uid + '/'
WITH a, b, parent, r, x, split(x.uid, '/')[0] AS other
MATCH (o:Identified:Architecture {uid: other})
MATCH (ob:Body {code: o.bodyCode})
WHERE ob.tier = 'province' AND (parent IS NULL OR ob.code <> parent.code)
RETURN a.uid AS architecture, a.bodyCode AS body, substring(r.uid, size(a.uid) + 1) AS id, coalesce(r.name, '') AS name,
       type(r) + ' ' + substring(r.uid, size(a.uid) + 1) AS relationship, b.name AS bodyName,
       coalesce(x.name, x.id) + ' (' + x.id + ')' AS target, ob.code AS province, ob.name AS provinceName, coalesce(parent.code, 'none') AS parent
ORDER BY architecture, id
