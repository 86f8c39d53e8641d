// ArchiMate relationships between elements are Neo4j relationships (docs/graph-model.md): each type gets
// a store-wide unique uid and a lookup by architecture and id, as nodes have.
CREATE CONSTRAINT archimate_composition_uid IF NOT EXISTS FOR ()-[e:COMPOSITION]-() REQUIRE e.uid IS RELATIONSHIP UNIQUE;
CREATE INDEX archimate_composition_arch_id IF NOT EXISTS FOR ()-[e:COMPOSITION]-() ON (e.arch, e.id);
CREATE CONSTRAINT archimate_aggregation_uid IF NOT EXISTS FOR ()-[e:AGGREGATION]-() REQUIRE e.uid IS RELATIONSHIP UNIQUE;
CREATE INDEX archimate_aggregation_arch_id IF NOT EXISTS FOR ()-[e:AGGREGATION]-() ON (e.arch, e.id);
CREATE CONSTRAINT archimate_assignment_uid IF NOT EXISTS FOR ()-[e:ASSIGNMENT]-() REQUIRE e.uid IS RELATIONSHIP UNIQUE;
CREATE INDEX archimate_assignment_arch_id IF NOT EXISTS FOR ()-[e:ASSIGNMENT]-() ON (e.arch, e.id);
CREATE CONSTRAINT archimate_realization_uid IF NOT EXISTS FOR ()-[e:REALIZATION]-() REQUIRE e.uid IS RELATIONSHIP UNIQUE;
CREATE INDEX archimate_realization_arch_id IF NOT EXISTS FOR ()-[e:REALIZATION]-() ON (e.arch, e.id);
CREATE CONSTRAINT archimate_serving_uid IF NOT EXISTS FOR ()-[e:SERVING]-() REQUIRE e.uid IS RELATIONSHIP UNIQUE;
CREATE INDEX archimate_serving_arch_id IF NOT EXISTS FOR ()-[e:SERVING]-() ON (e.arch, e.id);
CREATE CONSTRAINT archimate_access_uid IF NOT EXISTS FOR ()-[e:ACCESS]-() REQUIRE e.uid IS RELATIONSHIP UNIQUE;
CREATE INDEX archimate_access_arch_id IF NOT EXISTS FOR ()-[e:ACCESS]-() ON (e.arch, e.id);
CREATE CONSTRAINT archimate_influence_uid IF NOT EXISTS FOR ()-[e:INFLUENCE]-() REQUIRE e.uid IS RELATIONSHIP UNIQUE;
CREATE INDEX archimate_influence_arch_id IF NOT EXISTS FOR ()-[e:INFLUENCE]-() ON (e.arch, e.id);
CREATE CONSTRAINT archimate_triggering_uid IF NOT EXISTS FOR ()-[e:TRIGGERING]-() REQUIRE e.uid IS RELATIONSHIP UNIQUE;
CREATE INDEX archimate_triggering_arch_id IF NOT EXISTS FOR ()-[e:TRIGGERING]-() ON (e.arch, e.id);
CREATE CONSTRAINT archimate_flow_uid IF NOT EXISTS FOR ()-[e:FLOW]-() REQUIRE e.uid IS RELATIONSHIP UNIQUE;
CREATE INDEX archimate_flow_arch_id IF NOT EXISTS FOR ()-[e:FLOW]-() ON (e.arch, e.id);
CREATE CONSTRAINT archimate_specialization_uid IF NOT EXISTS FOR ()-[e:SPECIALIZATION]-() REQUIRE e.uid IS RELATIONSHIP UNIQUE;
CREATE INDEX archimate_specialization_arch_id IF NOT EXISTS FOR ()-[e:SPECIALIZATION]-() ON (e.arch, e.id);
CREATE CONSTRAINT archimate_association_uid IF NOT EXISTS FOR ()-[e:ASSOCIATION]-() REQUIRE e.uid IS RELATIONSHIP UNIQUE;
CREATE INDEX archimate_association_arch_id IF NOT EXISTS FOR ()-[e:ASSOCIATION]-() ON (e.arch, e.id);
