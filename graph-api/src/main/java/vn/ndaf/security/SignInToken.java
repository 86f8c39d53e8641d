package vn.ndaf.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import vn.ndaf.service.Accounts;

/**
 * The sign-in token of this server's run for {@code admin}: printed by {@code ndaf serve} in the viewer's URL
 * ({@code /?token=…}), accepted on every page, deep link and GraphQL request until the server stops. Kept in
 * memory only; a restart makes a new one.
 */
public final class SignInToken {

    private final String token = Accounts.newSecret();

    public String value() {
        return token;
    }

    boolean matches(String candidate) {
        return candidate != null && MessageDigest.isEqual(token.getBytes(StandardCharsets.UTF_8), candidate.getBytes(StandardCharsets.UTF_8));
    }
}
