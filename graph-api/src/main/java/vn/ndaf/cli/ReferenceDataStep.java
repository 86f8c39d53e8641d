package vn.ndaf.cli;

import java.io.PrintWriter;

import vn.ndaf.api.bootstrap.BootstrapResult;
import vn.ndaf.api.bootstrap.ReferenceModels;
import vn.ndaf.api.bootstrap.ReferenceUids;
import vn.ndaf.api.bootstrap.StoreBootstrap;
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.repository.ArchitectureRepository;

/** What every command that opens the store does first: bring the reference data up to date, saying so when it changed. */
final class ReferenceDataStep {

    private ReferenceDataStep() {
    }

    static BootstrapResult ensure(ArchitectureRepository repository, PrintWriter err) {
        BootstrapResult result = new StoreBootstrap(repository, ReferenceModels.of(ReferenceData.standard()), ReferenceUids.STANDARD).ensure();
        if (result.changedAnything() || result.registry().outcome() == BootstrapResult.Outcome.REFUSED
                || result.national().outcome() == BootstrapResult.Outcome.REFUSED) {
            result.lines().forEach(line -> err.println("Reference data: " + line));
            err.flush();
        }
        return result;
    }
}
