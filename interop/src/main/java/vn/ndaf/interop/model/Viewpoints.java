package vn.ndaf.interop.model;

import vn.ndaf.metamodel.rules.ViewpointRules;
import vn.ndaf.metamodel.rules.ViewpointRules.Viewpoint;

/**
 * Archi's viewpoint ids and the exchange format's viewpoint names, from the viewpoint table
 * ({@code metamodel/model/viewpoints.tsv}, {@link ViewpointRules}). A value found in neither is kept as it
 * is in both directions, so custom viewpoint names survive.
 */
public final class Viewpoints {

    private Viewpoints() {
    }

    /** The exchange name of an Archi viewpoint id; other values unchanged; null or empty gives null. */
    public static String toExchange(String archiId) {
        if (archiId == null || archiId.isEmpty()) {
            return null;
        }
        return ViewpointRules.get().byId(archiId).map(Viewpoint::exchangeName).orElse(archiId);
    }

    /** The Archi id of an exchange viewpoint name; other values unchanged (ndaf keeps them). */
    public static String fromExchange(String exchangeName) {
        if (exchangeName == null || exchangeName.isEmpty()) {
            return null;
        }
        return ViewpointRules.get().byExchangeName(exchangeName).map(Viewpoint::id).orElse(exchangeName);
    }

    /** Whether Archi knows this viewpoint id. */
    public static boolean isArchiId(String id) {
        return ViewpointRules.get().byId(id).isPresent();
    }
}
