package vn.ndaf.api.graphql;

import java.util.List;

import vn.ndaf.framework.registry.Body;
import vn.ndaf.framework.template.Block;
import vn.ndaf.framework.template.ExpectedRelationship;
import vn.ndaf.framework.template.Finding;
import vn.ndaf.framework.template.Template;
import vn.ndaf.repository.ArchitectureSummary;

/** The GraphQL shapes of the framework's types: plain records, no EMF objects. */
final class FrameworkViews {

    private FrameworkViews() {
    }

    record BodyView(String code, String name, String nameEn, String fullName, String fullNameEn, String tier, String kind, String unitType,
            String parentCode, boolean ownArchitecture, boolean uncertain, String note, List<String> sources, String template) {
        static BodyView of(Body b, String template) {
            return new BodyView(b.code(), b.nameVi(), b.nameEn(), b.fullNameVi(), b.fullNameEn(), b.tier(), b.kind(), b.unitType(), b.parentCode(),
                    b.ownArchitecture(), b.uncertain(), b.note(), b.sources(), template);
        }
    }

    record PageInfoView(boolean hasNextPage, String endCursor) {
    }

    record BodyConnection(long totalCount, List<BodyView> nodes, PageInfoView pageInfo) {
    }

    record TemplateView(String name, String version, String title, String titleEn, String tier, List<String> kinds, List<String> basis, String parent,
            List<BlockView> blocks, List<PlatformView> platforms, List<RelationshipView> relationships) {
        static TemplateView of(Template t) {
            return new TemplateView(t.name(), t.version(), t.titleVi(), t.titleEn(), t.tier(), t.kinds(), t.basis(), t.parent() == null ? null : t.parent().name(),
                    t.blocks().stream().map(BlockView::of).toList(),
                    t.platforms().stream().map(p -> new PlatformView(p.code(), null, p.required(), RelationshipView.of(p.relationship()))).toList(),
                    t.relationships().stream().map(RelationshipView::of).toList());
        }
    }

    record BlockView(String key, String type, String name, String nameEn, boolean required, String layer, String referenceModel, String category,
            List<String> identifyBy, String task, String note) {
        static BlockView of(Block b) {
            return new BlockView(b.key(), b.type(), b.nameVi() == null ? "(the plan's task " + b.task() + ")" : b.nameVi(), b.nameEn(), b.required(), b.layer(),
                    b.referenceModel(), b.category(), b.identifyBy(), b.task(), b.note());
        }
    }

    record PlatformView(String code, String name, boolean required, RelationshipView relationship) {
    }

    record RelationshipView(String id, String type, String from, String to, boolean required, String note) {
        static RelationshipView of(ExpectedRelationship r) {
            return new RelationshipView(r.id(), r.type(), r.from().toString(), r.to().toString(), r.required(), r.note());
        }
    }

    record ReferenceDataInfo(String frameworkVersion, String catalogueVersion, boolean catalogueSample, String dictionaryVersion, String registryVersion,
            String nationalArchitecture, String registry, long centralBodies, long provinces, long communes) {
    }

    record ArchitectureRow(String id, String bodyCode, String state, String name, long elementCount, long relationshipCount, long viewCount,
            long revision) {
        static ArchitectureRow of(ArchitectureSummary s) {
            return new ArchitectureRow(s.uid(), s.bodyCode(), s.state(), s.name(), s.elements(), s.relationships(), s.views(), s.revision());
        }
    }

    record InstantiationView(ArchitectureRow architecture, String template, boolean conforms, List<String> unresolved, String parentArchitecture) {
    }

    record ConformanceView(String architecture, String template, String templateVersion, boolean conforms, List<FindingView> findings) {
    }

    record FindingView(String kind, String subject, String message) {
        static FindingView of(Finding f) {
            return new FindingView(f.kind().name(), f.subject(), f.message());
        }
    }
}
