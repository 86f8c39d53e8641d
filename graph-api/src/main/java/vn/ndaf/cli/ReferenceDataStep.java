package vn.ndaf.cli;

import java.io.PrintWriter;

import vn.ndaf.api.bootstrap.BootstrapResult;
import vn.ndaf.repository.store.Neo4jStore;
import vn.ndaf.repository.store.StartupTiming;
import vn.ndaf.service.Caller;
import vn.ndaf.service.Services;

/** What every command that opens the store does first: bring the reference data up to date, saying so when it changed. */
final class ReferenceDataStep {

    private ReferenceDataStep() {
    }

    static BootstrapResult ensure(Neo4jStore store, PrintWriter err) {
        // the data's fingerprint against the one the store recorded: the framework data is parsed only when they differ
        BootstrapResult result = Services.on(store).framework().ensureReferenceData(Caller.localUser());
        StartupTiming.mark("reference data checked");
        if (result.changedAnything() || result.registry().outcome() == BootstrapResult.Outcome.REFUSED
                || result.national().outcome() == BootstrapResult.Outcome.REFUSED) {
            result.lines().forEach(line -> err.println("Reference data: " + line));
            err.flush();
        }
        return result;
    }
}
