package vn.ndaf.service;

import java.util.function.Supplier;

import vn.ndaf.analysis.Checker;
import vn.ndaf.analysis.LiveFindings;
import vn.ndaf.analysis.StoreChecker;
import vn.ndaf.api.bootstrap.ArchitectureFromTemplate;
import vn.ndaf.api.bootstrap.NationGeneration;
import vn.ndaf.api.bootstrap.ReferenceModels;
import vn.ndaf.api.bootstrap.ReferenceUids;
import vn.ndaf.api.bootstrap.StoreBootstrap;
import vn.ndaf.api.bootstrap.StoredRegistry;
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.synthetic.SyntheticNation;
import vn.ndaf.repository.AccountStore;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.FindingStore;
import vn.ndaf.repository.GapQueries;
import vn.ndaf.repository.ObjectEdits;
import vn.ndaf.repository.ObjectQueries;
import vn.ndaf.repository.ReviewStore;
import vn.ndaf.repository.RuleQueries;
import vn.ndaf.repository.StoreBackup;
import vn.ndaf.repository.StoreMarks;
import vn.ndaf.repository.store.Neo4jStore;

/**
 * The services of a command on a stopped store: made on the store the command opened, each when first asked for
 * (a command pays only for what it uses), allowing everything and recording its writes in the audit trail: the
 * operating-system user who holds the data folder is the caller, an ADMIN. The server makes its services as beans
 * ({@link ServiceConfiguration}).
 */
public final class Services {

    private final Neo4jStore store;
    private final Guard guard;
    private final Supplier<ArchitectureRepository> repository = memo(() -> new ArchitectureRepository(opened().driver()));
    private final Supplier<ReferenceData> data = memo(ReferenceData::standard);
    private final Supplier<StoredRegistry> registry = memo(() -> new StoredRegistry(repository.get(), data.get(), ReferenceUids.STANDARD));
    private final Supplier<ArchitectureService> architectures = memo(() -> new ArchitectureService(repository.get(), new ObjectQueries(opened().driver()),
            new ObjectEdits(opened().driver()), guard()));
    private final Supplier<BackupService> backups = memo(() -> new BackupService(new StoreBackup(opened().driver()), guard()));
    private final Supplier<ReviewService> reviews = memo(() -> new ReviewService(new ReviewStore(opened().driver()), guard()));
    private final Supplier<TransferService> transfer = memo(() -> new TransferService(repository.get(), guard()));
    private final Supplier<FrameworkService> framework = memo(() -> new FrameworkService(repository.get(), data, ReferenceUids.STANDARD, registry.get(),
            memo(() -> new StoreBootstrap(repository.get(), new StoreMarks(opened().driver()), ReferenceModels.standard(), ReferenceUids.STANDARD)),
            memo(() -> new ArchitectureFromTemplate(repository.get(), data.get(), ReferenceUids.STANDARD)),
            memo(() -> new NationGeneration(repository.get(), SyntheticNation.standard(), ReferenceUids.STANDARD)), guard()));
    private final Supplier<StoreChecker> checker = memo(() -> new StoreChecker(Checker.standard(), repository.get(), new RuleQueries(opened().driver())));
    private final Supplier<AnalysisService> analysis = memo(() -> new AnalysisService(repository.get(), new GapQueries(opened().driver()),
            new FindingStore(opened().driver()), checker, memo(() -> new LiveFindings(checker.get(), new FindingStore(opened().driver()))), data,
            ReferenceUids.STANDARD.national(), guard()));

    private Services(Neo4jStore store, Guard guard) {
        this.store = store;
        this.guard = guard;
    }

    /** The services on a store a command opened (and closes). */
    public static Services on(Neo4jStore store) {
        return new Services(store, new Guard(AccessPolicy.ALLOW_ALL, new StoredAuditLog(new AccountStore(store.driver()))));
    }

    public ArchitectureService architectures() {
        return architectures.get();
    }

    public BackupService backups() {
        return backups.get();
    }

    public ReviewService reviews() {
        return reviews.get();
    }

    public TransferService transfer() {
        return transfer.get();
    }

    public FrameworkService framework() {
        return framework.get();
    }

    public AnalysisService analysis() {
        return analysis.get();
    }

    /** The store (a method, not the field, so that the field initialisers above may use it when first asked). */
    private Neo4jStore opened() {
        return store;
    }

    private Guard guard() {
        return guard;
    }

    /** {@code make}'s value, made once on first use. */
    static <T> Supplier<T> memo(Supplier<T> make) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = make.get();
                }
                return value;
            }
        };
    }
}
