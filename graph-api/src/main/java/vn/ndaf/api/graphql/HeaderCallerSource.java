package vn.ndaf.api.graphql;

import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.ndaf.service.Caller;
import vn.ndaf.service.CallerSource;

/**
 * The callers while no sign-in is required: {@link Caller#anonymous(String)} named by the request's
 * {@value GraphQlConfiguration#AUTHOR_HEADER} header (recorded in the history), or "anonymous". The security
 * configuration replaces it with a {@code @Primary} source of the signed-in account.
 */
final class HeaderCallerSource implements CallerSource {

    @Override
    public Caller current() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            String author = servlet.getRequest().getHeader(GraphQlConfiguration.AUTHOR_HEADER);
            return withOrigin(Caller.anonymous(author == null || author.isBlank() ? null : author.strip()), servlet.getRequest().getRemoteAddr());
        }
        return Caller.anonymous(null);
    }

    private static Caller withOrigin(Caller caller, String origin) {
        return new Caller(caller.name(), caller.roles(), caller.scopes(), caller.cleared(), origin);
    }
}
