package vn.ndaf.benchmarks;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.emf.ecore.EObject;

import vn.ndaf.interop.ExportOptions;
import vn.ndaf.interop.exchange.ExchangeWriter;
import vn.ndaf.metamodel.Models;
import vn.ndaf.metamodel.NdafMetamodel;

/**
 * A deterministic exchange file of a chosen size, shaped like a province's architecture exported from Archi:
 * business processes served by application services realised by components, data objects accessed, every
 * concept with a Vietnamese name, documentation and two properties, and views of 60 nodes with nested nodes,
 * connections and bendpoints. Written with the standard only, as another tool would write it.
 */
final class SyntheticExchangeFile {

    private static final String[] TYPES = { "BusinessProcess", "ApplicationService", "ApplicationComponent", "DataObject" };

    private SyntheticExchangeFile() {
    }

    /** About {@code targetBytes} of exchange XML (seeded, so the same for every run). */
    static byte[] of(long targetBytes) {
        int groups = 8;
        byte[] bytes;
        do {
            bytes = write(build(groups));
            groups = (int) Math.ceil(groups * (double) targetBytes / bytes.length);
        } while (Math.abs(bytes.length - targetBytes) > targetBytes / 50 && groups < 1_000_000);
        return bytes;
    }

    private static byte[] write(EObject architecture) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExchangeWriter.write(architecture, out, ExportOptions.standard().withLanguage("vi"));
        return out.toByteArray();
    }

    /** {@code groups} chains process <- service <- component -> data, each concept documented, views of 15 chains. */
    static EObject build(int groups) {
        Random random = new Random(42);
        EObject a = Models.architecture("bench", "Kiến trúc số tỉnh (thử hiệu năng)");
        List<EObject[]> chains = new ArrayList<>();
        int r = 0;
        for (int g = 0; g < groups; g++) {
            EObject[] chain = new EObject[TYPES.length];
            for (int t = 0; t < TYPES.length; t++) {
                EObject e = Models.element(a, TYPES[t], "e" + g + "-" + t, name(TYPES[t], g));
                Models.set(e, "documentation", "Mô tả " + name(TYPES[t], g) + ": phục vụ người dân và doanh nghiệp trên địa bàn tỉnh, kết nối với nền tảng dùng chung.");
                Models.property(e, "Đơn vị chủ trì", "Sở " + (1 + random.nextInt(20)));
                Models.property(e, "Mức độ", Integer.toString(1 + random.nextInt(5)));
                chain[t] = e;
            }
            Models.relationship(a, "ServingRelationship", "r" + r++, chain[1], chain[0]);
            Models.relationship(a, "RealizationRelationship", "r" + r++, chain[2], chain[1]);
            EObject access = Models.relationship(a, "AccessRelationship", "r" + r++, chain[2], chain[3]);
            Models.set(access, "accessType", "readwrite");
            chains.add(chain);
        }
        for (int v = 0; v * 15 < chains.size(); v++) {
            view(a, v, chains.subList(v * 15, Math.min(chains.size(), v * 15 + 15)));
        }
        return a;
    }

    private static String name(String type, int g) {
        return switch (type) {
        case "BusinessProcess" -> "Quy trình giải quyết thủ tục " + g;
        case "ApplicationService" -> "Dịch vụ tiếp nhận hồ sơ " + g;
        case "ApplicationComponent" -> "Hệ thống thông tin " + g;
        default -> "Dữ liệu hồ sơ " + g;
        };
    }

    private static void view(EObject a, int v, List<EObject[]> chains) {
        EObject view = NdafMetamodel.get().create("ArchimateView");
        Models.set(view, "id", "v" + v);
        Models.set(view, "name", "Góc nhìn ứng dụng " + v);
        Models.set(view, "viewpoint", "application_cooperation");
        Models.list(a, "views").add(view);
        int row = 0;
        for (EObject[] chain : chains) {
            EObject group = node(view, "GroupNode", "g" + v + "-" + row, null, 10, 10 + row * 110, 820, 100);
            Models.set(group, "name", "Nhóm " + row);
            EObject[] nodes = new EObject[chain.length];
            for (int t = 0; t < chain.length; t++) {
                nodes[t] = node(group, "ElementNode", "n" + v + "-" + row + "-" + t, chain[t], 10 + t * 200, 30, 150, 55);
                Models.set(nodes[t], "fillColor", "#b5ffff");
            }
            connection(view, "c" + v + "-" + row + "-0", nodes[1], nodes[0], 0, a);
            connection(view, "c" + v + "-" + row + "-1", nodes[2], nodes[1], 1, a);
            connection(view, "c" + v + "-" + row + "-2", nodes[2], nodes[3], 2, a);
            row++;
        }
    }

    private static EObject node(EObject parent, String type, String id, EObject element, int x, int y, int w, int h) {
        EObject n = NdafMetamodel.get().create(type);
        Models.set(n, "id", id);
        if (element != null) {
            Models.set(n, "element", element);
        }
        EObject b = NdafMetamodel.get().create("Bounds");
        Models.set(b, "x", x);
        Models.set(b, "y", y);
        Models.set(b, "width", w);
        Models.set(b, "height", h);
        Models.set(n, "bounds", b);
        Models.list(parent, "children").add(n);
        return n;
    }

    private static void connection(EObject view, String id, EObject source, EObject target, int which, EObject a) {
        EObject element = (EObject) Models.get(source, "element");
        EObject relationship = Models.<EObject>list(a, "relationships").stream()
                .filter(r -> Models.get(r, "source") == element && Models.get(r, "target") == Models.get(target, "element")).findFirst().orElseThrow();
        EObject c = NdafMetamodel.get().create("Connection");
        Models.set(c, "id", id);
        Models.set(c, "source", source);
        Models.set(c, "target", target);
        Models.set(c, "relationship", relationship);
        if (which == 2) {
            EObject bp = NdafMetamodel.get().create("Bendpoint");
            Models.set(bp, "startX", 20);
            Models.set(bp, "startY", 40);
            Models.set(bp, "endX", -180);
            Models.set(bp, "endY", 40);
            Models.list(c, "bendpoints").add(bp);
        }
        Models.list(view, "connections").add(c);
    }
}
