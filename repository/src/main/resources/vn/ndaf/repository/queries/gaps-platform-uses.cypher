// Which architectures use which of the platform elements $platforms (uids): an ArchiMate relationship of the
// architecture (its uid starts with the architecture's id) joins the platform and an own element.
MATCH (p:Identified) WHERE p.uid IN $platforms
MATCH (p)-[r]-(o:Identified)
WHERE r.uid IS NOT NULL
WITH p, split(r.uid, '/')[0] AS arch, split(o.uid, '/')[0] AS owner
WHERE arch = owner
RETURN DISTINCT arch, p.id AS platform
