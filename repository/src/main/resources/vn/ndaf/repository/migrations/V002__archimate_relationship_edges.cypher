// ArchiMate relationships between elements are Neo4j relationships (docs/graph-model.md), found by (arch, id).
// Ids are unique within an architecture by construction (checked before any write, under the architecture's
// write lock), so a plain index serves: a uniqueness constraint per type would be checked at every commit.
CREATE INDEX archimate_composition_arch_id IF NOT EXISTS FOR ()-[e:COMPOSITION]-() ON (e.arch, e.id);
CREATE INDEX archimate_aggregation_arch_id IF NOT EXISTS FOR ()-[e:AGGREGATION]-() ON (e.arch, e.id);
CREATE INDEX archimate_assignment_arch_id IF NOT EXISTS FOR ()-[e:ASSIGNMENT]-() ON (e.arch, e.id);
CREATE INDEX archimate_realization_arch_id IF NOT EXISTS FOR ()-[e:REALIZATION]-() ON (e.arch, e.id);
CREATE INDEX archimate_serving_arch_id IF NOT EXISTS FOR ()-[e:SERVING]-() ON (e.arch, e.id);
CREATE INDEX archimate_access_arch_id IF NOT EXISTS FOR ()-[e:ACCESS]-() ON (e.arch, e.id);
CREATE INDEX archimate_influence_arch_id IF NOT EXISTS FOR ()-[e:INFLUENCE]-() ON (e.arch, e.id);
CREATE INDEX archimate_triggering_arch_id IF NOT EXISTS FOR ()-[e:TRIGGERING]-() ON (e.arch, e.id);
CREATE INDEX archimate_flow_arch_id IF NOT EXISTS FOR ()-[e:FLOW]-() ON (e.arch, e.id);
CREATE INDEX archimate_specialization_arch_id IF NOT EXISTS FOR ()-[e:SPECIALIZATION]-() ON (e.arch, e.id);
CREATE INDEX archimate_association_arch_id IF NOT EXISTS FOR ()-[e:ASSOCIATION]-() ON (e.arch, e.id);
