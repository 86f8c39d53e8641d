// One ArchiMate relationship stored as a Neo4j relationship, by architecture ($arch) and id ($id), with its ends.
// One branch per ArchiMate relationship type, so that each uses that type's index.
MATCH (a)-[e:COMPOSITION]->(b) WHERE e.arch = $arch AND e.id = $id
RETURN e{.*} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:AGGREGATION]->(b) WHERE e.arch = $arch AND e.id = $id
RETURN e{.*} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:ASSIGNMENT]->(b) WHERE e.arch = $arch AND e.id = $id
RETURN e{.*} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:REALIZATION]->(b) WHERE e.arch = $arch AND e.id = $id
RETURN e{.*} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:SERVING]->(b) WHERE e.arch = $arch AND e.id = $id
RETURN e{.*} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:ACCESS]->(b) WHERE e.arch = $arch AND e.id = $id
RETURN e{.*} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:INFLUENCE]->(b) WHERE e.arch = $arch AND e.id = $id
RETURN e{.*} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:TRIGGERING]->(b) WHERE e.arch = $arch AND e.id = $id
RETURN e{.*} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:FLOW]->(b) WHERE e.arch = $arch AND e.id = $id
RETURN e{.*} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:SPECIALIZATION]->(b) WHERE e.arch = $arch AND e.id = $id
RETURN e{.*} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:ASSOCIATION]->(b) WHERE e.arch = $arch AND e.id = $id
RETURN e{.*} AS e, a.uid AS source, b.uid AS target
