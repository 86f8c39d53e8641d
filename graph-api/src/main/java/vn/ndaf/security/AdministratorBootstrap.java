package vn.ndaf.security;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;

import vn.ndaf.service.Accounts;
import vn.ndaf.service.Caller;

/**
 * When the store holds no administrator (a new store, or one made by earlier commands), creates {@code admin}
 * before the server takes requests: with the configured password ({@code NDAF_ADMIN_PASSWORD}), else with a
 * generated one that is shown once ({@code ndaf serve} prints it; elsewhere it goes to the log).
 */
public final class AdministratorBootstrap implements SmartInitializingSingleton {

    private static final Logger LOG = LoggerFactory.getLogger(AdministratorBootstrap.class);

    private final Accounts accounts;
    private final String password;
    private final boolean logGenerated;
    private volatile String generated;

    AdministratorBootstrap(Accounts accounts, String password, boolean logGenerated) {
        this.accounts = accounts;
        this.password = password;
        this.logGenerated = logGenerated;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Caller server = new Caller("ndaf server", java.util.Set.of(Caller.Role.ADMIN), java.util.Set.of(), true, "local");
        Optional<String> made = accounts.ensureAdministrator(server, password);
        made.ifPresent(p -> {
            generated = p;
            if (logGenerated) {
                LOG.warn("Created the administrator account '{}' with the generated password {} (shown once; change it, or set NDAF_ADMIN_PASSWORD before the first start)",
                        Accounts.ADMIN, p);
            }
        });
    }

    /** The password generated for {@code admin} at this start, once: later calls answer empty. */
    public synchronized Optional<String> takeGeneratedPassword() {
        String p = generated;
        generated = null;
        return Optional.ofNullable(p);
    }
}
