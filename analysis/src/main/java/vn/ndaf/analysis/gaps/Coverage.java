package vn.ndaf.analysis.gaps;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EStructuralFeature;

import vn.ndaf.analysis.gaps.Refs.BlockRef;
import vn.ndaf.analysis.gaps.Refs.PlatformRef;
import vn.ndaf.framework.ReferenceData;
import vn.ndaf.framework.catalogue.Platform;
import vn.ndaf.framework.national.NationalIds;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.template.Block;
import vn.ndaf.framework.template.Placeholders;
import vn.ndaf.framework.template.PlatformUse;
import vn.ndaf.framework.template.Template;
import vn.ndaf.metamodel.NdafMetamodel;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.ArchitectureSummary;
import vn.ndaf.repository.GapQueries;

/**
 * Coverage of the framework over a set of bodies: for each body's architectures, the required blocks of the
 * body's template that no element is identified as (the same test as {@code TemplateConformance}: block key,
 * class, identifying values) and the required national platforms no relationship of the architecture uses
 * (only where the block that uses the platform is present, as conformance does); bodies with no architecture
 * are listed with {@code architecture} null. Reads only block-identified elements and platform uses.
 */
public final class Coverage {

    /** One body's architecture (or the body alone, {@code architecture} null, when it has none). */
    public record BodyCoverage(String body, String architecture, String template, List<BlockRef> missingBlocks, List<PlatformRef> missingPlatforms) {

        public BodyCoverage {
            missingBlocks = List.copyOf(missingBlocks);
            missingPlatforms = List.copyOf(missingPlatforms);
        }
    }

    /**
     * @param bodies                    bodies selected
     * @param bodiesWithoutArchitecture of those, the ones with no stored architecture
     * @param architectures             their stored architectures
     * @param architecturesComplete     architectures that lack no required block or platform
     * @param missingBlocks             missing blocks over all architectures
     * @param missingPlatforms          missing platform uses over all architectures
     * @param missingByBlock            per block key, in how many architectures it is missing
     * @param missingByPlatform         per platform code, in how many architectures it is unused
     */
    public record Totals(int bodies, int bodiesWithoutArchitecture, int architectures, int architecturesComplete, int missingBlocks, int missingPlatforms,
            Map<String, Integer> missingByBlock, Map<String, Integer> missingByPlatform) {
    }

    public record Result(List<BodyCoverage> bodies, Totals totals) {

        public Result {
            bodies = List.copyOf(bodies);
        }
    }

    private final ArchitectureRepository repository;
    private final GapQueries queries;
    private final ReferenceData data;
    private final String national;

    /** @param national the id of the stored national architecture whose platform elements ({@code p-CODE}) architectures use */
    public Coverage(ArchitectureRepository repository, GapQueries queries, ReferenceData data, String national) {
        this.repository = repository;
        this.queries = queries;
        this.data = data;
        this.national = national;
    }

    public Result of(List<Body> bodies) {
        Architectures architectures = new Architectures(repository);
        List<String> attributes = identityAttributes();
        Map<String, List<GapQueries.BlockRow>> blocksByArchitecture = new HashMap<>();
        for (GapQueries.BlockRow row : queries.blocks(attributes)) {
            blocksByArchitecture.computeIfAbsent(row.architecture(), k -> new ArrayList<>()).add(row);
        }
        Set<String> platformUids = new LinkedHashSet<>();
        data.templates().all().forEach(t -> t.platforms().forEach(p -> platformUids.add(national + "/" + NationalIds.platform(p.code()))));
        Map<String, Set<String>> usesByArchitecture = new HashMap<>();
        for (GapQueries.PlatformUseRow row : queries.platformUses(List.copyOf(platformUids))) {
            usesByArchitecture.computeIfAbsent(row.architecture(), k -> new HashSet<>()).add(row.platform());
        }

        List<BodyCoverage> rows = new ArrayList<>();
        int without = 0;
        int archCount = 0;
        int complete = 0;
        int blocks = 0;
        int platforms = 0;
        Map<String, Integer> byBlock = new LinkedHashMap<>();
        Map<String, Integer> byPlatform = new LinkedHashMap<>();
        for (Body body : bodies) {
            Template template = data.templates().forBody(body).orElse(null);
            // the national reference architecture holds the national platforms; it is no body's template architecture
            List<ArchitectureSummary> own = architectures.ofBody(body.code()).stream().filter(a -> !a.uid().equals(national)).toList();
            if (own.isEmpty()) {
                without++;
                rows.add(new BodyCoverage(body.code(), null, template == null ? null : template.name(), List.of(), List.of()));
                continue;
            }
            for (ArchitectureSummary a : own) {
                archCount++;
                List<BlockRef> missingBlocks = new ArrayList<>();
                List<PlatformRef> missingPlatforms = new ArrayList<>();
                if (template != null) {
                    List<GapQueries.BlockRow> present = blocksByArchitecture.getOrDefault(a.uid(), List.of());
                    Set<String> presentKeys = new HashSet<>();
                    for (Block block : template.blocks()) {
                        if (present.stream().anyMatch(r -> is(r, block, attributes))) {
                            presentKeys.add(block.key());
                        } else if (block.required()) {
                            missingBlocks.add(new BlockRef(block.key(), blockName(block, body)));
                            byBlock.merge(block.key(), 1, Integer::sum);
                        }
                    }
                    Set<String> used = usesByArchitecture.getOrDefault(a.uid(), Set.of());
                    for (PlatformUse use : template.platforms()) {
                        if (use.required() && presentKeys.contains(use.blockKey()) && !used.contains(NationalIds.platform(use.code()))) {
                            missingPlatforms.add(new PlatformRef(use.code(), data.catalogue().platform(use.code()).map(Platform::nameVi).orElse(use.code())));
                            byPlatform.merge(use.code(), 1, Integer::sum);
                        }
                    }
                }
                if (missingBlocks.isEmpty() && missingPlatforms.isEmpty()) {
                    complete++;
                }
                blocks += missingBlocks.size();
                platforms += missingPlatforms.size();
                rows.add(new BodyCoverage(body.code(), a.uid(), template == null ? null : template.name(), missingBlocks, missingPlatforms));
            }
        }
        return new Result(rows, new Totals(bodies.size(), without, archCount, complete, blocks, platforms, byBlock, byPlatform));
    }

    /** Every attribute some block of some template is identified by, in a fixed order. */
    private List<String> identityAttributes() {
        Set<String> names = new LinkedHashSet<>();
        data.templates().all().forEach(t -> t.blocks().forEach(b -> names.addAll(b.identifyBy())));
        return List.copyOf(names);
    }

    private static boolean is(GapQueries.BlockRow row, Block block, List<String> attributes) {
        EClass eClass = NdafMetamodel.get().findEClass(row.type());
        if (!row.block().equals(block.key()) || eClass == null || !NdafMetamodel.get().isA(eClass, block.type())) {
            return false;
        }
        for (String name : block.identifyBy()) {
            String expected = block.identityValue(name);
            String value = row.values().get(attributes.indexOf(name));
            if (value == null) {
                // the store leaves out a value equal to the attribute's default: read it as the model does
                EStructuralFeature feature = eClass.getEStructuralFeature(name);
                value = feature == null ? null : feature.getDefaultValueLiteral();
                if (value == null && feature != null && feature.getEType() instanceof org.eclipse.emf.ecore.EEnum eEnum) {
                    value = eEnum.getELiterals().get(0).getLiteral();
                }
            }
            if (expected != null && !expected.equals(value)) {
                return false;
            }
        }
        return true;
    }

    private String blockName(Block block, Body body) {
        if (block.nameVi() != null) {
            return Placeholders.apply(block.nameVi(), body);
        }
        if (block.task() != null) {
            return data.catalogue().workPackage(block.task()).map(w -> w.titleVi() + " (" + w.code() + ")").orElse(block.key());
        }
        return block.key();
    }
}
