// The ArchiMate relationships of architecture $arch stored as Neo4j relationships that were created in revision
// $first or later, or whose uid is in $uids, with both ends: what "what changed since" needs, not the whole model.
// One branch per ArchiMate relationship type, so that each uses that type's index on uid.
MATCH (a)-[e:COMPOSITION]->(b) WHERE e.uid STARTS WITH $arch + '/' AND (coalesce(e._createdRev, 1) >= $first OR e.uid IN $uids)
RETURN e{.*, arch: $arch, id: substring(e.uid, size($arch) + 1), _type: 'CompositionRelationship'} AS e, a.uid AS source, split(a.uid, '/')[0] AS sourceArch, a._type AS sourceType, a.id AS sourceId,
       b.uid AS target, split(b.uid, '/')[0] AS targetArch, b._type AS targetType, b.id AS targetId
UNION ALL
MATCH (a)-[e:AGGREGATION]->(b) WHERE e.uid STARTS WITH $arch + '/' AND (coalesce(e._createdRev, 1) >= $first OR e.uid IN $uids)
RETURN e{.*, arch: $arch, id: substring(e.uid, size($arch) + 1), _type: 'AggregationRelationship'} AS e, a.uid AS source, split(a.uid, '/')[0] AS sourceArch, a._type AS sourceType, a.id AS sourceId,
       b.uid AS target, split(b.uid, '/')[0] AS targetArch, b._type AS targetType, b.id AS targetId
UNION ALL
MATCH (a)-[e:ASSIGNMENT]->(b) WHERE e.uid STARTS WITH $arch + '/' AND (coalesce(e._createdRev, 1) >= $first OR e.uid IN $uids)
RETURN e{.*, arch: $arch, id: substring(e.uid, size($arch) + 1), _type: 'AssignmentRelationship'} AS e, a.uid AS source, split(a.uid, '/')[0] AS sourceArch, a._type AS sourceType, a.id AS sourceId,
       b.uid AS target, split(b.uid, '/')[0] AS targetArch, b._type AS targetType, b.id AS targetId
UNION ALL
MATCH (a)-[e:REALIZATION]->(b) WHERE e.uid STARTS WITH $arch + '/' AND (coalesce(e._createdRev, 1) >= $first OR e.uid IN $uids)
RETURN e{.*, arch: $arch, id: substring(e.uid, size($arch) + 1), _type: 'RealizationRelationship'} AS e, a.uid AS source, split(a.uid, '/')[0] AS sourceArch, a._type AS sourceType, a.id AS sourceId,
       b.uid AS target, split(b.uid, '/')[0] AS targetArch, b._type AS targetType, b.id AS targetId
UNION ALL
MATCH (a)-[e:SERVING]->(b) WHERE e.uid STARTS WITH $arch + '/' AND (coalesce(e._createdRev, 1) >= $first OR e.uid IN $uids)
RETURN e{.*, arch: $arch, id: substring(e.uid, size($arch) + 1), _type: 'ServingRelationship'} AS e, a.uid AS source, split(a.uid, '/')[0] AS sourceArch, a._type AS sourceType, a.id AS sourceId,
       b.uid AS target, split(b.uid, '/')[0] AS targetArch, b._type AS targetType, b.id AS targetId
UNION ALL
MATCH (a)-[e:ACCESS]->(b) WHERE e.uid STARTS WITH $arch + '/' AND (coalesce(e._createdRev, 1) >= $first OR e.uid IN $uids)
RETURN e{.*, arch: $arch, id: substring(e.uid, size($arch) + 1), _type: 'AccessRelationship'} AS e, a.uid AS source, split(a.uid, '/')[0] AS sourceArch, a._type AS sourceType, a.id AS sourceId,
       b.uid AS target, split(b.uid, '/')[0] AS targetArch, b._type AS targetType, b.id AS targetId
UNION ALL
MATCH (a)-[e:INFLUENCE]->(b) WHERE e.uid STARTS WITH $arch + '/' AND (coalesce(e._createdRev, 1) >= $first OR e.uid IN $uids)
RETURN e{.*, arch: $arch, id: substring(e.uid, size($arch) + 1), _type: 'InfluenceRelationship'} AS e, a.uid AS source, split(a.uid, '/')[0] AS sourceArch, a._type AS sourceType, a.id AS sourceId,
       b.uid AS target, split(b.uid, '/')[0] AS targetArch, b._type AS targetType, b.id AS targetId
UNION ALL
MATCH (a)-[e:TRIGGERING]->(b) WHERE e.uid STARTS WITH $arch + '/' AND (coalesce(e._createdRev, 1) >= $first OR e.uid IN $uids)
RETURN e{.*, arch: $arch, id: substring(e.uid, size($arch) + 1), _type: 'TriggeringRelationship'} AS e, a.uid AS source, split(a.uid, '/')[0] AS sourceArch, a._type AS sourceType, a.id AS sourceId,
       b.uid AS target, split(b.uid, '/')[0] AS targetArch, b._type AS targetType, b.id AS targetId
UNION ALL
MATCH (a)-[e:FLOW]->(b) WHERE e.uid STARTS WITH $arch + '/' AND (coalesce(e._createdRev, 1) >= $first OR e.uid IN $uids)
RETURN e{.*, arch: $arch, id: substring(e.uid, size($arch) + 1), _type: 'FlowRelationship'} AS e, a.uid AS source, split(a.uid, '/')[0] AS sourceArch, a._type AS sourceType, a.id AS sourceId,
       b.uid AS target, split(b.uid, '/')[0] AS targetArch, b._type AS targetType, b.id AS targetId
UNION ALL
MATCH (a)-[e:SPECIALIZATION]->(b) WHERE e.uid STARTS WITH $arch + '/' AND (coalesce(e._createdRev, 1) >= $first OR e.uid IN $uids)
RETURN e{.*, arch: $arch, id: substring(e.uid, size($arch) + 1), _type: 'SpecializationRelationship'} AS e, a.uid AS source, split(a.uid, '/')[0] AS sourceArch, a._type AS sourceType, a.id AS sourceId,
       b.uid AS target, split(b.uid, '/')[0] AS targetArch, b._type AS targetType, b.id AS targetId
UNION ALL
MATCH (a)-[e:ASSOCIATION]->(b) WHERE e.uid STARTS WITH $arch + '/' AND (coalesce(e._createdRev, 1) >= $first OR e.uid IN $uids)
RETURN e{.*, arch: $arch, id: substring(e.uid, size($arch) + 1), _type: 'AssociationRelationship'} AS e, a.uid AS source, split(a.uid, '/')[0] AS sourceArch, a._type AS sourceType, a.id AS sourceId,
       b.uid AS target, split(b.uid, '/')[0] AS targetArch, b._type AS targetType, b.id AS targetId
