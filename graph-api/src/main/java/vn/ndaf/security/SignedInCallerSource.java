package vn.ndaf.security;

import java.util.Set;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.ndaf.service.Caller;
import vn.ndaf.service.CallerSource;

/**
 * The caller of a request is its signed-in account: name, roles, scopes and clearance from the authentication,
 * origin the remote address. Without a signed-in account (work outside a request) the caller has no role at all.
 */
public final class SignedInCallerSource implements CallerSource {

    /** The name of the caller when no account is signed in; it may do nothing. */
    public static final String NOBODY = "anonymous";

    @Override
    public Caller current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        // the address the sign-in came from travels with the authentication (GraphQL fields may run off the request's thread)
        String origin = authentication != null && authentication.getDetails() instanceof WebAuthenticationDetails d && d.getRemoteAddress() != null
                ? d.getRemoteAddress() : remoteAddress();
        return of(authentication, origin);
    }

    static Caller of(Authentication authentication, String origin) {
        if (authentication == null || !authentication.isAuthenticated() || authentication instanceof AnonymousAuthenticationToken) {
            return new Caller(NOBODY, Set.of(), Set.of(), false, origin);
        }
        return Authorities.caller(authentication.getName(), authentication.getAuthorities(), origin);
    }

    private static String remoteAddress() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        return attributes instanceof ServletRequestAttributes s ? s.getRequest().getRemoteAddr() : "";
    }
}
