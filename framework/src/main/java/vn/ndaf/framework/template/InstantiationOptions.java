package vn.ndaf.framework.template;

import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EObject;

/**
 * What an instantiation works with and how.
 *
 * @param national       the national architecture (stored or built); its platforms are referenced, never copied
 * @param parent         the parent body's architecture (a commune's province), or null when there is none yet
 * @param name           the architecture's name, or null for the template's pattern
 * @param state          baseline, transition or target
 * @param omitted        keys of blocks to leave out (and every relationship touching them)
 * @param recommended    which recommended blocks to include (required ones always are, unless omitted)
 * @param overviewView   whether to add the overview view of the blocks
 */
public record InstantiationOptions(EObject national, EObject parent, String name, String state, Set<String> omitted, Predicate<Block> recommended,
        boolean overviewView) {

    public InstantiationOptions {
        Objects.requireNonNull(national, "the national architecture");
        state = state == null ? "baseline" : state;
        omitted = Set.copyOf(omitted);
    }

    /** Every block, the template's name, baseline, with the overview view. */
    public static InstantiationOptions of(EObject national, EObject parent) {
        return new InstantiationOptions(national, parent, null, "baseline", Set.of(), b -> true, true);
    }

    public InstantiationOptions withName(String newName) {
        return new InstantiationOptions(national, parent, newName, state, omitted, recommended, overviewView);
    }

    public InstantiationOptions withState(String newState) {
        return new InstantiationOptions(national, parent, name, newState, omitted, recommended, overviewView);
    }

    public InstantiationOptions omitting(Set<String> keys, Predicate<Block> includeRecommended) {
        return new InstantiationOptions(national, parent, name, state, keys, includeRecommended, overviewView);
    }

    public InstantiationOptions withOverviewView(boolean on) {
        return new InstantiationOptions(national, parent, name, state, omitted, recommended, on);
    }
}
