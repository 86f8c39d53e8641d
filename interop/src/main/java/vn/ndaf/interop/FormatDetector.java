package vn.ndaf.interop;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import vn.ndaf.interop.csv.CsvFileSet;
import vn.ndaf.interop.exchange.ExchangeNames;
import vn.ndaf.interop.io.SafeXml;
import vn.ndaf.interop.io.SafeZip;

/**
 * Tells the format of an input from its content, never from its name: a ZIP archive holding model.xml is an
 * Archi model, one holding CSV files is Archi CSV; an XML document is an Archi model or an exchange file by
 * the namespace of its root element; text whose first line is an Archi CSV header is CSV.
 */
public final class FormatDetector {

    private static final String ARCHI_NS = "http://www.archimatetool.com/archimate";

    private FormatDetector() {
    }

    public static Format detect(byte[] content, String part) {
        if (SafeZip.isZip(content)) {
            return zipFormat(content, part);
        }
        int start = firstSignificant(content);
        if (start < content.length && content[start] == '<') {
            String[] root = SafeXml.rootName(content);
            if (root == null || root[1].equals("!DOCTYPE")) {
                SafeXml.parse(content, part);
                throw new ImportException(part, "is not a well-formed XML document");
            }
            if (root[0].equals(ARCHI_NS) && root[1].equals("model")) {
                return Format.ARCHIMATE;
            }
            if (root[0].equals(ExchangeNames.NS) && root[1].equals("model")) {
                return Format.EXCHANGE;
            }
            throw new ImportException(part, "is XML whose root element {" + root[0] + "}" + root[1]
                    + " is neither an Archi model (" + ARCHI_NS + ") nor an exchange-format model (" + ExchangeNames.NS + ")");
        }
        if (CsvFileSet.kindOfHeader(content) != null) {
            return Format.CSV;
        }
        throw new ImportException(part, "is not in a format ndaf reads: expected an Open Group exchange file (XML), an Archi model "
                + "(.archimate, XML or ZIP) or Archi CSV files");
    }

    private static Format zipFormat(byte[] content, String part) {
        boolean csv = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            ZipEntry entry;
            int count = 0;
            while ((entry = zip.getNextEntry()) != null && count++ < 10_000) {
                String name = entry.getName();
                if (name.equals("model.xml")) {
                    return Format.ARCHIMATE;
                }
                if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".csv") && CsvFileSet.kindOfName(name) != null) {
                    csv = true;
                }
            }
        } catch (IOException e) {
            throw new ImportException(part, "is not a readable ZIP archive: " + e.getMessage(), e);
        }
        if (csv) {
            return Format.CSV;
        }
        throw new ImportException(part, "is a ZIP archive with neither model.xml (an Archi model) nor Archi CSV files");
    }

    private static int firstSignificant(byte[] content) {
        int i = 0;
        if (content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB && (content[2] & 0xFF) == 0xBF) {
            i = 3;
        }
        while (i < content.length && (content[i] == ' ' || content[i] == '\t' || content[i] == '\r' || content[i] == '\n')) {
            i++;
        }
        return i;
    }
}
