package vn.ndaf.repository;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * How many sequences the model-based properties try, and with which seed, from the command line:
 * {@code -Dndaf.mbt.tries=2000} runs 2,000 tries of each property instead of its default,
 * {@code -Dndaf.mbt.seed=-4398212447326412542} reruns the tries of that seed (jqwik prints the seed of a
 * failing run; the message of the failure repeats it with the command). See docs/graph-model.md.
 */
public final class MbtSettings implements AroundPropertyHook {

    static final String TRIES = "ndaf.mbt.tries";
    static final String SEED = "ndaf.mbt.seed";

    public MbtSettings() {
    }

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        String tries = System.getProperty(TRIES, "").strip();
        if (!tries.isEmpty()) {
            context.attributes().setTries(Integer.parseInt(tries));
        }
        String seed = System.getProperty(SEED, "").strip();
        if (!seed.isEmpty()) {
            context.attributes().setSeed(seed);
        }
        if (!tries.isEmpty() || !seed.isEmpty()) {
            System.err.println(context.extendedLabel() + ": tries " + context.attributes().tries().map(String::valueOf).orElse("(default)") + ", seed "
                    + context.attributes().seed().orElse("(random)"));
        }
        PropertyExecutionResult result = property.execute();
        if (result.status() == PropertyExecutionResult.Status.FAILED && result.seed().isPresent()) {
            String rerun = "rerun this sequence with: mvn -B -pl repository -am verify -Dit.test='" + context.containerClass().getSimpleName()
                    + "' -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false -D" + SEED + "=" + result.seed().get();
            System.err.println(context.extendedLabel() + " failed with seed " + result.seed().get() + "; " + rerun);
            Throwable cause = result.throwable().orElse(null);
            return result.mapToFailed(new AssertionError("[seed " + result.seed().get() + "; " + rerun + "]\n"
                    + (cause == null ? "" : cause.getMessage()), cause));
        }
        return result;
    }

    @Override
    public PropagationMode propagateTo() {
        // registered on a test class, it applies to the properties in it
        return PropagationMode.ALL_DESCENDANTS;
    }

    @Override
    public int aroundPropertyProximity() {
        // outside jqwik's own hooks, so the failure seen by the report carries the seed
        return -100;
    }
}
