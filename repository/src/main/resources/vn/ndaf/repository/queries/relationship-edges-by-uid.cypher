// ArchiMate relationships stored as Neo4j relationships, by key ($keys: list of {uid, arch, id}).
// One branch per ArchiMate relationship type, so that each uses that type's index on uid. A relationship
// stores its uid (architecture/id); its architecture, id and class follow from the uid and the type.
UNWIND $keys AS k
MATCH ()-[e:COMPOSITION]->() WHERE e.uid = k.uid
RETURN k.uid AS uid, k.arch AS arch, 'CompositionRelationship' AS type, k.id AS id
UNION ALL
UNWIND $keys AS k
MATCH ()-[e:AGGREGATION]->() WHERE e.uid = k.uid
RETURN k.uid AS uid, k.arch AS arch, 'AggregationRelationship' AS type, k.id AS id
UNION ALL
UNWIND $keys AS k
MATCH ()-[e:ASSIGNMENT]->() WHERE e.uid = k.uid
RETURN k.uid AS uid, k.arch AS arch, 'AssignmentRelationship' AS type, k.id AS id
UNION ALL
UNWIND $keys AS k
MATCH ()-[e:REALIZATION]->() WHERE e.uid = k.uid
RETURN k.uid AS uid, k.arch AS arch, 'RealizationRelationship' AS type, k.id AS id
UNION ALL
UNWIND $keys AS k
MATCH ()-[e:SERVING]->() WHERE e.uid = k.uid
RETURN k.uid AS uid, k.arch AS arch, 'ServingRelationship' AS type, k.id AS id
UNION ALL
UNWIND $keys AS k
MATCH ()-[e:ACCESS]->() WHERE e.uid = k.uid
RETURN k.uid AS uid, k.arch AS arch, 'AccessRelationship' AS type, k.id AS id
UNION ALL
UNWIND $keys AS k
MATCH ()-[e:INFLUENCE]->() WHERE e.uid = k.uid
RETURN k.uid AS uid, k.arch AS arch, 'InfluenceRelationship' AS type, k.id AS id
UNION ALL
UNWIND $keys AS k
MATCH ()-[e:TRIGGERING]->() WHERE e.uid = k.uid
RETURN k.uid AS uid, k.arch AS arch, 'TriggeringRelationship' AS type, k.id AS id
UNION ALL
UNWIND $keys AS k
MATCH ()-[e:FLOW]->() WHERE e.uid = k.uid
RETURN k.uid AS uid, k.arch AS arch, 'FlowRelationship' AS type, k.id AS id
UNION ALL
UNWIND $keys AS k
MATCH ()-[e:SPECIALIZATION]->() WHERE e.uid = k.uid
RETURN k.uid AS uid, k.arch AS arch, 'SpecializationRelationship' AS type, k.id AS id
UNION ALL
UNWIND $keys AS k
MATCH ()-[e:ASSOCIATION]->() WHERE e.uid = k.uid
RETURN k.uid AS uid, k.arch AS arch, 'AssociationRelationship' AS type, k.id AS id
