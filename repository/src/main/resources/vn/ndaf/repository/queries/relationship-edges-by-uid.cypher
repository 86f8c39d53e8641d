// ArchiMate relationships stored as Neo4j relationships, by key ($keys: list of {uid, arch, id}).
// One branch per ArchiMate relationship type, so that each uses that type's index. A relationship's uid
// (architecture/id) and class are not stored on it: they follow from arch, id and the relationship type.
UNWIND $keys AS k
MATCH ()-[e:COMPOSITION]->() WHERE e.arch = k.arch AND e.id = k.id
RETURN k.uid AS uid, e.arch AS arch, 'CompositionRelationship' AS type, e.id AS id
UNION ALL
UNWIND $keys AS k
MATCH ()-[e:AGGREGATION]->() WHERE e.arch = k.arch AND e.id = k.id
RETURN k.uid AS uid, e.arch AS arch, 'AggregationRelationship' AS type, e.id AS id
UNION ALL
UNWIND $keys AS k
MATCH ()-[e:ASSIGNMENT]->() WHERE e.arch = k.arch AND e.id = k.id
RETURN k.uid AS uid, e.arch AS arch, 'AssignmentRelationship' AS type, e.id AS id
UNION ALL
UNWIND $keys AS k
MATCH ()-[e:REALIZATION]->() WHERE e.arch = k.arch AND e.id = k.id
RETURN k.uid AS uid, e.arch AS arch, 'RealizationRelationship' AS type, e.id AS id
UNION ALL
UNWIND $keys AS k
MATCH ()-[e:SERVING]->() WHERE e.arch = k.arch AND e.id = k.id
RETURN k.uid AS uid, e.arch AS arch, 'ServingRelationship' AS type, e.id AS id
UNION ALL
UNWIND $keys AS k
MATCH ()-[e:ACCESS]->() WHERE e.arch = k.arch AND e.id = k.id
RETURN k.uid AS uid, e.arch AS arch, 'AccessRelationship' AS type, e.id AS id
UNION ALL
UNWIND $keys AS k
MATCH ()-[e:INFLUENCE]->() WHERE e.arch = k.arch AND e.id = k.id
RETURN k.uid AS uid, e.arch AS arch, 'InfluenceRelationship' AS type, e.id AS id
UNION ALL
UNWIND $keys AS k
MATCH ()-[e:TRIGGERING]->() WHERE e.arch = k.arch AND e.id = k.id
RETURN k.uid AS uid, e.arch AS arch, 'TriggeringRelationship' AS type, e.id AS id
UNION ALL
UNWIND $keys AS k
MATCH ()-[e:FLOW]->() WHERE e.arch = k.arch AND e.id = k.id
RETURN k.uid AS uid, e.arch AS arch, 'FlowRelationship' AS type, e.id AS id
UNION ALL
UNWIND $keys AS k
MATCH ()-[e:SPECIALIZATION]->() WHERE e.arch = k.arch AND e.id = k.id
RETURN k.uid AS uid, e.arch AS arch, 'SpecializationRelationship' AS type, e.id AS id
UNION ALL
UNWIND $keys AS k
MATCH ()-[e:ASSOCIATION]->() WHERE e.arch = k.arch AND e.id = k.id
RETURN k.uid AS uid, e.arch AS arch, 'AssociationRelationship' AS type, e.id AS id
