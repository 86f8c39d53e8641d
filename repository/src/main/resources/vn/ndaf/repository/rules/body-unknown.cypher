// rule: crossbody.body.unknown
// severity: ERROR
// title: an architecture or element naming a body the registry does not hold
// reference: the body registry (docs/bodies.md)
// params: pseudoGroups, the codes that stand for groups of bodies (ALL_MINISTRIES, ...), which a plan task may name as lead or co-operating
// message: {what} names the body '{code}', which the body registry does not hold. Use the code of a registered body (ndaf bodies lists them).
MATCH (a:Architecture)
WHERE ($architectures IS NULL OR a.uid IN $architectures) AND a.bodyCode IS NOT NULL AND a.bodyCode <> ''
  AND NOT EXISTS { MATCH (:Body {code: a.bodyCode}) }
RETURN a.uid AS architecture, a.bodyCode AS body, a.uid AS id, coalesce(a.name, '') AS name, 'The architecture ' + a.uid AS what, a.bodyCode AS code
UNION
MATCH (a:Architecture)
WHERE $architectures IS NULL OR a.uid IN $architectures
MATCH (e:Identified:Concept)
WHERE e.uid STARTS WITH a.uid + '/'
  AND (e.ownerBodyCode IS NOT NULL OR e.stewardBodyCode IS NOT NULL OR e.leadBodyCode IS NOT NULL OR e.cooperatingBodyCodes IS NOT NULL)
UNWIND [c IN [e.ownerBodyCode, e.stewardBodyCode, e.leadBodyCode] + coalesce(e.cooperatingBodyCodes, []) WHERE c IS NOT NULL AND c <> ''] AS code
WITH a, e, code
WHERE NOT code IN $pseudoGroups AND NOT EXISTS { MATCH (:Body {code: code}) }
RETURN a.uid AS architecture, a.bodyCode AS body, e.id AS id, coalesce(e.name, '') AS name,
       e._type + ' ' + coalesce(e.name, '') + ' (id ' + e.id + ') in architecture ' + a.uid AS what, code AS code
