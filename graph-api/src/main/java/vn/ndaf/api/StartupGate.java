package vn.ndaf.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.ndaf.api.bootstrap.StartupReferenceData;

/**
 * Until the start is over ({@link StartupReferenceData#isReady()}), every request gets a clear "starting"
 * answer instead of one computed on a store without its reference data: HTTP 503 with {@code Retry-After},
 * for {@code /graphql} a GraphQL error with {@code extensions.code} {@value #CODE}. Health passes through
 * and reports {@code OUT_OF_SERVICE} ({@link StartupHealthIndicator}), so a load balancer or a script can
 * wait for it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class StartupGate extends OncePerRequestFilter {

    /** The GraphQL error code of a request refused because the server is still starting. */
    public static final String CODE = "UNAVAILABLE";
    static final String RETRY_AFTER_SECONDS = "2";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StartupReferenceData startup;

    public StartupGate(StartupReferenceData startup) {
        this.startup = startup;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return startup.isReady() || request.getRequestURI().startsWith(request.getContextPath() + "/actuator/health");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        if (startup.isReady()) {
            chain.doFilter(request, response);
            return;
        }
        String message = "ndaf is starting (" + startup.step() + "); nothing was done. Try again in a few seconds.";
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (request.getRequestURI().startsWith(request.getContextPath() + "/graphql")) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            JSON.writeValue(response.getOutputStream(), Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of("code", CODE, "classification", CODE)))));
        } else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write(message + "\n");
        }
    }
}
