package vn.ndaf.framework;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.framework.catalogue.Catalogue;
import vn.ndaf.framework.catalogue.CatalogueDatabase;
import vn.ndaf.framework.catalogue.CatalogueLoader;
import vn.ndaf.framework.catalogue.Platform;
import vn.ndaf.framework.catalogue.WorkPackage;
import vn.ndaf.framework.dictionary.DataDictionary;
import vn.ndaf.framework.dictionary.DictionaryLoader;
import vn.ndaf.framework.dictionary.Term;
import vn.ndaf.framework.national.NationalArchitecture;
import vn.ndaf.framework.reference.FrameworkLoader;
import vn.ndaf.framework.reference.FrameworkModel;
import vn.ndaf.framework.registry.Predecessors;
import vn.ndaf.framework.registry.PredecessorsLoader;
import vn.ndaf.framework.registry.Registry;
import vn.ndaf.framework.registry.RegistryLoader;
import vn.ndaf.framework.registry.RegistryModel;
import vn.ndaf.framework.template.TemplateInstantiator;
import vn.ndaf.framework.template.TemplateLoader;
import vn.ndaf.framework.template.Templates;

/**
 * All of the framework data (module framework-templates), read and checked together: the reference model,
 * the catalogue, the data dictionary, the registry of bodies and the templates. Every body code the data
 * names must be in the registry (or be a pseudo-group), every category and layer in the framework.
 */
public final class ReferenceData {

    private static volatile ReferenceData standard;

    private final FrameworkModel framework;
    private final Catalogue catalogue;
    private final DataDictionary dictionary;
    private final Registry registry;
    private final Templates templates;
    private volatile Predecessors predecessors;

    private ReferenceData(FrameworkModel framework, Catalogue catalogue, DataDictionary dictionary, Registry registry, Templates templates) {
        this.framework = framework;
        this.catalogue = catalogue;
        this.dictionary = dictionary;
        this.registry = registry;
        this.templates = templates;
    }

    /** The data on the classpath, read once per JVM. */
    public static ReferenceData standard() {
        ReferenceData data = standard;
        if (data == null) {
            synchronized (ReferenceData.class) {
                if (standard == null) {
                    standard = load();
                }
                data = standard;
            }
        }
        return data;
    }

    /** Reads and checks the data on the classpath. */
    public static ReferenceData load() {
        FrameworkModel framework = FrameworkLoader.load();
        Catalogue catalogue = CatalogueLoader.load();
        DataDictionary dictionary = DictionaryLoader.load();
        Registry registry = RegistryLoader.load();
        check(framework, catalogue, dictionary, registry);
        Templates templates = new Templates(new TemplateLoader(framework, catalogue).loadAll());
        return new ReferenceData(framework, catalogue, dictionary, registry, templates);
    }

    public FrameworkModel framework() {
        return framework;
    }

    public Catalogue catalogue() {
        return catalogue;
    }

    public DataDictionary dictionary() {
        return dictionary;
    }

    public Registry registry() {
        return registry;
    }

    public Templates templates() {
        return templates;
    }

    /** What every province and commune was formed from on 1 July 2025, read on first use (docs/bodies.md). */
    public Predecessors predecessors() {
        Predecessors p = predecessors;
        if (p == null) {
            synchronized (this) {
                if (predecessors == null) {
                    predecessors = PredecessorsLoader.load(registry);
                }
                p = predecessors;
            }
        }
        return p;
    }

    public TemplateInstantiator instantiator() {
        return new TemplateInstantiator(framework, catalogue);
    }

    /** The version of the national architecture's content (framework, catalogue, dictionary). */
    public String nationalVersion() {
        return NationalArchitecture.referenceVersion(framework, catalogue, dictionary);
    }

    /** A new national architecture model. */
    public EObject buildNationalArchitecture() {
        return NationalArchitecture.build(framework, catalogue, dictionary);
    }

    /** A new BodyRegistry model; each province and commune documented with what it was formed from. */
    public EObject buildRegistryModel() {
        return RegistryModel.build(registry, predecessors());
    }

    private static void check(FrameworkModel framework, Catalogue catalogue, DataDictionary dictionary, Registry registry) {
        List<String> problems = new ArrayList<>();
        for (Platform p : catalogue.platforms()) {
            if (framework.category(p.category()).isEmpty()) {
                problems.add("platform " + p.code() + ": category " + p.category() + " is not in " + FrameworkLoader.FILE);
            }
            if (p.operator() != null && !registry.knowsCode(p.operator())) {
                problems.add("platform " + p.code() + ": operator " + p.operator() + " is not a body of the registry");
            }
            if (p.hostedAt() != null && catalogue.platform(p.hostedAt()).filter(Platform::national).isEmpty()) {
                problems.add("platform " + p.code() + ": hosted_at " + p.hostedAt() + " is not a national platform of the catalogue");
            }
        }
        for (CatalogueDatabase d : catalogue.databases()) {
            if (framework.category(d.category()).isEmpty()) {
                problems.add("database " + d.code() + ": category " + d.category() + " is not in " + FrameworkLoader.FILE);
            }
            if (!registry.contains(d.steward())) {
                problems.add("database " + d.code() + ": steward " + d.steward() + " is not a body of the registry");
            }
        }
        for (WorkPackage w : catalogue.workPackages()) {
            if (!registry.knowsCode(w.lead())) {
                problems.add("work package " + w.code() + ": lead " + w.lead() + " is neither a body nor a pseudo-group");
            }
            for (String c : w.cooperating()) {
                if (!registry.knowsCode(c)) {
                    problems.add("work package " + w.code() + ": co-operating body " + c + " is neither a body nor a pseudo-group");
                }
            }
        }
        for (Term t : dictionary.terms()) {
            if (!registry.contains(t.owner())) {
                problems.add(DictionaryLoader.FILE + ", term " + t.code() + ": owner " + t.owner() + " is not a body of the registry");
            }
        }
        if (!problems.isEmpty()) {
            throw new FrameworkDataException("The framework data is inconsistent:\n  " + String.join("\n  ", problems));
        }
    }
}
