// The full-text index over names and documentation is updated after each commit, on another thread, rather than
// inside it: a bulk load's commit no longer waits for Lucene (docs/benchmarks.md). Searches first wait for the
// updates already committed (ObjectQueries.search), so a search still finds what was just written.
DROP INDEX concept_text IF EXISTS;
CREATE FULLTEXT INDEX concept_text IF NOT EXISTS FOR (n:Concept|View|Body|Architecture) ON EACH [n.name, n.documentation] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding', `fulltext.eventually_consistent`: true}};
CALL db.awaitIndexes(300);
