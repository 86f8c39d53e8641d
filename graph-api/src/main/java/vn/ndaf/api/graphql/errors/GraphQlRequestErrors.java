package vn.ndaf.api.graphql.errors;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A request to the GraphQL endpoint that is not a GraphQL request at all (a body that is not JSON, another media
 * type) is answered as GraphQL answers, with an INVALID_INPUT error, rather than with the server's error page.
 */
public class GraphQlRequestErrors implements HandlerExceptionResolver, Ordered {

    private static final String MESSAGE = "The request is not a GraphQL request: POST JSON such as {\"query\": \"{ ndaf { version } }\", \"variables\": {}}"
            + " with Content-Type: application/json.";

    private final String path;

    public GraphQlRequestErrors(String path) {
        this.path = path;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        String uri = request.getRequestURI().substring(request.getContextPath().length());
        if (!uri.equals(path) || response.isCommitted()) {
            return null;
        }
        int status;
        if (ex instanceof HttpMessageNotReadableException) {
            status = 400;
        } else if (ex instanceof ErrorResponse error && error.getStatusCode().is4xxClientError()) {
            status = error.getStatusCode().value();
        } else {
            return null;
        }
        try {
            response.setStatus(status);
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"errors\":[{\"message\":\"" + MESSAGE.replace("\\", "\\\\").replace("\"", "\\\"")
                    + "\",\"extensions\":{\"code\":\"" + ErrorCode.INVALID_INPUT.name() + "\"}}]}");
            response.getWriter().flush();
        } catch (IOException e) {
            return null;
        }
        return new ModelAndView();
    }
}
