package vn.ndaf.cli;

/** A generated exchange file of a given number of elements (chains of serving relationships, one view). */
final class SyntheticExchange {

    private SyntheticExchange() {
    }

    static String of(int elements) {
        StringBuilder sb = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\" "
                + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" identifier=\"m\">\n  <name>Synthetic</name>\n  <elements>\n");
        for (int i = 0; i < elements; i++) {
            sb.append("    <element identifier=\"e").append(i).append("\" xsi:type=\"ApplicationComponent\"><name xml:lang=\"vi\">Thành phần ứng dụng số ")
                    .append(i).append("</name><documentation>Mô tả của thành phần ").append(i).append(", dùng để thử nhập tệp lớn.</documentation></element>\n");
        }
        sb.append("  </elements>\n  <relationships>\n");
        for (int i = 1; i < elements; i++) {
            sb.append("    <relationship identifier=\"r").append(i).append("\" source=\"e").append(i - 1).append("\" target=\"e").append(i)
                    .append("\" xsi:type=\"Serving\"/>\n");
        }
        sb.append("  </relationships>\n  <views><diagrams><view identifier=\"v\" xsi:type=\"Diagram\"><name>V</name>\n");
        for (int i = 0; i < Math.min(elements, 2000); i++) {
            sb.append("    <node identifier=\"n").append(i).append("\" elementRef=\"e").append(i).append("\" xsi:type=\"Element\" x=\"")
                    .append(i % 40 * 140).append("\" y=\"").append(i / 40 * 80).append("\" w=\"120\" h=\"55\"><style><fillColor r=\"181\" g=\"255\" b=\"255\"/></style></node>\n");
        }
        sb.append("  </view></diagrams></views>\n</model>\n");
        return sb.toString();
    }
}
