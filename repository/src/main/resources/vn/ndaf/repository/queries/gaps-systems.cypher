// Application components (information systems, databases, platforms) with a reference category, store-wide:
// what duplicates and overlaps are looked for among.
MATCH (n:ApplicationComponent)
WHERE n.referenceCategory IS NOT NULL
RETURN split(n.uid, '/')[0] AS arch, n.id AS id, n.name AS name, n._type AS type, n.referenceCategory AS category,
       n.frameworkBlock AS block, n.ownerBodyCode AS owner
ORDER BY arch, id
