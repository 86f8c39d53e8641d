// The analysis keeps each architecture's findings in the store (one :Finding node per finding, one
// :FindingSummary per architecture with its readiness figures), replaced after each write to the
// architecture, so nation-wide counts read them instead of checking everything again (docs/rules.md).
CREATE INDEX finding_arch IF NOT EXISTS FOR (f:Finding) ON (f.arch);
CREATE INDEX finding_rule IF NOT EXISTS FOR (f:Finding) ON (f.rule);
CREATE CONSTRAINT finding_summary_arch IF NOT EXISTS FOR (s:FindingSummary) REQUIRE s.arch IS UNIQUE;
