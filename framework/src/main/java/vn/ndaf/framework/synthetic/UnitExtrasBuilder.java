package vn.ndaf.framework.synthetic;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.framework.national.NationalIds;
import vn.ndaf.framework.registry.Body;
import vn.ndaf.metamodel.Models;

/**
 * The extra content of a body made of organisational units (ministry, province, Party or Front body): per
 * unit an actor and its function, information systems with their services and data, business processes
 * with their services and records, databases and projects. Returns the databases and projects it made, for
 * the deviations.
 */
final class UnitExtrasBuilder {

    record Made(List<EObject> databases, List<EObject> projects) {
    }

    private final ModelParts parts;
    private final SyntheticProfile profile;
    private final Body body;
    private final String template;
    private final EObject national;

    UnitExtrasBuilder(ModelParts parts, SyntheticProfile profile, Body body, String template, EObject national) {
        this.parts = parts;
        this.profile = profile;
        this.body = body;
        this.template = template;
        this.national = national;
    }

    Made build(EObject authority, EObject lgsp, double scale) {
        SyntheticProfile.UnitExtras extras = profile.unitExtras().get(template);
        List<SyntheticProfile.Unit> units = profile.vocabulary().units().get(extras.vocabulary());
        SyntheticProfile.Vocabulary words = profile.vocabulary();
        String functionCategory = switch (template) {
            case "party" -> "BRM.05";
            case "front" -> "BRM.06";
            default -> "BRM.02";
        };
        String processCategory = template.equals("party") || template.equals("front") ? functionCategory : "BRM.01";
        String systemCategory = template.equals("party") || template.equals("front") ? "ARM.11" : "ARM.06";
        EObject syncTarget = platform(national, "TTDLQG_DCP");
        List<EObject> databases = new ArrayList<>();
        List<EObject> projects = new ArrayList<>();
        for (int u = 0; u < Math.min(extras.units(), units.size()); u++) {
            SyntheticProfile.Unit unit = units.get(u);
            String p = "u" + (u + 1);
            String unitName = body.isProvince() ? unit.vi() + " " + body.unitPhrase() : unit.vi() + ", " + body.nameVi();
            EObject actor = parts.element("BusinessActor", p, unitName, "applications_business", functionCategory);
            parts.relate("CompositionRelationship", authority, actor);
            EObject function = parts.element("BusinessFunction", p + "-f", "Chức năng của " + ModelParts.lowerFirst(unitName), "applications_business",
                    functionCategory);
            parts.relate("AssignmentRelationship", actor, function);
            List<EObject> systems = new ArrayList<>();
            List<EObject> services = new ArrayList<>();
            int systemCount = extras.systems().scaled(scale).draw(parts.random());
            for (int j = 0; j < systemCount; j++) {
                String topic = unit.topics().get(j % unit.topics().size());
                String kind = words.systemKinds().get((j / unit.topics().size() + u) % words.systemKinds().size());
                EObject system = parts.element("InformationSystem", p + "-s" + (j + 1), kind + " " + topic, "applications_business", systemCategory);
                Models.set(system, "securityLevel", 1 + parts.random().nextInt(4));
                Models.set(system, "tcvn1443Status", parts.pick(List.of("not_assessed", "in_progress", "compliant", "non_compliant")));
                Models.set(system, "ownerBodyCode", body.code());
                EObject service = parts.element("ApplicationService", p + "-s" + (j + 1) + "-as", "Dịch vụ ứng dụng " + topic, "applications_business",
                        systemCategory);
                EObject data = parts.element("DataObject", p + "-s" + (j + 1) + "-do", "Dữ liệu " + topic, "data_platforms", "DRM.03");
                parts.relate("RealizationRelationship", system, service);
                EObject access = parts.relate("AccessRelationship", system, data);
                Models.set(access, "accessType", "readwrite");
                parts.relate("ServingRelationship", service, function);
                if (lgsp != null) {
                    parts.relate("FlowRelationship", system, lgsp);
                }
                systems.add(system);
                services.add(service);
            }
            int processCount = extras.processes().scaled(scale).draw(parts.random());
            for (int k = 0; k < processCount; k++) {
                String topic = unit.topics().get(k % unit.topics().size());
                int round = k / unit.topics().size();
                String verb = words.processVerbs().get(round % words.processVerbs().size());
                int repeat = round / words.processVerbs().size();
                String name = verb + " " + topic + (repeat > 0 ? " (" + (repeat + 1) + ")" : "");
                String q = p + "-p" + (k + 1);
                EObject process = parts.element("BusinessProcess", q, name, "applications_business", processCategory);
                EObject service = parts.element("BusinessService", q + "-bs", "Dịch vụ: " + ModelParts.lowerFirst(name), "applications_business", processCategory);
                EObject record = parts.element("BusinessObject", q + "-bo", "Hồ sơ " + ModelParts.lowerFirst(name), "applications_business", processCategory);
                parts.relate("AssignmentRelationship", actor, process);
                parts.relate("RealizationRelationship", process, service);
                parts.relate("AccessRelationship", process, record);
                if (!services.isEmpty()) {
                    parts.relate("ServingRelationship", services.get(k % services.size()), process);
                }
            }
            int databaseCount = extras.databases().draw(parts.random());
            for (int j = 0; j < databaseCount; j++) {
                String topic = unit.topics().get(j % unit.topics().size());
                String kind = words.databaseKinds().get(j % words.databaseKinds().size());
                EObject db = parts.element("Database", p + "-d" + (j + 1), kind + " " + topic + " - " + body.unitPhrase(), "data_platforms", "DRM.02");
                Models.set(db, "scope", "specialised");
                Models.set(db, "stewardBodyCode", body.code());
                Models.set(db, "ownerBodyCode", body.code());
                Models.set(db, "dataLayer", parts.pick(List.of("master", "transaction", "reference")));
                Models.set(db, "dataBlock", template.equals("party") || template.equals("front") ? "internal_resources" : "sector_management");
                Models.set(db, "ndcSync", parts.chance(0.6) ? "real_time" : "batch");
                Models.set(db, "securityLevel", 2 + parts.random().nextInt(3));
                Models.set(db, "qualityAssessedOn", profile.doneBefore());
                for (String criterion : List.of("correct", "sufficient", "clean", "live", "unified", "shared")) {
                    if (parts.chance(0.7)) {
                        ModelParts.addLiteral(db, "qualityCriteriaMet", criterion);
                    }
                }
                if (!systems.isEmpty()) {
                    parts.relate("ServingRelationship", db, systems.get(j % systems.size()));
                }
                if (syncTarget != null) {
                    parts.relate("FlowRelationship", db, syncTarget);
                }
                databases.add(db);
            }
            int projectCount = extras.projects().draw(parts.random());
            for (int j = 0; j < projectCount && !systems.isEmpty(); j++) {
                EObject system = systems.get(j % systems.size());
                String kind = words.projectKinds().get((u + j) % words.projectKinds().size());
                EObject project = parts.element("PlanTask", p + "-t" + (j + 1), kind + " " + ModelParts.lowerFirst(Models.string(system, "name")),
                        "applications_business", "BRM.09");
                Models.set(project, "taskCode", "DA-" + body.code() + "-" + (u + 1) + "-" + (j + 1));
                Models.set(project, "leadBodyCode", body.code());
                Models.set(project, "fundingSource", parts.pick(List.of("state_budget", "public_private_partnership", "mixed")));
                parts.relate("RealizationRelationship", project, system);
                parts.relate("AssignmentRelationship", actor, project);
                projects.add(project);
            }
        }
        return new Made(databases, projects);
    }

    static EObject platform(EObject national, String code) {
        String id = NationalIds.platform(code);
        for (EObject e : Models.<EObject>list(national, "elements")) {
            if (id.equals(Models.id(e))) {
                return e;
            }
        }
        return null;
    }
}
