package vn.ndaf.api.graphql;

import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

import vn.ndaf.service.Accounts;
import vn.ndaf.service.AuditLog;
import vn.ndaf.service.Caller;
import vn.ndaf.service.CallerSource;

/** Accounts, tokens and the audit trail over GraphQL (docs/security.md); the rules are those of {@link Accounts}. */
@Controller
public class AccountController {

    private final Accounts accounts;
    private final AuditLog audit;
    private final CallerSource callers;

    public AccountController(Accounts accounts, AuditLog audit, CallerSource callers) {
        this.accounts = accounts;
        this.audit = audit;
        this.callers = callers;
    }

    @QueryMapping
    public Accounts.Account me() {
        Caller c = callers.current();
        return new Accounts.Account(c.name(), c.roles(), c.scopes(), c.cleared(), null);
    }

    @QueryMapping
    public List<Accounts.Account> accounts() {
        return accounts.list(callers.current());
    }

    @QueryMapping
    public List<AuditLog.Event> audit(@Argument String who, @Argument String action, @Argument Integer first) {
        return audit.read(callers.current(), who, action, first == null ? 100 : first);
    }

    @MutationMapping
    public Accounts.Account addAccount(@Argument String name, @Argument String role, @Argument List<String> scopes, @Argument String password) {
        return accounts.add(callers.current(), name, Accounts.role(role), scopes, password);
    }

    @MutationMapping
    public boolean removeAccount(@Argument String name) {
        accounts.remove(callers.current(), name);
        return true;
    }

    @MutationMapping
    public Accounts.NewToken createToken(@Argument String name, @Argument Integer days) {
        return accounts.createToken(callers.current(), name, days);
    }

    @MutationMapping
    public boolean changePassword(@Argument String name, @Argument String password) {
        accounts.setPassword(callers.current(), name, password);
        return true;
    }

    @MutationMapping
    public long revokeTokens(@Argument String name) {
        return accounts.revokeTokens(callers.current(), name);
    }
}
