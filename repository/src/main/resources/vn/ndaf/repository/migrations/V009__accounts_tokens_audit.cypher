// Sign-in (docs/security.md): local accounts by name, bearer tokens found by the digest of their secret
// (the secret itself is never stored), and the audit trail read newest first.
CREATE CONSTRAINT account_name IF NOT EXISTS FOR (a:Account) REQUIRE a.name IS UNIQUE;
CREATE CONSTRAINT access_token_digest IF NOT EXISTS FOR (t:AccessToken) REQUIRE t.digest IS UNIQUE;
CREATE INDEX audit_event_at IF NOT EXISTS FOR (e:AuditEvent) ON (e.at);
