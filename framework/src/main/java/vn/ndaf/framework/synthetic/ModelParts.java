package vn.ndaf.framework.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;

/**
 * Adds elements and relationships to one generated architecture: classified elements, relationships with
 * ids {@code xr1, xr2, ...} in creation order, and seeded dates and choices.
 */
final class ModelParts {

    private final EObject architecture;
    private final SplittableRandom random;
    private int relationships;

    ModelParts(EObject architecture, SplittableRandom random) {
        this.architecture = architecture;
        this.random = random;
    }

    SplittableRandom random() {
        return random;
    }

    EObject element(String type, String id, String name, String layer, String category) {
        EObject e = Models.element(architecture, type, id, name);
        Models.set(e, "nationalLayer", layer);
        Models.set(e, "referenceModel", category.substring(0, 3));
        Models.set(e, "referenceCategory", category);
        return e;
    }

    EObject relate(String type, EObject source, EObject target) {
        return Models.relationship(architecture, type, "xr" + (++relationships), source, target);
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A date between {@code from} and {@code to}, both yyyy-mm-dd and included. */
    String date(String from, String to) {
        LocalDate start = LocalDate.parse(from);
        long days = LocalDate.parse(to).toEpochDay() - start.toEpochDay();
        return start.plusDays(days <= 0 ? 0 : random.nextLong(days + 1)).toString();
    }

    /** A date up to {@code maxDaysBefore} days before {@code date}. */
    String before(String date, int maxDaysBefore) {
        return LocalDate.parse(date).minusDays(random.nextInt(maxDaysBefore + 1)).toString();
    }

    /** Adds an enum literal to a many-valued enum attribute. */
    static void addLiteral(EObject o, String feature, String literal) {
        org.eclipse.emf.ecore.EEnum eEnum = (org.eclipse.emf.ecore.EEnum) Models.feature(o, feature).getEType();
        Models.<Object>list(o, feature).add(eEnum.getEEnumLiteralByLiteral(literal).getInstance());
    }

    static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(java.util.Locale.ROOT) + s.substring(1);
    }
}
