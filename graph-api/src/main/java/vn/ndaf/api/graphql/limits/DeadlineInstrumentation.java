package vn.ndaf.api.graphql.limits;

import org.springframework.core.Ordered;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import vn.ndaf.api.graphql.errors.RequestTimeoutException;

/** Refuses to start a field once the request's {@link Deadline} has passed; the field's error is TIMEOUT. */
public final class DeadlineInstrumentation extends SimplePerformantInstrumentation implements Ordered {

    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters, InstrumentationState state) {
        Deadline deadline = Deadline.of(parameters.getGraphQLContext());
        if (deadline != null) {
            deadline.running(parameters.getExecutionInput());
        }
        return super.beginExecution(parameters, state);
    }

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters, InstrumentationState state) {
        if (parameters.isTrivialDataFetcher()) {
            return dataFetcher;
        }
        return env -> {
            Deadline deadline = Deadline.of(env.getGraphQlContext());
            if (deadline != null && deadline.passed()) {
                throw new RequestTimeoutException("The request ran out of time (" + RequestLimits.seconds(deadline.timeout())
                        + ", ndaf.graphql.timeout) before " + env.getField().getName() + " could run; ask for less at once.");
            }
            return dataFetcher.get(env);
        };
    }
}
