// Every node ndaf maps from the metamodel carries the Identified label and a store-wide unique uid.
CREATE CONSTRAINT identified_uid IF NOT EXISTS FOR (n:Identified) REQUIRE n.uid IS UNIQUE;
// Lookup by source id inside one architecture, and every object of one architecture (with id IS NOT NULL).
CREATE INDEX identified_arch_id IF NOT EXISTS FOR (n:Identified) ON (n.arch, n.id);
CREATE INDEX architecture_body IF NOT EXISTS FOR (a:Architecture) ON (a.bodyCode);
CREATE CONSTRAINT body_code IF NOT EXISTS FOR (b:Body) REQUIRE b.code IS UNIQUE;
// Concepts by exact name (the same system built twice, a platform by its catalogue name).
CREATE INDEX concept_name IF NOT EXISTS FOR (c:Concept) ON (c.name);
// Search must find "Hà Nội" when a user types "ha noi": ASCII folding.
CREATE FULLTEXT INDEX concept_text IF NOT EXISTS FOR (n:Concept|View|Body|Architecture) ON EACH [n.name, n.documentation] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
CREATE CONSTRAINT schema_migration_version IF NOT EXISTS FOR (m:SchemaMigration) REQUIRE m.version IS UNIQUE;
CREATE CONSTRAINT revision_uid IF NOT EXISTS FOR (r:Revision) REQUIRE r.uid IS UNIQUE;
CREATE INDEX revision_arch_at IF NOT EXISTS FOR (r:Revision) ON (r.arch, r.at);
CREATE INDEX change_arch_rev IF NOT EXISTS FOR (c:Change) ON (c.arch, c.rev);
