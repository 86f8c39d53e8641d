package vn.ndaf.framework.registry;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;

import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * The registry as an EMF model (a BodyRegistry with its Bodies), and back. Every body's id is
 * {@code b-<code>}; facts the Body class has no attribute for travel as {@code ndaf:} properties.
 */
public final class RegistryModel {

    /** The id of the registry model's root. */
    public static final String ROOT_ID = "registry";
    static final String FULL_NAME = "ndaf:fullName";
    static final String FULL_NAME_EN = "ndaf:fullNameEn";
    static final String UNIT_TYPE = "ndaf:unitType";
    static final String CODE_NAME = "ndaf:codeName";
    static final String OWN_ARCHITECTURE = "ndaf:ownArchitecture";
    static final String UNCERTAIN = "ndaf:uncertain";
    static final String KIND_NOTE = "ndaf:kindNote";
    static final String SOURCES = "ndaf:sources";

    private RegistryModel() {
    }

    public static String bodyId(String code) {
        return "b-" + code;
    }

    /** A new BodyRegistry model holding every body of the registry, parents linked. */
    public static EObject build(Registry registry) {
        return build(registry, null);
    }

    /**
     * As {@link #build(Registry)}; each province and commune also says in its documentation what it was formed
     * from on 1 July 2025 ({@link #formedFrom}), so that search finds a unit by a predecessor's name.
     */
    public static EObject build(Registry registry, Predecessors predecessors) {
        EObject root = NdafMetamodel.get().create("BodyRegistry");
        Models.set(root, "id", ROOT_ID);
        Models.set(root, "version", registry.version());
        List<EObject> bodies = Models.list(root, "bodies");
        Map<String, EObject> byCode = new HashMap<>();
        for (Body body : registry.bodies()) {
            EObject b = NdafMetamodel.get().create("Body");
            Models.set(b, "id", bodyId(body.code()));
            Models.set(b, "code", body.code());
            Models.set(b, "name", body.nameVi());
            Models.set(b, "nameEn", body.nameEn());
            Models.set(b, "kind", body.kind());
            Models.set(b, "tier", body.tier());
            if (body.administrativeCode() != null) {
                Models.set(b, "administrativeCode", body.administrativeCode());
            }
            if (body.note() != null) {
                Models.set(b, "documentation", body.note());
            } else if (predecessors != null && !body.isCentral()) {
                predecessors.of(body.code()).ifPresent(p -> Models.set(b, "documentation", formedFrom(p)));
            }
            if (!body.fullNameVi().equals(body.nameVi())) {
                Models.property(b, FULL_NAME, body.fullNameVi());
            }
            if (!body.fullNameEn().equals(body.nameEn())) {
                Models.property(b, FULL_NAME_EN, body.fullNameEn());
            }
            if (body.unitType() != null) {
                Models.property(b, UNIT_TYPE, body.unitType());
            }
            if (body.codeName() != null) {
                Models.property(b, CODE_NAME, body.codeName());
            }
            if (!body.ownArchitecture()) {
                Models.property(b, OWN_ARCHITECTURE, "false");
            }
            if (body.uncertain()) {
                Models.property(b, UNCERTAIN, "true");
            }
            if (body.kindNote() != null) {
                Models.property(b, KIND_NOTE, body.kindNote());
            }
            if (body.isCentral()) {
                Models.property(b, SOURCES, String.join(",", body.sources()));
            }
            bodies.add(b);
            byCode.put(body.code(), b);
        }
        for (Body body : registry.bodies()) {
            if (body.parentCode() != null) {
                Models.set(byCode.get(body.code()), "parent", byCode.get(body.parentCode()));
            }
        }
        return root;
    }

    /**
     * "Formed on 1 July 2025 from: Tỉnh Hà Giang; Tỉnh Tuyên Quang." (parts marked "(part)"), or "Unchanged on
     * 1 July 2025 (giữ nguyên): Thành phố Hà Nội." for a unit kept as it was.
     */
    public static String formedFrom(UnitPredecessors p) {
        StringBuilder out = new StringBuilder(p.unchanged() ? "Unchanged on 1 July 2025 (giữ nguyên): " : "Formed on 1 July 2025 from: ");
        for (int i = 0; i < p.predecessors().size(); i++) {
            Predecessor x = p.predecessors().get(i);
            out.append(i == 0 ? "" : "; ").append(x.name()).append(x.whole() ? "" : " (part)");
        }
        return out.append('.').toString();
    }

    /** The bodies of a stored BodyRegistry model, in its order (pseudo-groups are not stored: the result has none). */
    public static Registry read(EObject root) {
        List<Body> bodies = new ArrayList<>();
        for (EObject b : Models.<EObject>list(root, "bodies")) {
            Map<String, String> props = new HashMap<>();
            for (EObject p : Models.<EObject>list(b, "properties")) {
                props.put(Models.string(p, "key"), Models.string(p, "value"));
            }
            EObject parent = (EObject) Models.get(b, "parent");
            String name = Models.string(b, "name");
            String nameEn = Models.string(b, "nameEn");
            String sources = props.get(SOURCES);
            bodies.add(new Body(Models.string(b, "code"), name, nameEn, props.getOrDefault(FULL_NAME, name), props.getOrDefault(FULL_NAME_EN, nameEn),
                    literal(b, "kind"), literal(b, "tier"), parent == null ? null : Models.string(parent, "code"), props.get(UNIT_TYPE), props.get(CODE_NAME),
                    !"false".equals(props.get(OWN_ARCHITECTURE)), "true".equals(props.get(UNCERTAIN)),
                    // a unit's documentation says what it was formed from (derived, not a note)
                    Body.CENTRAL.equals(literal(b, "tier")) ? Models.string(b, "documentation") : null,
                    props.get(KIND_NOTE), sources == null ? List.of() : Arrays.asList(sources.split(","))));
        }
        return new Registry(Models.string(root, "version"), bodies, List.of());
    }

    private static String literal(EObject o, String feature) {
        Object v = Models.get(o, feature);
        return v == null ? null : ((Enumerator) v).getLiteral();
    }
}
