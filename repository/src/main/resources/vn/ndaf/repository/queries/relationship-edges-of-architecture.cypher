// The ArchiMate relationships of architecture $arch stored as Neo4j relationships, with both ends.
// One branch per ArchiMate relationship type, so that each uses that type's index.
MATCH (a)-[e:COMPOSITION]->(b) WHERE e.arch = $arch AND e.id IS NOT NULL
RETURN e{.*} AS e, a.uid AS source, a.arch AS sourceArch, a._type AS sourceType, a.id AS sourceId,
       b.uid AS target, b.arch AS targetArch, b._type AS targetType, b.id AS targetId
UNION ALL
MATCH (a)-[e:AGGREGATION]->(b) WHERE e.arch = $arch AND e.id IS NOT NULL
RETURN e{.*} AS e, a.uid AS source, a.arch AS sourceArch, a._type AS sourceType, a.id AS sourceId,
       b.uid AS target, b.arch AS targetArch, b._type AS targetType, b.id AS targetId
UNION ALL
MATCH (a)-[e:ASSIGNMENT]->(b) WHERE e.arch = $arch AND e.id IS NOT NULL
RETURN e{.*} AS e, a.uid AS source, a.arch AS sourceArch, a._type AS sourceType, a.id AS sourceId,
       b.uid AS target, b.arch AS targetArch, b._type AS targetType, b.id AS targetId
UNION ALL
MATCH (a)-[e:REALIZATION]->(b) WHERE e.arch = $arch AND e.id IS NOT NULL
RETURN e{.*} AS e, a.uid AS source, a.arch AS sourceArch, a._type AS sourceType, a.id AS sourceId,
       b.uid AS target, b.arch AS targetArch, b._type AS targetType, b.id AS targetId
UNION ALL
MATCH (a)-[e:SERVING]->(b) WHERE e.arch = $arch AND e.id IS NOT NULL
RETURN e{.*} AS e, a.uid AS source, a.arch AS sourceArch, a._type AS sourceType, a.id AS sourceId,
       b.uid AS target, b.arch AS targetArch, b._type AS targetType, b.id AS targetId
UNION ALL
MATCH (a)-[e:ACCESS]->(b) WHERE e.arch = $arch AND e.id IS NOT NULL
RETURN e{.*} AS e, a.uid AS source, a.arch AS sourceArch, a._type AS sourceType, a.id AS sourceId,
       b.uid AS target, b.arch AS targetArch, b._type AS targetType, b.id AS targetId
UNION ALL
MATCH (a)-[e:INFLUENCE]->(b) WHERE e.arch = $arch AND e.id IS NOT NULL
RETURN e{.*} AS e, a.uid AS source, a.arch AS sourceArch, a._type AS sourceType, a.id AS sourceId,
       b.uid AS target, b.arch AS targetArch, b._type AS targetType, b.id AS targetId
UNION ALL
MATCH (a)-[e:TRIGGERING]->(b) WHERE e.arch = $arch AND e.id IS NOT NULL
RETURN e{.*} AS e, a.uid AS source, a.arch AS sourceArch, a._type AS sourceType, a.id AS sourceId,
       b.uid AS target, b.arch AS targetArch, b._type AS targetType, b.id AS targetId
UNION ALL
MATCH (a)-[e:FLOW]->(b) WHERE e.arch = $arch AND e.id IS NOT NULL
RETURN e{.*} AS e, a.uid AS source, a.arch AS sourceArch, a._type AS sourceType, a.id AS sourceId,
       b.uid AS target, b.arch AS targetArch, b._type AS targetType, b.id AS targetId
UNION ALL
MATCH (a)-[e:SPECIALIZATION]->(b) WHERE e.arch = $arch AND e.id IS NOT NULL
RETURN e{.*} AS e, a.uid AS source, a.arch AS sourceArch, a._type AS sourceType, a.id AS sourceId,
       b.uid AS target, b.arch AS targetArch, b._type AS targetType, b.id AS targetId
UNION ALL
MATCH (a)-[e:ASSOCIATION]->(b) WHERE e.arch = $arch AND e.id IS NOT NULL
RETURN e{.*} AS e, a.uid AS source, a.arch AS sourceArch, a._type AS sourceType, a.id AS sourceId,
       b.uid AS target, b.arch AS targetArch, b._type AS targetType, b.id AS targetId
