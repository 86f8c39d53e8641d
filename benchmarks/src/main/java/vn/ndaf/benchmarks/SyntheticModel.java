package vn.ndaf.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.rules.RelationshipRules;
import vn.ndaf.metamodel.rules.RelationshipRules.Kind;

/** A deterministic synthetic architecture of a given size, every relationship allowed by ArchiMate 3.2. */
final class SyntheticModel {

    private static final List<String> TYPES = List.of("BusinessActor", "BusinessRole", "BusinessProcess", "BusinessService", "BusinessObject",
            "ApplicationComponent", "ApplicationService", "ApplicationFunction", "DataObject", "Node", "SystemSoftware", "TechnologyService",
            "Database", "SharedPlatform", "InformationSystem");

    private SyntheticModel() {
    }

    static EObject build(int elements, int relationships, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        EObject a = Models.architecture("synthetic", "Synthetic " + elements + " elements");
        Models.set(a, "bodyCode", "01");
        List<EObject> created = new ArrayList<>(elements);
        for (int i = 0; i < elements; i++) {
            String type = TYPES.get(i % TYPES.size());
            EObject e = Models.element(a, type, "e" + i, type + " " + i);
            if (i % 10 == 0) {
                Models.property(e, "owner", "Sở " + (i % 34));
            }
            created.add(e);
        }
        RelationshipRules rules = RelationshipRules.get();
        for (int i = 0; i < relationships; i++) {
            EObject source = created.get(random.nextInt(elements));
            EObject target = created.get(random.nextInt(elements));
            Kind kind = Kind.ASSOCIATION;
            for (Kind candidate : List.of(Kind.SERVING, Kind.REALIZATION, Kind.FLOW, Kind.ACCESS)) {
                if (rules.allows(source.eClass().getName().equals("Database") ? Kind.ASSOCIATION : candidate, type(source), type(target))
                        && random.nextInt(3) > 0) {
                    kind = candidate;
                    break;
                }
            }
            if (!rules.allows(kind, type(source), type(target))) {
                kind = Kind.ASSOCIATION;
            }
            Models.relationship(a, kind.className(), "r" + i, source, target);
        }
        return a;
    }

    private static String type(EObject o) {
        return RelationshipRules.tableType(o.eClass());
    }
}
