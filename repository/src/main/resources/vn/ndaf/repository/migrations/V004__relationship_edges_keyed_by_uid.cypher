// ArchiMate relationships stored as Neo4j relationships are keyed by their uid (architecture/id) alone, and no
// longer carry arch and id: one property and one single-property index instead of two properties and a composite
// index, which shortens bulk loads (docs/benchmarks.md). The new indexes come first, then stored relationships are
// converted in batches of their own transactions (the conversion can resume: it skips what has a uid), then the
// old indexes go.
CREATE INDEX archimate_composition_uid IF NOT EXISTS FOR ()-[e:COMPOSITION]-() ON (e.uid);
CREATE INDEX archimate_aggregation_uid IF NOT EXISTS FOR ()-[e:AGGREGATION]-() ON (e.uid);
CREATE INDEX archimate_assignment_uid IF NOT EXISTS FOR ()-[e:ASSIGNMENT]-() ON (e.uid);
CREATE INDEX archimate_realization_uid IF NOT EXISTS FOR ()-[e:REALIZATION]-() ON (e.uid);
CREATE INDEX archimate_serving_uid IF NOT EXISTS FOR ()-[e:SERVING]-() ON (e.uid);
CREATE INDEX archimate_access_uid IF NOT EXISTS FOR ()-[e:ACCESS]-() ON (e.uid);
CREATE INDEX archimate_influence_uid IF NOT EXISTS FOR ()-[e:INFLUENCE]-() ON (e.uid);
CREATE INDEX archimate_triggering_uid IF NOT EXISTS FOR ()-[e:TRIGGERING]-() ON (e.uid);
CREATE INDEX archimate_flow_uid IF NOT EXISTS FOR ()-[e:FLOW]-() ON (e.uid);
CREATE INDEX archimate_specialization_uid IF NOT EXISTS FOR ()-[e:SPECIALIZATION]-() ON (e.uid);
CREATE INDEX archimate_association_uid IF NOT EXISTS FOR ()-[e:ASSOCIATION]-() ON (e.uid);
CALL db.awaitIndexes(300);
MATCH ()-[e:COMPOSITION|AGGREGATION|ASSIGNMENT|REALIZATION|SERVING|ACCESS|INFLUENCE|TRIGGERING|FLOW|SPECIALIZATION|ASSOCIATION]->() WHERE e.uid IS NULL AND e.arch IS NOT NULL AND e.id IS NOT NULL CALL (e) { SET e.uid = e.arch + '/' + e.id REMOVE e.arch, e.id } IN TRANSACTIONS OF 10000 ROWS;
DROP INDEX archimate_composition_arch_id IF EXISTS;
DROP INDEX archimate_aggregation_arch_id IF EXISTS;
DROP INDEX archimate_assignment_arch_id IF EXISTS;
DROP INDEX archimate_realization_arch_id IF EXISTS;
DROP INDEX archimate_serving_arch_id IF EXISTS;
DROP INDEX archimate_access_arch_id IF EXISTS;
DROP INDEX archimate_influence_arch_id IF EXISTS;
DROP INDEX archimate_triggering_arch_id IF EXISTS;
DROP INDEX archimate_flow_arch_id IF EXISTS;
DROP INDEX archimate_specialization_arch_id IF EXISTS;
DROP INDEX archimate_association_arch_id IF EXISTS;
