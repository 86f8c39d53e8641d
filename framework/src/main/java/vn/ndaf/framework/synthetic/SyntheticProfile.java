package vn.ndaf.framework.synthetic;

import java.util.List;
import java.util.Map;

/**
 * The synthetic nation's settings (synthetic/profile.yaml) and vocabulary (synthetic/vocabulary.yaml):
 * how large each body's architecture is at scale 1, which deviations are planted, and the words names are
 * made of.
 */
public record SyntheticProfile(String version, String markerKey, String markerValue, double recommendedPresence, boolean overviewViews,
        String plantedDeadlineMax, String openDeadlineMin, String openDeadlineMax, String doneBefore, Map<String, UnitExtras> unitExtras,
        CommuneExtras communeExtras, Map<DeviationKind, DeviationRule> deviations, List<String> duplicablePlatforms, Vocabulary vocabulary) {

    public SyntheticProfile {
        unitExtras = Map.copyOf(unitExtras);
        deviations = Map.copyOf(deviations);
        duplicablePlatforms = List.copyOf(duplicablePlatforms);
    }

    /** Extra content of a body made of organisational units (ministry, province, Party, Front template). */
    public record UnitExtras(int units, Range systems, Range processes, Range databases, Range projects, String vocabulary) {
    }

    /** Extra content of a commune: its administrative procedures and projects. */
    public record CommuneExtras(Range procedures, Range projects) {
    }

    /** How many deviations of a kind to plant: {@code rate} times the eligible bodies, at least {@code min}. */
    public record DeviationRule(double rate, int min) {

        public int count(int eligible) {
            if (eligible == 0) {
                return 0;
            }
            return Math.min(eligible, Math.max(min, (int) Math.round(rate * eligible)));
        }
    }

    /** An organisational unit's names and the topics of its systems and processes. */
    public record Unit(String vi, String en, List<String> topics) {

        public Unit {
            topics = List.copyOf(topics);
        }
    }

    /** The words of the vocabulary file. */
    public record Vocabulary(String version, Map<String, List<Unit>> units, List<String> processVerbs, List<String> systemKinds, List<String> databaseKinds,
            List<String> projectKinds, List<String> communeProcedures, List<String> procedureVariants) {

        public Vocabulary {
            units = Map.copyOf(units);
        }
    }
}
