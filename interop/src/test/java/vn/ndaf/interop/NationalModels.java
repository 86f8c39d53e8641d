package vn.ndaf.interop;

import java.util.List;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/** A small architecture with one object of each national class, every national attribute set. */
public final class NationalModels {

    private NationalModels() {
    }

    public static EObject everyNationalClass() {
        EObject a = Models.architecture("arch-01", "Ha Noi target architecture");
        Models.set(a, "bodyCode", "01");
        Models.set(a, "state", "target");
        Models.set(a, "frameworkVersion", "3090/QD-BKHCN");

        EObject system = Models.element(a, "InformationSystem", "is1", "Hệ thống một cửa điện tử");
        Models.set(system, "securityLevel", 3);
        Models.set(system, "tcvn1443Status", "compliant");
        Models.set(system, "ownerBodyCode", "01");

        EObject db = Models.element(a, "Database", "db1", "Cơ sở dữ liệu dân cư");
        Models.set(db, "securityLevel", 4);
        Models.set(db, "scope", "national");
        Models.set(db, "stewardBodyCode", "BCA");
        Models.set(db, "ndcSync", "real_time");
        Models.<Object>list(db, "qualityCriteriaMet").addAll(List.of(literal("DataQualityCriterion", "correct"), literal("DataQualityCriterion", "live")));
        Models.set(db, "priority", true);
        Models.set(db, "dataLayer", "master");
        Models.set(db, "dataBlock", "citizens_businesses");

        EObject platform = Models.element(a, "SharedPlatform", "sp1", "LGSP Hà Nội");
        Models.set(platform, "platformScope", "provincial");
        Models.set(platform, "catalogueCode", "LGSP-01");

        EObject ioc = Models.element(a, "OperationCentre", "ioc1", "Trung tâm điều hành thông minh");
        Models.set(ioc, "securityLevel", 3);

        EObject person = Models.element(a, "DataDictionaryTerm", "t1", "Công dân");
        Models.set(person, "termCode", "DC.001");
        Models.set(person, "dataType", "record");
        Models.set(person, "documentation", "Người có quốc tịch Việt Nam");
        EObject id = Models.element(a, "DataDictionaryTerm", "t2", "Số định danh cá nhân");
        Models.set(id, "termCode", "DC.002");
        Models.set(id, "ownerBodyCode", "BCA");
        Models.set(id, "dataLayer", "reference");
        Models.set(id, "dataBlock", "citizens_businesses");
        Models.set(id, "broader", person);

        EObject task = Models.element(a, "PlanTask", "pt1", "Chuẩn hoá dữ liệu dân cư");
        Models.set(task, "taskCode", "57-KH.12");
        Models.set(task, "leadBodyCode", "BCA");
        Models.<String>list(task, "cooperatingBodyCodes").addAll(List.of("BKHCN", "01"));
        Models.set(task, "deadline", "2025-12-31");
        Models.set(task, "fundingSource", "state_budget");
        Models.set(task, "status", "done");
        Models.set(task, "completedOn", "2025-11-30");

        EObject vendor = Models.element(a, "CompanionEnterprise", "ce1", "Doanh nghiệp đồng hành");
        Models.set(vendor, "taxCode", "0101234567");

        EObject strategy = Models.element(a, "StrategyDocument", "sd1", "Chiến lược dữ liệu");
        Models.set(strategy, "strategyKind", "data_strategy");
        Models.set(strategy, "issuedOn", "2025-09-15");
        Models.set(strategy, "decisionNumber", "123/QD-UBND");
        Models.set(strategy, "ownerBodyCode", "01");

        EObject architect = Models.element(a, "ChiefArchitect", "ca1", "Tổng công trình sư CNTT");
        Models.set(architect, "discipline", "it");
        Models.set(architect, "holder", "Nguyễn Văn A");
        Models.set(architect, "appointedOn", "2025-08-01");

        EObject portal = Models.element(a, "ApplicationComponent", "ac1", "Cổng dịch vụ công");
        Models.set(portal, "nationalLayer", "channels_measurement");
        Models.set(portal, "referenceModel", "ARM");
        Models.set(portal, "referenceCategory", "ARM.02");
        Models.property(portal, "owner", "Văn phòng UBND");

        Models.relationship(a, "ServingRelationship", "r1", platform, portal);
        Models.relationship(a, "AccessRelationship", "r2", system, id);
        Models.set(Models.<EObject>list(a, "relationships").get(1), "accessType", "read");
        return a;
    }

    private static Object literal(String enumName, String literal) {
        return ((org.eclipse.emf.ecore.EEnum) NdafMetamodel.get().ePackage().getEClassifier(enumName)).getEEnumLiteralByLiteral(literal).getInstance();
    }
}
