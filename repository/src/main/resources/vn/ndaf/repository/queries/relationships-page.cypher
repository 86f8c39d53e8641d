// A page of the ArchiMate relationships of architecture $arch of the classes $types (all when null), ordered by id,
// after the cursor $after: those stored as Neo4j relationships (one branch per type, each using its index on uid;
// architecture, id and class follow from the uid and the type; within one architecture, uids sort as ids do)
// and those stored as nodes (a relationship at one end).
CALL {
  MATCH ()-[e:COMPOSITION]->() WHERE e.uid STARTS WITH $arch + '/' AND ($types IS NULL OR 'CompositionRelationship' IN $types) AND ($after IS NULL OR e.uid > $arch + '/' + $after)
  RETURN e{.*, arch: $arch, id: substring(e.uid, size($arch) + 1), _type: 'CompositionRelationship'} AS p
  UNION ALL
  MATCH ()-[e:AGGREGATION]->() WHERE e.uid STARTS WITH $arch + '/' AND ($types IS NULL OR 'AggregationRelationship' IN $types) AND ($after IS NULL OR e.uid > $arch + '/' + $after)
  RETURN e{.*, arch: $arch, id: substring(e.uid, size($arch) + 1), _type: 'AggregationRelationship'} AS p
  UNION ALL
  MATCH ()-[e:ASSIGNMENT]->() WHERE e.uid STARTS WITH $arch + '/' AND ($types IS NULL OR 'AssignmentRelationship' IN $types) AND ($after IS NULL OR e.uid > $arch + '/' + $after)
  RETURN e{.*, arch: $arch, id: substring(e.uid, size($arch) + 1), _type: 'AssignmentRelationship'} AS p
  UNION ALL
  MATCH ()-[e:REALIZATION]->() WHERE e.uid STARTS WITH $arch + '/' AND ($types IS NULL OR 'RealizationRelationship' IN $types) AND ($after IS NULL OR e.uid > $arch + '/' + $after)
  RETURN e{.*, arch: $arch, id: substring(e.uid, size($arch) + 1), _type: 'RealizationRelationship'} AS p
  UNION ALL
  MATCH ()-[e:SERVING]->() WHERE e.uid STARTS WITH $arch + '/' AND ($types IS NULL OR 'ServingRelationship' IN $types) AND ($after IS NULL OR e.uid > $arch + '/' + $after)
  RETURN e{.*, arch: $arch, id: substring(e.uid, size($arch) + 1), _type: 'ServingRelationship'} AS p
  UNION ALL
  MATCH ()-[e:ACCESS]->() WHERE e.uid STARTS WITH $arch + '/' AND ($types IS NULL OR 'AccessRelationship' IN $types) AND ($after IS NULL OR e.uid > $arch + '/' + $after)
  RETURN e{.*, arch: $arch, id: substring(e.uid, size($arch) + 1), _type: 'AccessRelationship'} AS p
  UNION ALL
  MATCH ()-[e:INFLUENCE]->() WHERE e.uid STARTS WITH $arch + '/' AND ($types IS NULL OR 'InfluenceRelationship' IN $types) AND ($after IS NULL OR e.uid > $arch + '/' + $after)
  RETURN e{.*, arch: $arch, id: substring(e.uid, size($arch) + 1), _type: 'InfluenceRelationship'} AS p
  UNION ALL
  MATCH ()-[e:TRIGGERING]->() WHERE e.uid STARTS WITH $arch + '/' AND ($types IS NULL OR 'TriggeringRelationship' IN $types) AND ($after IS NULL OR e.uid > $arch + '/' + $after)
  RETURN e{.*, arch: $arch, id: substring(e.uid, size($arch) + 1), _type: 'TriggeringRelationship'} AS p
  UNION ALL
  MATCH ()-[e:FLOW]->() WHERE e.uid STARTS WITH $arch + '/' AND ($types IS NULL OR 'FlowRelationship' IN $types) AND ($after IS NULL OR e.uid > $arch + '/' + $after)
  RETURN e{.*, arch: $arch, id: substring(e.uid, size($arch) + 1), _type: 'FlowRelationship'} AS p
  UNION ALL
  MATCH ()-[e:SPECIALIZATION]->() WHERE e.uid STARTS WITH $arch + '/' AND ($types IS NULL OR 'SpecializationRelationship' IN $types) AND ($after IS NULL OR e.uid > $arch + '/' + $after)
  RETURN e{.*, arch: $arch, id: substring(e.uid, size($arch) + 1), _type: 'SpecializationRelationship'} AS p
  UNION ALL
  MATCH ()-[e:ASSOCIATION]->() WHERE e.uid STARTS WITH $arch + '/' AND ($types IS NULL OR 'AssociationRelationship' IN $types) AND ($after IS NULL OR e.uid > $arch + '/' + $after)
  RETURN e{.*, arch: $arch, id: substring(e.uid, size($arch) + 1), _type: 'AssociationRelationship'} AS p
  UNION ALL
  MATCH (n:Identified:Relationship) WHERE n.uid STARTS WITH $arch + '/' AND ($types IS NULL OR n._type IN $types) AND ($after IS NULL OR n.id > $after)
  RETURN n{.*} AS p
}
RETURN p ORDER BY p.id LIMIT $limit
