// How many ArchiMate relationships architecture $arch has of the classes $types (all when null), edges and nodes.
CALL {
  MATCH ()-[e:COMPOSITION]->() WHERE e.uid STARTS WITH $arch + '/' AND ($types IS NULL OR 'CompositionRelationship' IN $types)
  RETURN count(e) AS n
  UNION ALL
  MATCH ()-[e:AGGREGATION]->() WHERE e.uid STARTS WITH $arch + '/' AND ($types IS NULL OR 'AggregationRelationship' IN $types)
  RETURN count(e) AS n
  UNION ALL
  MATCH ()-[e:ASSIGNMENT]->() WHERE e.uid STARTS WITH $arch + '/' AND ($types IS NULL OR 'AssignmentRelationship' IN $types)
  RETURN count(e) AS n
  UNION ALL
  MATCH ()-[e:REALIZATION]->() WHERE e.uid STARTS WITH $arch + '/' AND ($types IS NULL OR 'RealizationRelationship' IN $types)
  RETURN count(e) AS n
  UNION ALL
  MATCH ()-[e:SERVING]->() WHERE e.uid STARTS WITH $arch + '/' AND ($types IS NULL OR 'ServingRelationship' IN $types)
  RETURN count(e) AS n
  UNION ALL
  MATCH ()-[e:ACCESS]->() WHERE e.uid STARTS WITH $arch + '/' AND ($types IS NULL OR 'AccessRelationship' IN $types)
  RETURN count(e) AS n
  UNION ALL
  MATCH ()-[e:INFLUENCE]->() WHERE e.uid STARTS WITH $arch + '/' AND ($types IS NULL OR 'InfluenceRelationship' IN $types)
  RETURN count(e) AS n
  UNION ALL
  MATCH ()-[e:TRIGGERING]->() WHERE e.uid STARTS WITH $arch + '/' AND ($types IS NULL OR 'TriggeringRelationship' IN $types)
  RETURN count(e) AS n
  UNION ALL
  MATCH ()-[e:FLOW]->() WHERE e.uid STARTS WITH $arch + '/' AND ($types IS NULL OR 'FlowRelationship' IN $types)
  RETURN count(e) AS n
  UNION ALL
  MATCH ()-[e:SPECIALIZATION]->() WHERE e.uid STARTS WITH $arch + '/' AND ($types IS NULL OR 'SpecializationRelationship' IN $types)
  RETURN count(e) AS n
  UNION ALL
  MATCH ()-[e:ASSOCIATION]->() WHERE e.uid STARTS WITH $arch + '/' AND ($types IS NULL OR 'AssociationRelationship' IN $types)
  RETURN count(e) AS n
  UNION ALL
  MATCH (n:Identified:Relationship) WHERE n.uid STARTS WITH $arch + '/' AND ($types IS NULL OR n._type IN $types)
  RETURN count(n) AS n
}
RETURN sum(n) AS total
