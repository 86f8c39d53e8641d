package vn.ndaf.api.demo;

import java.io.PrintWriter;

import org.eclipse.emf.ecore.EObject;
import org.springframework.context.ApplicationContext;

import vn.ndaf.metamodel.Models;
import vn.ndaf.repository.ArchitectureRepository;
import vn.ndaf.repository.SaveResult;
import vn.ndaf.repository.WriteRequest;

/** The demo data {@code ndaf serve --demo} loads into an empty store. */
public final class DemoData {

    private DemoData() {
    }

    public static void loadIfEmpty(ApplicationContext context, PrintWriter out) {
        ArchitectureRepository repository = context.getBean(ArchitectureRepository.class);
        if (!repository.list(null).isEmpty()) {
            out.println("Demo data: the store already holds architectures; nothing loaded.");
            return;
        }
        SaveResult saved = repository.create(demoArchitecture(), new WriteRequest("ndaf demo", "demo data", "demo", null));
        out.println("Demo data: stored architecture " + saved.uid() + " (" + saved.created() + " objects).");
    }

    static EObject demoArchitecture() {
        EObject a = Models.architecture("demo-01", "Hà Nội — kiến trúc số (demo)");
        Models.set(a, "bodyCode", "01");
        Models.set(a, "state", "baseline");
        EObject portal = Models.element(a, "ApplicationComponent", "portal", "Cổng dịch vụ công tỉnh");
        EObject service = Models.element(a, "ApplicationService", "submit", "Nộp hồ sơ trực tuyến");
        EObject citizen = Models.element(a, "BusinessActor", "citizen", "Công dân");
        Models.relationship(a, "RealizationRelationship", "r1", portal, service);
        Models.relationship(a, "ServingRelationship", "r2", service, citizen);
        return a;
    }
}
