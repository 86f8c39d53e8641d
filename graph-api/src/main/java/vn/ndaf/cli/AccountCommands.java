package vn.ndaf.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import vn.ndaf.repository.AccountStore;
import vn.ndaf.repository.store.DataFolderInUseException;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.service.Accounts;
import vn.ndaf.service.AuditLog;
import vn.ndaf.service.Caller;
import vn.ndaf.service.StoredAuditLog;

/**
 * {@code ndaf user …}, {@code ndaf token create} and {@code ndaf audit} (docs/security.md). On a stopped store they
 * run as the operating-system user with ADMIN rights (holding the data folder is the trust boundary) and are
 * audited as such; while a server holds the folder they go through its GraphQL API, signed in with NDAF_TOKEN.
 */
final class AccountCommands {

    private AccountCommands() {
    }

    /** The services on the stopped store, or null when a server holds it (then {@code remote} is used). */
    static <T> T run(StoreOptions store, CommandSpec spec, String purpose, Function<Local, T> local, Function<RunningServer, T> remote) {
        Neo4jStore opened;
        try {
            opened = store.open(purpose);
        } catch (DataFolderInUseException refused) {
            RunningServer server = RunningServer.holding(store.settings().dataDir(), refused);
            spec.commandLine().getErr().println(purpose + ": the data folder is held by the server at " + server.endpoint() + "; going through it");
            return remote.apply(server);
        }
        try (opened) {
            AccountStore accounts = new AccountStore(opened.driver());
            AuditLog audit = new StoredAuditLog(accounts);
            return local.apply(new Local(new Accounts(accounts, audit), audit, Caller.localUser()));
        }
    }

    record Local(Accounts accounts, AuditLog audit, Caller caller) {
    }

    static String line(Accounts.Account a) {
        return String.join("\t", a.name(), String.join(",", a.roles().stream().map(Enum::name).toList()), String.join(",", a.scopes()),
                Boolean.toString(a.cleared()), String.valueOf(a.created()));
    }

    @Command(name = "user", mixinStandardHelpOptions = true, description = "Local accounts: add, list, remove (ADMIN).",
            subcommands = { Add.class, ListUsers.class, Remove.class })
    static class User implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a local account; its password is read from the first line of standard input.")
    static class Add implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(index = "0", paramLabel = "NAME", description = "The account's name.")
        String name;

        @Option(names = "--role", required = true, paramLabel = "ROLE", description = "ADMIN, ARCHITECT, ANALYST or REVIEWER.")
        String role;

        @Option(names = "--scope", split = ",", paramLabel = "CODE", description = "Codes of the bodies an ARCHITECT writes (a province's includes its communes).")
        List<String> scopes = new ArrayList<>();

        @Option(names = "--password-stdin", required = true, description = "Read the password from standard input (never from the command line).")
        boolean passwordStdin;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Caller.Role r = Accounts.role(role);
            String password = readPassword();
            Accounts.Account added = run(store, spec, "ndaf user add", l -> l.accounts().add(l.caller(), name, r, scopes, password), server -> {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("name", name);
                v.put("role", r.name());
                v.put("scopes", scopes);
                v.put("password", password);
                JsonNode a = server.call("mutation($name: String!, $role: AccountRole!, $scopes: [String!], $password: String!) { addAccount(name: $name, "
                        + "role: $role, scopes: $scopes, password: $password) { name } }", v, "ndaf user add").path("addAccount");
                return new Accounts.Account(a.path("name").asText(), java.util.Set.of(r), new java.util.LinkedHashSet<>(scopes), r == Caller.Role.ADMIN, null);
            });
            PrintWriter out = spec.commandLine().getOut();
            out.println("Added the account " + added.name() + " (" + r.name() + (scopes.isEmpty() ? "" : ", scope " + String.join(",", scopes)) + ")");
            out.flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "The accounts (tab-separated: name, roles, scopes, cleared, created).")
    static class ListUsers implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<String> lines = run(store, spec, "ndaf user list", l -> l.accounts().list(l.caller()).stream().map(AccountCommands::line).toList(), server -> {
                List<String> out = new ArrayList<>();
                for (JsonNode a : server.call("{ accounts { name roles scopes cleared created } }", Map.of(), "ndaf user list").path("accounts")) {
                    out.add(String.join("\t", a.path("name").asText(), join(a.path("roles")), join(a.path("scopes")), a.path("cleared").asText(),
                            a.path("created").asText("null")));
                }
                return out;
            });
            PrintWriter out = spec.commandLine().getOut();
            out.println("name\troles\tscopes\tcleared\tcreated");
            lines.forEach(out::println);
            out.flush();
            return 0;
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove an account and its tokens.")
    static class Remove implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            run(store, spec, "ndaf user remove", l -> {
                l.accounts().remove(l.caller(), name);
                return true;
            }, server -> server.call("mutation($name: String!) { removeAccount(name: $name) }", Map.of("name", name), "ndaf user remove"));
            spec.commandLine().getOut().println("Removed the account " + name);
            spec.commandLine().getOut().flush();
            return 0;
        }
    }

    @Command(name = "token", mixinStandardHelpOptions = true, description = "Bearer tokens for accounts (ADMIN).", subcommands = { CreateToken.class })
    static class Token implements Runnable {
        @Spec
        CommandSpec spec;

        @Override
        public void run() {
            spec.commandLine().usage(spec.commandLine().getOut());
        }
    }

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = "Print a new bearer token for the account (use it as NDAF_TOKEN or 'Authorization: Bearer …'); it cannot be shown again.")
    static class CreateToken implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Option(names = "--days", paramLabel = "N", description = "Valid for N days (default: no expiry).")
        Integer days;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Accounts.NewToken token = run(store, spec, "ndaf token create", l -> l.accounts().createToken(l.caller(), name, days), server -> {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("name", name);
                v.put("days", days);
                JsonNode t = server.call("mutation($name: String!, $days: Int) { createToken(name: $name, days: $days) { account token expires } }", v,
                        "ndaf token create").path("createToken");
                return new Accounts.NewToken(t.path("account").asText(), t.path("token").asText(), t.path("expires").isNull() ? null : t.path("expires").asText());
            });
            spec.commandLine().getOut().println(token.token());
            spec.commandLine().getOut().flush();
            spec.commandLine().getErr().println("ndaf token create: a token for " + token.account() + (token.expires() == null ? ", no expiry" : ", expires " + token.expires()));
            spec.commandLine().getErr().flush();
            return 0;
        }
    }

    @Command(name = "audit", mixinStandardHelpOptions = true,
            description = "The audit trail, newest first (tab-separated: at, who, action, target, detail, origin): sign-ins, failed sign-ins, account changes (ADMIN).")
    static class Audit implements Callable<Integer> {
        @Mixin
        StoreOptions store;

        @Option(names = "--who", paramLabel = "NAME", description = "Only the events of this account.")
        String who;

        @Option(names = "--action", paramLabel = "ACTION", description = "Only this action (e.g. sign-in-failed).")
        String action;

        @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N events (default: ${DEFAULT-VALUE}).")
        int limit;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            List<String> lines = run(store, spec, "ndaf audit", l -> l.audit().read(l.caller(), who, action, limit).stream().map(Audit::line).toList(), server -> {
                Map<String, Object> v = new LinkedHashMap<>();
                v.put("who", who);
                v.put("action", action);
                v.put("first", limit);
                List<String> out = new ArrayList<>();
                for (JsonNode e : server.call("query($who: String, $action: String, $first: Int) { audit(who: $who, action: $action, first: $first) "
                        + "{ at who action target detail origin } }", v, "ndaf audit").path("audit")) {
                    out.add(line(new AuditLog.Event(e.path("at").asText(null), e.path("who").asText(null), e.path("action").asText(), e.path("target").asText(null),
                            e.path("detail").asText(null), e.path("origin").asText(null))));
                }
                return out;
            });
            PrintWriter out = spec.commandLine().getOut();
            out.println("at\twho\taction\ttarget\tdetail\torigin");
            lines.forEach(out::println);
            out.flush();
            return 0;
        }

        static String line(AuditLog.Event e) {
            return String.join("\t", clean(e.at()), clean(e.who()), clean(e.action()), clean(e.target()), clean(e.detail()), clean(e.origin()));
        }

        private static String clean(String s) {
            return s == null ? "" : s.replaceAll("[\\t\\r\\n]+", " ");
        }
    }

    private static String join(JsonNode array) {
        List<String> parts = new ArrayList<>();
        array.forEach(n -> parts.add(n.asText()));
        return String.join(",", parts);
    }

    /** The first line of standard input. */
    static String readPassword() throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line = in.readLine();
        if (line == null || line.isEmpty()) {
            throw new CommandException("No password on standard input; give it with --password-stdin, e.g. 'printf %s \"$PASSWORD\" | ndaf user add …'.");
        }
        return line;
    }
}
