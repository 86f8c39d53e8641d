package vn.ndaf.repository;

import org.neo4j.driver.Record;

import vn.ndaf.repository.mapping.GraphMapping;

/** How a refusal names what still refers to an object: the referring relationship, or the referring object and how. */
final class Referrers {

    private Referrers() {
    }

    /**
     * One line per referrer from a row with viaRelationship, type, name, arch, id (the relationship) and
     * referrerType, referrerName, referrer, targetType, targetName, target.
     */
    static String describe(Record r) {
        String target = r.get("targetType").asString() + name(r.get("targetName").asString(null)) + " (" + r.get("target").asString() + ")";
        if (r.get("viaRelationship").asBoolean()) {
            return GraphMapping.relationshipClassOf(r.get("type").asString()) + name(r.get("name").asString(null)) + " (" + r.get("arch").asString() + "/"
                    + r.get("id").asString() + ") connects " + r.get("referrerType").asString() + name(r.get("referrerName").asString(null)) + " ("
                    + r.get("referrer").asString() + ") with " + target;
        }
        return r.get("referrerType").asString() + name(r.get("referrerName").asString(null)) + " (" + r.get("referrer").asString() + ") -"
                + r.get("type").asString() + "-> " + target;
    }

    private static String name(String name) {
        return name == null || name.isBlank() ? "" : " '" + name + "'";
    }
}
