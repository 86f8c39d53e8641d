package vn.ndaf.framework.catalogue;

import java.util.List;

/** A source cited by data entries: the document and where it was read. */
public record Source(String id, String doc, List<String> urls) {

    public Source {
        urls = List.copyOf(urls);
    }
}
