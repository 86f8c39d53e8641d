// Review (docs/graphql.md, "Reviewing an architecture"; ADR 0026): comments and review steps are nodes of their own,
// tied to their architecture by its id (`arch`), never by a relationship into the model, so that loads, exports and
// the model's history never see them. One ReviewState per architecture is the point writers of its review lock.
CREATE CONSTRAINT review_state_arch IF NOT EXISTS FOR (s:ReviewState) REQUIRE s.arch IS UNIQUE;
CREATE CONSTRAINT review_comment_uid IF NOT EXISTS FOR (c:ReviewComment) REQUIRE c.uid IS UNIQUE;
CREATE INDEX review_comment_arch_seq IF NOT EXISTS FOR (c:ReviewComment) ON (c.arch, c.seq);
CREATE INDEX review_step_arch_seq IF NOT EXISTS FOR (s:ReviewStep) ON (s.arch, s.seq);
