// rule: crossbody.body.tier
// severity: ERROR
// title: an architecture of a body outside the two-tier local government (a district, or a commune not directly under a province)
// reference: Resolution 203/2025/QH15 (two-tier local government: province and commune, no district)
// message: The architecture {architecture} belongs to the body {body} ({bodyName}) of tier {tier}{under}; since 1 July 2025 local government has two tiers, province and commune, with no district in between. Attach the architecture to the province or commune that took over the body's tasks.
MATCH (a:Architecture)
WHERE ($architectures IS NULL OR a.uid IN $architectures)
MATCH (b:Body {code: a.bodyCode})
OPTIONAL MATCH (b)-[:PARENT]->(p:Body)
// a tier the store does not hold is the metamodel's default, central
WITH a, b, p, coalesce(b.tier, 'central') AS tier, coalesce(p.tier, 'central') AS parentTier
WHERE NOT tier IN ['central', 'province', 'commune']
   OR (tier = 'commune' AND (p IS NULL OR parentTier <> 'province'))
RETURN a.uid AS architecture, a.bodyCode AS body, a.uid AS id, coalesce(a.name, '') AS name, b.name AS bodyName, tier,
       CASE WHEN p IS NULL THEN '' ELSE ' under ' + p.code + ' (' + parentTier + ')' END AS under
