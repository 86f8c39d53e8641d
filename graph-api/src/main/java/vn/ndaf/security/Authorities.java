package vn.ndaf.security;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import vn.ndaf.service.Caller;
import vn.ndaf.service.Caller.Role;

/**
 * How a signed-in account's rights are carried as Spring Security authorities, whatever signed it in (password,
 * ndaf token, JWT): {@code ROLE_<role>}, {@code NDAF_SCOPE_<body code>}, and {@value #CLEARED} for restricted content.
 */
final class Authorities {

    static final String ROLE = "ROLE_";
    static final String SCOPE = "NDAF_SCOPE_";
    static final String CLEARED = "NDAF_CLEARED";

    private Authorities() {
    }

    static List<GrantedAuthority> of(Collection<String> roles, Collection<String> scopes, boolean cleared) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (String r : roles) {
            authorities.add(new SimpleGrantedAuthority(ROLE + r));
        }
        for (String s : scopes) {
            authorities.add(new SimpleGrantedAuthority(SCOPE + s));
        }
        if (cleared) {
            authorities.add(new SimpleGrantedAuthority(CLEARED));
        }
        return authorities;
    }

    static Caller caller(String name, Collection<? extends GrantedAuthority> authorities, String origin) {
        Set<Role> roles = new LinkedHashSet<>();
        Set<String> scopes = new LinkedHashSet<>();
        boolean cleared = false;
        for (GrantedAuthority a : authorities) {
            String text = a.getAuthority();
            if (text == null) {
                continue;
            }
            if (text.startsWith(ROLE)) {
                try {
                    roles.add(Role.valueOf(text.substring(ROLE.length())));
                } catch (IllegalArgumentException e) {
                    // not one of ndaf's roles
                }
            } else if (text.startsWith(SCOPE)) {
                scopes.add(text.substring(SCOPE.length()));
            } else if (text.equals(CLEARED)) {
                cleared = true;
            }
        }
        return new Caller(name, roles, scopes, cleared, origin);
    }
}
