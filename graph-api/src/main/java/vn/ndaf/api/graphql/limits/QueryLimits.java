package vn.ndaf.api.graphql.limits;

import java.time.Duration;
import java.util.Map;

import org.springframework.util.unit.DataSize;

/**
 * The limits of one GraphQL request (properties ndaf.graphql.*): depth, complexity, page size, size of the query
 * document, time.
 */
public record QueryLimits(int maxDepth, int maxComplexity, int maxPageSize, DataSize maxDocumentSize, Duration timeout) {

    public static final int DEFAULT_MAX_DEPTH = 12;
    public static final int DEFAULT_MAX_COMPLEXITY = 5000;
    public static final int DEFAULT_MAX_PAGE_SIZE = 1000;
    public static final DataSize DEFAULT_MAX_DOCUMENT_SIZE = DataSize.ofKilobytes(100);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public QueryLimits {
        if (maxDepth < 1 || maxComplexity < 1 || maxPageSize < 1 || maxDocumentSize.toBytes() < 1 || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The GraphQL limits must be positive: " + Map.of("max-depth", maxDepth, "max-complexity", maxComplexity,
                    "max-page-size", maxPageSize, "max-document-size", maxDocumentSize, "timeout", timeout));
        }
    }

    public static QueryLimits defaults() {
        return new QueryLimits(DEFAULT_MAX_DEPTH, DEFAULT_MAX_COMPLEXITY, DEFAULT_MAX_PAGE_SIZE, DEFAULT_MAX_DOCUMENT_SIZE, DEFAULT_TIMEOUT);
    }
}
