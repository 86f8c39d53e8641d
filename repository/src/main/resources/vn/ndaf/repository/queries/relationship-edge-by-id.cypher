// One ArchiMate relationship stored as a Neo4j relationship, by architecture ($arch) and id ($id), with its ends.
// One branch per ArchiMate relationship type, so that each uses that type's index on uid. A relationship
// stores its uid (architecture/id); its architecture, id and class follow from the uid and the type.
MATCH (a)-[e:COMPOSITION]->(b) WHERE e.uid = $arch + '/' + $id
RETURN e{.*, arch: $arch, id: $id, _type: 'CompositionRelationship'} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:AGGREGATION]->(b) WHERE e.uid = $arch + '/' + $id
RETURN e{.*, arch: $arch, id: $id, _type: 'AggregationRelationship'} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:ASSIGNMENT]->(b) WHERE e.uid = $arch + '/' + $id
RETURN e{.*, arch: $arch, id: $id, _type: 'AssignmentRelationship'} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:REALIZATION]->(b) WHERE e.uid = $arch + '/' + $id
RETURN e{.*, arch: $arch, id: $id, _type: 'RealizationRelationship'} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:SERVING]->(b) WHERE e.uid = $arch + '/' + $id
RETURN e{.*, arch: $arch, id: $id, _type: 'ServingRelationship'} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:ACCESS]->(b) WHERE e.uid = $arch + '/' + $id
RETURN e{.*, arch: $arch, id: $id, _type: 'AccessRelationship'} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:INFLUENCE]->(b) WHERE e.uid = $arch + '/' + $id
RETURN e{.*, arch: $arch, id: $id, _type: 'InfluenceRelationship'} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:TRIGGERING]->(b) WHERE e.uid = $arch + '/' + $id
RETURN e{.*, arch: $arch, id: $id, _type: 'TriggeringRelationship'} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:FLOW]->(b) WHERE e.uid = $arch + '/' + $id
RETURN e{.*, arch: $arch, id: $id, _type: 'FlowRelationship'} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:SPECIALIZATION]->(b) WHERE e.uid = $arch + '/' + $id
RETURN e{.*, arch: $arch, id: $id, _type: 'SpecializationRelationship'} AS e, a.uid AS source, b.uid AS target
UNION ALL
MATCH (a)-[e:ASSOCIATION]->(b) WHERE e.uid = $arch + '/' + $id
RETURN e{.*, arch: $arch, id: $id, _type: 'AssociationRelationship'} AS e, a.uid AS source, b.uid AS target
