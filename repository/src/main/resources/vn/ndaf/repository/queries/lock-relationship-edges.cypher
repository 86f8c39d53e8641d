// Takes the write lock of the ArchiMate relationships stored as Neo4j relationships with these uids ($uids),
// changing nothing: SET then REMOVE of a scratch property. One branch per type, each on that type's uid index.
UNWIND $uids AS uid
MATCH ()-[e:COMPOSITION]->() WHERE e.uid = uid
SET e._lock = true REMOVE e._lock
RETURN e.uid AS uid
UNION ALL
UNWIND $uids AS uid
MATCH ()-[e:AGGREGATION]->() WHERE e.uid = uid
SET e._lock = true REMOVE e._lock
RETURN e.uid AS uid
UNION ALL
UNWIND $uids AS uid
MATCH ()-[e:ASSIGNMENT]->() WHERE e.uid = uid
SET e._lock = true REMOVE e._lock
RETURN e.uid AS uid
UNION ALL
UNWIND $uids AS uid
MATCH ()-[e:REALIZATION]->() WHERE e.uid = uid
SET e._lock = true REMOVE e._lock
RETURN e.uid AS uid
UNION ALL
UNWIND $uids AS uid
MATCH ()-[e:SERVING]->() WHERE e.uid = uid
SET e._lock = true REMOVE e._lock
RETURN e.uid AS uid
UNION ALL
UNWIND $uids AS uid
MATCH ()-[e:ACCESS]->() WHERE e.uid = uid
SET e._lock = true REMOVE e._lock
RETURN e.uid AS uid
UNION ALL
UNWIND $uids AS uid
MATCH ()-[e:INFLUENCE]->() WHERE e.uid = uid
SET e._lock = true REMOVE e._lock
RETURN e.uid AS uid
UNION ALL
UNWIND $uids AS uid
MATCH ()-[e:TRIGGERING]->() WHERE e.uid = uid
SET e._lock = true REMOVE e._lock
RETURN e.uid AS uid
UNION ALL
UNWIND $uids AS uid
MATCH ()-[e:FLOW]->() WHERE e.uid = uid
SET e._lock = true REMOVE e._lock
RETURN e.uid AS uid
UNION ALL
UNWIND $uids AS uid
MATCH ()-[e:SPECIALIZATION]->() WHERE e.uid = uid
SET e._lock = true REMOVE e._lock
RETURN e.uid AS uid
UNION ALL
UNWIND $uids AS uid
MATCH ()-[e:ASSOCIATION]->() WHERE e.uid = uid
SET e._lock = true REMOVE e._lock
RETURN e.uid AS uid
