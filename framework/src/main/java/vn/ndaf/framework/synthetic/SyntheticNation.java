package vn.ndaf.framework.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.template.Template;

/**
 * The synthetic nation (docs/synthetic-nation.md): a plausible architecture for every body, derived from its
 * template, with seeded deviations of each kind planted so that analysis has something to find. Scale 1 is
 * the whole nation at about one million elements; below 1 a sample of the bodies, above 1 larger bodies.
 * The same data, scale and seed give the same models, ids included.
 */
public final class SyntheticNation {

    /** The prefix of generated architectures' keys. */
    public static final String KEY_PREFIX = "syn-";
    /** The largest scale accepted. */
    public static final double MAX_SCALE = 20;

    private final ReferenceData data;
    private final SyntheticProfile profile;

    public SyntheticNation(ReferenceData data, SyntheticProfile profile) {
        this.data = data;
        this.profile = profile;
    }

    /** The standard reference data and synthetic profile. */
    public static SyntheticNation standard() {
        ReferenceData data = ReferenceData.standard();
        return new SyntheticNation(data, SyntheticProfileLoader.load(data.catalogue()));
    }

    /** The key (and store id) of a body's generated architecture. */
    public static String key(String bodyCode) {
        return KEY_PREFIX + bodyCode;
    }

    public SyntheticProfile profile() {
        return profile;
    }

    /** The bodies a generation at this scale and seed covers, in generation order. */
    public List<Body> bodies(double scale, long seed) {
        checkScale(scale);
        return NationSample.select(data.registry(), data.templates(), scale, new SplittableRandom(seed).split()).generationOrder();
    }

    public GenerationReport generate(double scale, long seed, ArchitectureSink sink) {
        checkScale(scale);
        SplittableRandom random = new SplittableRandom(seed);
        NationSample sample = NationSample.select(data.registry(), data.templates(), scale, random.split());
        List<Body> order = sample.generationOrder();
        DeviationPlan plan = DeviationPlan.plan(order, sample.provinces(), data.templates(), profile, random.split());
        BodyGenerator generator = new BodyGenerator(data, profile, seed, scale, plan);
        EObject national = sink.nationalArchitecture();
        ModelDigest digest = new ModelDigest();
        List<PlantedDeviation> planted = new ArrayList<>();
        EObject province = null;
        long elements = 0;
        long relationships = 0;
        int done = 0;
        for (Body body : order) {
            Template template = data.templates().forBody(body).orElseThrow();
            GeneratedArchitecture generated = generator.generate(body, template, national, body.isCommune() ? province : null, planted);
            if (body.isProvince()) {
                province = generated.root();
            }
            digest.add(generated.key(), generated.root());
            elements += generated.elements();
            relationships += generated.relationships();
            sink.accept(generated, new GenerationProgress(++done, order.size(), elements, relationships));
        }
        return new GenerationReport(scale, seed, profile.version(), data.nationalVersion(), done, elements, relationships, planted, digest.hex());
    }

    private static void checkScale(double scale) {
        if (!(scale > 0) || scale > MAX_SCALE) {
            throw new IllegalArgumentException("The scale must be above 0 and at most " + MAX_SCALE + " (1 is the whole nation, about a million elements), not "
                    + scale);
        }
    }
}
