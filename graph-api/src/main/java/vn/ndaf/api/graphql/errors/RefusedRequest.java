package vn.ndaf.api.graphql.errors;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.execution.AbortExecutionException;

/**
 * A request refused before any field runs (over a limit, a page too large): the answer is this one error, with
 * its code and the extra facts (limit, actual value) in the extensions.
 */
public class RefusedRequest extends AbortExecutionException {

    private final ErrorCode code;
    private final Map<String, Object> details;

    public RefusedRequest(ErrorCode code, String message, Map<String, Object> details) {
        super(message);
        this.code = code;
        this.details = Map.copyOf(details);
    }

    public ErrorCode code() {
        return code;
    }

    @Override
    public Map<String, Object> getExtensions() {
        Map<String, Object> extensions = new LinkedHashMap<>(details);
        extensions.put(ErrorCode.KEY, code.name());
        return extensions;
    }
}
