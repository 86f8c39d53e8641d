// National and specialised databases, store-wide: synchronisation with the National Data Center and quality
// assessment, with their metamodel defaults (ndcSync none, no criteria met) when unset.
MATCH (n:Database)
WHERE n.scope IN ['national', 'specialised']
RETURN split(n.uid, '/')[0] AS arch, n.id AS id, n.name AS name, n.scope AS scope, coalesce(n.ndcSync, 'none') AS ndcSync,
       coalesce(n.qualityCriteriaMet, []) AS criteria, n.qualityAssessedOn AS assessedOn, n.stewardBodyCode AS steward
ORDER BY arch, id
