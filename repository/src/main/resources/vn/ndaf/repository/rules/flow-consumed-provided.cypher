// rule: crossbody.flow.provided
// severity: WARNING
// title: a data flow declared as consumed from another body that the other body's architecture does not provide
// reference: 214/NQ-CP (data sharing between bodies)
// message: The flow {id} of body {body} takes data from {source} of architecture {provider} (body {providerBody}), but that architecture shows no flow or service from it. Ask body {providerBody} to record what it provides, or correct the flow.
MATCH (a:Architecture)
WHERE $architectures IS NULL OR a.uid IN $architectures
MATCH (x:Concept)-[f:FLOW]->(e:Concept)
WHERE f.uid STARTS WITH a.uid + '/' AND e.uid STARTS WITH a.uid + '/' AND NOT x.uid STARTS WITH a.uid + '/'
WITH a, f, x, split(x.uid, '/')[0] AS provider
MATCH (p:Identified:Architecture {uid: provider})
WHERE p.bodyCode IS NOT NULL AND p.bodyCode <> a.bodyCode AND NOT p.uid IN ['national']
  AND NOT EXISTS { MATCH (x)-[g:FLOW|SERVING]->() WHERE g.uid STARTS WITH provider + '/' }
RETURN a.uid AS architecture, a.bodyCode AS body, substring(f.uid, size(a.uid) + 1) AS id, coalesce(f.name, '') AS name,
       coalesce(x.name, '') + ' (' + x.id + ')' AS source, provider AS provider, p.bodyCode AS providerBody
ORDER BY architecture, id
