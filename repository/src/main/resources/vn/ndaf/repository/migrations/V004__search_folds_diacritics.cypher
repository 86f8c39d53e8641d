// Search must find "Hà Nội" when a user types "ha noi": rebuild the full-text index with ASCII folding.
DROP INDEX concept_text IF EXISTS;
CREATE FULLTEXT INDEX concept_text IF NOT EXISTS FOR (n:Concept|View|Body|Architecture) ON EACH [n.name, n.documentation] OPTIONS {indexConfig: {`fulltext.analyzer`: 'standard-folding'}};
