// One ArchiMate relationship stored as a Neo4j relationship, by architecture ($arch) and id ($id), with its ends.
// One branch per ArchiMate relationship type, so that each uses that type's index. A relationship's uid
// (architecture/id) and class are not stored on it: they follow from arch, id and the relationship type.
MATCH (a)-[e:COMPOSITION]->(b) WHERE e.arch = $arch AND e.id = $id
RETURN e{.*, uid: e.arch + '/' + e.id, _type: 'CompositionRelationship'} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:AGGREGATION]->(b) WHERE e.arch = $arch AND e.id = $id
RETURN e{.*, uid: e.arch + '/' + e.id, _type: 'AggregationRelationship'} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:ASSIGNMENT]->(b) WHERE e.arch = $arch AND e.id = $id
RETURN e{.*, uid: e.arch + '/' + e.id, _type: 'AssignmentRelationship'} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:REALIZATION]->(b) WHERE e.arch = $arch AND e.id = $id
RETURN e{.*, uid: e.arch + '/' + e.id, _type: 'RealizationRelationship'} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:SERVING]->(b) WHERE e.arch = $arch AND e.id = $id
RETURN e{.*, uid: e.arch + '/' + e.id, _type: 'ServingRelationship'} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:ACCESS]->(b) WHERE e.arch = $arch AND e.id = $id
RETURN e{.*, uid: e.arch + '/' + e.id, _type: 'AccessRelationship'} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:INFLUENCE]->(b) WHERE e.arch = $arch AND e.id = $id
RETURN e{.*, uid: e.arch + '/' + e.id, _type: 'InfluenceRelationship'} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:TRIGGERING]->(b) WHERE e.arch = $arch AND e.id = $id
RETURN e{.*, uid: e.arch + '/' + e.id, _type: 'TriggeringRelationship'} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:FLOW]->(b) WHERE e.arch = $arch AND e.id = $id
RETURN e{.*, uid: e.arch + '/' + e.id, _type: 'FlowRelationship'} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:SPECIALIZATION]->(b) WHERE e.arch = $arch AND e.id = $id
RETURN e{.*, uid: e.arch + '/' + e.id, _type: 'SpecializationRelationship'} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:ASSOCIATION]->(b) WHERE e.arch = $arch AND e.id = $id
RETURN e{.*, uid: e.arch + '/' + e.id, _type: 'AssociationRelationship'} AS e, a.uid AS source, b.uid AS target
