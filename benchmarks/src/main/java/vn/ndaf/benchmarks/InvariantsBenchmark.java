package vn.ndaf.benchmarks;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.validation.ModelValidator;
import vn.ndaf.repository.mapping.ModelToGraph;

/**
 * What the invariants add to every write (docs/graph-model.md, "Invariants a write keeps"): the time of
 * {@code ModelValidator.invariants} over one synthetic architecture, beside the time of mapping the same
 * model to graph states, which every write does anyway and which serves as the gauge of the machine.
 * Arguments: [elements] [relationships] [runs].
 */
public final class InvariantsBenchmark {

    private InvariantsBenchmark() {
    }

    public static void main(String[] args) {
        int elements = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int relationships = args.length > 1 ? Integer.parseInt(args[1]) : 300_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        EObject model = SyntheticModel.build(elements, relationships, 42);
        for (int run = 1; run <= runs; run++) {
            long t0 = System.nanoTime();
            int states = ModelToGraph.toStates(model, "probe").size();
            long t1 = System.nanoTime();
            int problems = ModelValidator.get().invariants(model).size();
            long t2 = System.nanoTime();
            System.out.printf("run %d: map %,d objects to graph states %.2f s; invariants %.2f s (%d problems)%n", run, states, (t1 - t0) / 1e9,
                    (t2 - t1) / 1e9, problems);
        }
    }
}
