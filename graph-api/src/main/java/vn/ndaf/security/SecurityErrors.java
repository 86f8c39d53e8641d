package vn.ndaf.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.util.HtmlUtils;

import com.fasterxml.jackson.databind.ObjectMapper;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import vn.ndaf.api.graphql.errors.ErrorCode;

/**
 * The answers to a request without valid credentials (401) or without the right (403): for {@code /graphql} a
 * GraphQL error with {@code extensions.code} UNAUTHENTICATED or FORBIDDEN, for a browser a short page that leads
 * to the sign-in form, otherwise plain text. Never a stack trace.
 */
final class SecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    static final String SIGN_IN_PAGE = "/login";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Request attribute with a more precise reason (a forged or expired token) than Spring Security's exception. */
    static final String REASON = SecurityErrors.class.getName() + ".reason";

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e) throws IOException {
        Object reason = request.getAttribute(REASON);
 String message = reason != null ? reason.toString()
                : e instanceof org.springframework.security.authentication.LockedException || e instanceof org.springframework.security.authentication.BadCredentialsException
                        ? e.getMessage()
                : "Sign in first: send 'Authorization: Basic …' or 'Authorization: Bearer …' (a token from 'ndaf token create'), or sign in at "
                        + SIGN_IN_PAGE + ".";
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, ErrorCode.UNAUTHENTICATED, message);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) throws IOException {
        org.springframework.security.core.Authentication who = org.springframework.security.core.context.SecurityContextHolder.getContext().getAuthentication();
        boolean signInForm = request.getRequestURI().equals(request.getContextPath() + SIGN_IN_PAGE);
        if (!signInForm && (who == null || !who.isAuthenticated() || who instanceof org.springframework.security.authentication.AnonymousAuthenticationToken)) {
            // no one is signed in: the missing sign-in is the answer, not the missing CSRF token of a session there is not
            commence(request, response, new org.springframework.security.authentication.InsufficientAuthenticationException(e.getMessage()));
            return;
        }
        String message = request.getRequestURI().startsWith(request.getContextPath() + "/graphql")
                ? "The request was refused: its CSRF token is missing or wrong (a signed-in browser sends the XSRF-TOKEN cookie's value as X-XSRF-TOKEN). Nothing was done."
                : "You may not do this; nothing was done.";
        write(request, response, HttpServletResponse.SC_FORBIDDEN, ErrorCode.FORBIDDEN, message);
    }

    static void write(HttpServletRequest request, HttpServletResponse response, int status, ErrorCode code, String message) throws IOException {
        if (response.isCommitted()) {
            return;
        }
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        String accept = request.getHeader("Accept") == null ? "" : request.getHeader("Accept");
        // a browser is led to the sign-in form instead of its own password prompt (which would keep Basic credentials)
        if (status == HttpServletResponse.SC_UNAUTHORIZED && !accept.contains("text/html")) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"ndaf\", charset=\"UTF-8\"");
        }
        if (request.getRequestURI().startsWith(request.getContextPath() + "/graphql")) {
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            JSON.writeValue(response.getOutputStream(),
                    Map.of("errors", List.of(Map.of("message", message, "extensions", Map.of(ErrorCode.KEY, code.name(), "classification", code.name())))));
        } else if (accept.contains("text/html")) {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getWriter().write("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>ndaf: sign in</title></head><body>"
                    + "<h1>Sign in to ndaf</h1><p>" + HtmlUtils.htmlEscape(message) + "</p><p><a href=\"" + request.getContextPath() + SIGN_IN_PAGE
                    + "\">Sign in</a></p></body></html>\n");
        } else {
            response.setContentType(MediaType.TEXT_PLAIN_VALUE);
            response.getWriter().write(message + "\n");
        }
    }
}
