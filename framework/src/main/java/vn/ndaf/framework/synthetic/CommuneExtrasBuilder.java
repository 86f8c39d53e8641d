package vn.ndaf.framework.synthetic;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.framework.registry.Body;
import vn.ndaf.metamodel.Models;

/**
 * The extra content of a commune: the administrative procedures its one-stop desk handles (each a process,
 * the public service it realises and the case file it works on) and a few projects. Returns the projects.
 */
final class CommuneExtrasBuilder {

    private final ModelParts parts;
    private final SyntheticProfile profile;
    private final Body body;

    CommuneExtrasBuilder(ModelParts parts, SyntheticProfile profile, Body body) {
        this.parts = parts;
        this.profile = profile;
        this.body = body;
    }

    List<EObject> build(EObject authority, EObject desk, EObject oneStopProcess, double scale) {
        SyntheticProfile.Vocabulary words = profile.vocabulary();
        List<String> procedures = words.communeProcedures();
        int count = profile.communeExtras().procedures().scaled(scale).draw(parts.random());
        for (int i = 0; i < count; i++) {
            int round = i / procedures.size();
            String name = procedures.get(i % procedures.size())
                    + (round == 0 ? "" : " (" + words.procedureVariants().get((round - 1) % words.procedureVariants().size())
                            + (round > words.procedureVariants().size() ? " " + round : "") + ")");
            String id = "q" + (i + 1);
            EObject process = parts.element("BusinessProcess", id, name, "applications_business", "BRM.01");
            EObject service = parts.element("BusinessService", id + "-bs", "Dịch vụ công: " + ModelParts.lowerFirst(name), "channels_measurement", "BRM.01");
            EObject file = parts.element("BusinessObject", id + "-bo", "Hồ sơ " + ModelParts.lowerFirst(name), "applications_business", "BRM.01");
            parts.relate("AssignmentRelationship", desk, process);
            parts.relate("RealizationRelationship", process, service);
            parts.relate("AccessRelationship", process, file);
            parts.relate("AggregationRelationship", oneStopProcess, process);
        }
        List<EObject> projects = new ArrayList<>();
        int projectCount = profile.communeExtras().projects().draw(parts.random());
        for (int j = 0; j < projectCount; j++) {
            String kind = words.projectKinds().get(j % words.projectKinds().size());
            EObject project = parts.element("PlanTask", "t" + (j + 1), kind + " hồ sơ thủ tục hành chính của " + body.unitPhrase(), "applications_business",
                    "BRM.09");
            Models.set(project, "taskCode", "DA-" + body.code() + "-" + (j + 1));
            Models.set(project, "leadBodyCode", body.code());
            Models.set(project, "fundingSource", "state_budget");
            parts.relate("RealizationRelationship", project, oneStopProcess);
            parts.relate("AssignmentRelationship", authority, project);
            projects.add(project);
        }
        return projects;
    }
}
