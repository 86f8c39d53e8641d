// ArchiMate relationships stored as Neo4j relationships, by uid ($uids).
// One branch per ArchiMate relationship type, so that each uses that type's index.
MATCH ()-[e:COMPOSITION]->() WHERE e.uid IN $uids
RETURN e.uid AS uid, e.arch AS arch, e._type AS type, e.id AS id
UNION ALL
MATCH ()-[e:AGGREGATION]->() WHERE e.uid IN $uids
RETURN e.uid AS uid, e.arch AS arch, e._type AS type, e.id AS id
UNION ALL
MATCH ()-[e:ASSIGNMENT]->() WHERE e.uid IN $uids
RETURN e.uid AS uid, e.arch AS arch, e._type AS type, e.id AS id
UNION ALL
MATCH ()-[e:REALIZATION]->() WHERE e.uid IN $uids
RETURN e.uid AS uid, e.arch AS arch, e._type AS type, e.id AS id
UNION ALL
MATCH ()-[e:SERVING]->() WHERE e.uid IN $uids
RETURN e.uid AS uid, e.arch AS arch, e._type AS type, e.id AS id
UNION ALL
MATCH ()-[e:ACCESS]->() WHERE e.uid IN $uids
RETURN e.uid AS uid, e.arch AS arch, e._type AS type, e.id AS id
UNION ALL
MATCH ()-[e:INFLUENCE]->() WHERE e.uid IN $uids
RETURN e.uid AS uid, e.arch AS arch, e._type AS type, e.id AS id
UNION ALL
MATCH ()-[e:TRIGGERING]->() WHERE e.uid IN $uids
RETURN e.uid AS uid, e.arch AS arch, e._type AS type, e.id AS id
UNION ALL
MATCH ()-[e:FLOW]->() WHERE e.uid IN $uids
RETURN e.uid AS uid, e.arch AS arch, e._type AS type, e.id AS id
UNION ALL
MATCH ()-[e:SPECIALIZATION]->() WHERE e.uid IN $uids
RETURN e.uid AS uid, e.arch AS arch, e._type AS type, e.id AS id
UNION ALL
MATCH ()-[e:ASSOCIATION]->() WHERE e.uid IN $uids
RETURN e.uid AS uid, e.arch AS arch, e._type AS type, e.id AS id
