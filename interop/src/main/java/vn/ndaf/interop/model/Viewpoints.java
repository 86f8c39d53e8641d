package vn.ndaf.interop.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Archi's viewpoint ids and the exchange format's viewpoint names. A value found in neither table is kept
 * as it is in both directions, so custom viewpoint names survive.
 */
public final class Viewpoints {

    private static final Map<String, String> ARCHI_TO_EXCHANGE = new LinkedHashMap<>();
    private static final Map<String, String> EXCHANGE_TO_ARCHI = new LinkedHashMap<>();

    static {
        put("organization", "Organization");
        put("information_structure", "Information Structure");
        put("technology", "Technology");
        put("layered", "Layered");
        put("physical", "Physical");
        put("product", "Product");
        put("application_structure", "Application Structure");
        put("application_usage", "Application Usage");
        put("technology_usage", "Technology Usage");
        put("business_process_cooperation", "Business Process Cooperation");
        put("application_cooperation", "Application Cooperation");
        put("service_realization", "Service Realization");
        put("implementation_deployment", "Implementation and Deployment");
        put("goal_realization", "Goal Realization");
        put("requirements_realization", "Requirements Realization");
        put("motivation", "Motivation");
        put("strategy", "Strategy");
        put("capability", "Capability Map");
        put("outcome_realization", "Outcome Realization");
        put("resource", "Resource Map");
        put("project", "Project");
        put("migration", "Migration");
        put("implementation_migration", "Implementation and Migration");
        put("stakeholder", "Stakeholder");
        put("value_stream", "Value Stream");
    }

    private Viewpoints() {
    }

    private static void put(String archi, String exchange) {
        ARCHI_TO_EXCHANGE.put(archi, exchange);
        EXCHANGE_TO_ARCHI.put(exchange, archi);
    }

    /** The exchange name of an Archi viewpoint id; other values unchanged; null or empty gives null. */
    public static String toExchange(String archiId) {
        if (archiId == null || archiId.isEmpty()) {
            return null;
        }
        return ARCHI_TO_EXCHANGE.getOrDefault(archiId, archiId);
    }

    /** The Archi id of an exchange viewpoint name; other values unchanged (ndaf keeps them). */
    public static String fromExchange(String exchangeName) {
        if (exchangeName == null || exchangeName.isEmpty()) {
            return null;
        }
        return EXCHANGE_TO_ARCHI.getOrDefault(exchangeName, exchangeName);
    }

    /** Whether Archi knows this viewpoint id. */
    public static boolean isArchiId(String id) {
        return ARCHI_TO_EXCHANGE.containsKey(id);
    }
}
