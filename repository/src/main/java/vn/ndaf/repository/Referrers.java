package vn.ndaf.repository;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;

import vn.ndaf.repository.mapping.GraphMapping;

/** How a refusal names what still refers to an object: the referring relationship, or the referring object and how. */
final class Referrers {

    private Referrers() {
    }

    /**
     * What refers to the nodes {@code uids}: reference relationships pointing at them and ArchiMate relationships
     * touching them, except those of architecture {@code excludeArchitecture} (none excluded when null) and
     * references of the types {@code ignoredTypes}; one line each, at most 100.
     */
    static List<String> of(TransactionContext tx, List<String> uids, String excludeArchitecture, List<String> ignoredTypes) {
        Map<String, Object> params = new HashMap<>();
        params.put("uids", uids);
        params.put("arch", excludeArchitecture);
        params.put("ignored", ignoredTypes);
        return tx.run("""
                UNWIND $uids AS uid
                MATCH (m)-[e]-(n:Identified {uid: uid})
                WHERE ((e.idx IS NOT NULL AND startNode(e) = m AND ($arch IS NULL OR split(m.uid, '/')[0] <> $arch))
                       OR (e.uid IS NOT NULL AND ($arch IS NULL OR NOT e.uid STARTS WITH $arch + '/')))
                  AND NOT type(e) IN $ignored
                RETURN e.uid IS NOT NULL AS viaRelationship, type(e) AS type, e.name AS name, e.uid AS uid,
                       m._type AS referrerType, m.name AS referrerName, m.uid AS referrer, n._type AS targetType, n.name AS targetName, n.uid AS target
                ORDER BY referrer, uid LIMIT 100""", params).list(Referrers::describe);
    }

    /**
     * One line per referrer from a row with viaRelationship, type, name, uid (the relationship) and
     * referrerType, referrerName, referrer, targetType, targetName, target.
     */
    static String describe(Record r) {
        String target = r.get("targetType").asString() + name(r.get("targetName").asString(null)) + " (" + r.get("target").asString() + ")";
        if (r.get("viaRelationship").asBoolean()) {
            return GraphMapping.relationshipClassOf(r.get("type").asString()) + name(r.get("name").asString(null)) + " (" + r.get("uid").asString()
                    + ") connects " + r.get("referrerType").asString() + name(r.get("referrerName").asString(null)) + " ("
                    + r.get("referrer").asString() + ") with " + target;
        }
        return r.get("referrerType").asString() + name(r.get("referrerName").asString(null)) + " (" + r.get("referrer").asString() + ") -"
                + r.get("type").asString() + "-> " + target;
    }

    private static String name(String name) {
        return name == null || name.isBlank() ? "" : " '" + name + "'";
    }
}
