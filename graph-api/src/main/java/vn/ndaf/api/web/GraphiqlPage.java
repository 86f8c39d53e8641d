package vn.ndaf.api.web;

import java.io.IOException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * GraphiQL at {@code /graphiql}, from the viewer's bundle (viewer/src/graphiql): every script, style and font is
 * served by ndaf itself, so it works on a network with no way out. {@code ndaf.graphiql.enabled=false} switches
 * it off: the page and its assets then answer 404.
 */
@Controller
public class GraphiqlPage extends OncePerRequestFilter {

    private final boolean enabled;

    public GraphiqlPage(@Value("${ndaf.graphiql.enabled:true}") boolean enabled) {
        this.enabled = enabled;
    }

    @GetMapping({ "/graphiql", "/graphiql/" })
    public String page() {
        return "forward:/graphiql/index.html";
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return enabled || !(path.equals("/graphiql") || path.startsWith("/graphiql/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
        response.sendError(HttpServletResponse.SC_NOT_FOUND, "GraphiQL is switched off on this server");
    }
}
