package vn.ndaf.repository;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;

/** Small models the repository tests store. */
public final class TestModels {

    private TestModels() {
    }

    /** A portal realising a service, with a property; body 01 (Ha Noi). */
    public static EObject tiny() {
        EObject a = Models.architecture("m1", "Tiny");
        Models.set(a, "bodyCode", "01");
        EObject portal = Models.element(a, "ApplicationComponent", "e1", "Cổng dịch vụ công");
        EObject service = Models.element(a, "ApplicationService", "e2", "Nộp hồ sơ trực tuyến");
        Models.relationship(a, "RealizationRelationship", "r1", portal, service);
        Models.property(portal, "owner", "Văn phòng Chính phủ");
        return a;
    }
}
