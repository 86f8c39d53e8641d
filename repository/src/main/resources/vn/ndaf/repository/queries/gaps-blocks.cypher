// Every element identified as a template block (ndaf:block), store-wide, through the frameworkBlock index:
// its architecture (the uid's first part), block key, class and the values of the attributes in $attributes.
MATCH (n:Concept)
WHERE n.frameworkBlock IS NOT NULL
RETURN split(n.uid, '/')[0] AS arch, n.frameworkBlock AS block, n._type AS type, [a IN $attributes | n[a]] AS values
