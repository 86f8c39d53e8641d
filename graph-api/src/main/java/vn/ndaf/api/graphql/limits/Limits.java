package vn.ndaf.api.graphql.limits;

import java.util.Map;

import org.springframework.core.Ordered;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import vn.ndaf.api.graphql.errors.ErrorCode;
import vn.ndaf.api.graphql.errors.RefusedRequest;

/**
 * The checks of a request's shape, made by the GraphQL engine after validation and before any field runs: page
 * sizes, then depth, then complexity. Each refusal is one error with its code, the limit and the actual value.
 */
public final class Limits {

    private Limits() {
    }

    /** Every {@code first} argument at most the cap; INVALID_INPUT naming the field and the cap otherwise. */
    public static final class PageSize extends SimplePerformantInstrumentation implements Ordered {

        private final int cap;

        public PageSize(int cap) {
            this.cap = cap;
        }

        @Override
        public int getOrder() {
            return 1;
        }

        @Override
        public InstrumentationContext<graphql.ExecutionResult> beginExecuteOperation(InstrumentationExecuteOperationParameters parameters,
                InstrumentationState state) {
            ExecutionContext context = parameters.getExecutionContext();
            QueryTraverser.newQueryTraverser().schema(context.getGraphQLSchema()).document(context.getDocument())
                    .operationName(context.getExecutionInput().getOperationName()).coercedVariables(context.getCoercedVariables()).build()
                    .visitPreOrder(new QueryVisitorStub() {
                        @Override
                        public void visitField(QueryVisitorFieldEnvironment env) {
                            Object first = env.getArguments().get("first");
                            if (first instanceof Number n && n.longValue() > cap) {
                                String field = typeName(env) + "." + env.getField().getName();
                                throw new RefusedRequest(ErrorCode.INVALID_INPUT, "A page holds at most " + cap + " items: " + field + " was asked for first: "
                                        + n + ". Ask for " + cap + " or fewer and page on with after: pageInfo.endCursor.",
                                        Map.of("limit", "max-page-size", "max", cap, "actual", n.longValue(), "field", field));
                            }
                        }
                    });
            return super.beginExecuteOperation(parameters, state);
        }
    }

    /** A query nested deeper than the limit is refused with TOO_COMPLEX. */
    public static final class Depth extends MaxQueryDepthInstrumentation implements Ordered {

        private final int max;

        public Depth(int max) {
            super(max);
            this.max = max;
        }

        @Override
        public int getOrder() {
            return 2;
        }

        @Override
        protected AbortExecutionException mkAbortException(int depth, int maxDepth) {
            return new RefusedRequest(ErrorCode.TOO_COMPLEX, "The query is nested " + depth + " levels deep; the limit is " + max
                    + " (ndaf.graphql.max-depth). Ask for fewer levels at once.", Map.of("limit", "max-depth", "max", max, "actual", depth));
        }
    }

    /**
     * A query whose cost is over the limit is refused with TOO_COMPLEX. A field costs its cost from
     * {@link FieldCosts} plus what it selects; a paged field ({@code first}) that times one per started ten items.
     * Aliases count: each occurrence of a field is counted.
     */
    public static final class Complexity extends MaxQueryComplexityInstrumentation implements Ordered {

        private final int max;

        public Complexity(int max, FieldCosts costs) {
            super(max, (env, childComplexity) -> {
                String type = env.getParentType() == null ? "" : env.getParentType().getName();
                long pages = env.getArguments().get("first") instanceof Number n ? Math.max(1, (n.longValue() + 9) / 10) : 1;
                long cost = (costs.cost(type, env.getField().getName()) + (long) childComplexity) * pages;
                return (int) Math.min(Integer.MAX_VALUE / 4, cost);
            });
            this.max = max;
        }

        @Override
        public int getOrder() {
            return 3;
        }

        @Override
        protected AbortExecutionException mkAbortException(int complexity, int maxComplexity) {
            return new RefusedRequest(ErrorCode.TOO_COMPLEX, "The query costs " + complexity + "; the limit is " + max
                    + " (ndaf.graphql.max-complexity). Ask for fewer fields, smaller pages or fewer aliases at once; docs/graphql.md says what costs what.",
                    Map.of("limit", "max-complexity", "max", max, "actual", complexity));
        }
    }

    private static String typeName(QueryVisitorFieldEnvironment env) {
        return env.getFieldsContainer() == null ? "" : env.getFieldsContainer().getName();
    }
}
