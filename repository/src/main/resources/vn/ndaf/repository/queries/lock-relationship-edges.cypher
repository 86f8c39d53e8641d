// Takes the write lock of the ArchiMate relationships stored as Neo4j relationships with these uids ($uids),
// changing nothing: SET then REMOVE of a scratch property. One subquery per type, each on that type's uid index.
UNWIND $uids AS uid
CALL (uid) {
  MATCH ()-[e:COMPOSITION]->() WHERE e.uid = uid
  SET e._lock = true REMOVE e._lock
}
CALL (uid) {
  MATCH ()-[e:AGGREGATION]->() WHERE e.uid = uid
  SET e._lock = true REMOVE e._lock
}
CALL (uid) {
  MATCH ()-[e:ASSIGNMENT]->() WHERE e.uid = uid
  SET e._lock = true REMOVE e._lock
}
CALL (uid) {
  MATCH ()-[e:REALIZATION]->() WHERE e.uid = uid
  SET e._lock = true REMOVE e._lock
}
CALL (uid) {
  MATCH ()-[e:SERVING]->() WHERE e.uid = uid
  SET e._lock = true REMOVE e._lock
}
CALL (uid) {
  MATCH ()-[e:ACCESS]->() WHERE e.uid = uid
  SET e._lock = true REMOVE e._lock
}
CALL (uid) {
  MATCH ()-[e:INFLUENCE]->() WHERE e.uid = uid
  SET e._lock = true REMOVE e._lock
}
CALL (uid) {
  MATCH ()-[e:TRIGGERING]->() WHERE e.uid = uid
  SET e._lock = true REMOVE e._lock
}
CALL (uid) {
  MATCH ()-[e:FLOW]->() WHERE e.uid = uid
  SET e._lock = true REMOVE e._lock
}
CALL (uid) {
  MATCH ()-[e:SPECIALIZATION]->() WHERE e.uid = uid
  SET e._lock = true REMOVE e._lock
}
CALL (uid) {
  MATCH ()-[e:ASSOCIATION]->() WHERE e.uid = uid
  SET e._lock = true REMOVE e._lock
}
