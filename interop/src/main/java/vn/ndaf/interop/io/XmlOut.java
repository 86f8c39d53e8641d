package vn.ndaf.interop.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A small streaming XML writer with two-space indentation and the escaping Archi and EMF use: in attribute
 * values {@code & < "} and line feed, carriage return and tab as character references; in text
 * {@code & < "} and carriage return (so that CRLF inside a text survives a read back), and the {@code >} of
 * {@code ]]>}. Characters XML 1.0 cannot hold are left out, so no stored text can break the document.
 */
public final class XmlOut {

    private final Writer out;
    private final Deque<String> open = new ArrayDeque<>();
    private final int baseDepth;
    private boolean startTagOpen;

    public XmlOut(OutputStream stream) {
        this(stream, 0);
    }

    /** A writer for a fragment that will sit {@code baseDepth} levels deep in a document. */
    public XmlOut(OutputStream stream, int baseDepth) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        this.baseDepth = baseDepth;
    }

    public XmlOut declaration() {
        write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        return this;
    }

    /** Opens an element on a new line. */
    public XmlOut start(String name) {
        closeStartTag();
        newline();
        indent(open.size());
        write("<");
        write(name);
        open.push(name);
        startTagOpen = true;
        return this;
    }

    /** Adds an attribute to the element just opened; a null value writes nothing. */
    public XmlOut attr(String name, Object value) {
        if (value == null) {
            return this;
        }
        if (!startTagOpen) {
            throw new IllegalStateException("attribute " + name + " outside a start tag");
        }
        write(" ");
        write(name);
        write("=\"");
        escape(value.toString(), true);
        write("\"");
        return this;
    }

    /** Closes the innermost element: {@code />} when it had no content. */
    public XmlOut end() {
        String name = open.pop();
        if (startTagOpen) {
            write("/>");
            startTagOpen = false;
        } else {
            newline();
            indent(open.size());
            write("</");
            write(name);
            write(">");
        }
        return this;
    }

    /** Writes text as the whole content of the element just opened and closes it on the same line. */
    public XmlOut textAndEnd(String text) {
        if (!startTagOpen) {
            throw new IllegalStateException("text outside a start tag");
        }
        String name = open.pop();
        write(">");
        escape(text == null ? "" : text, false);
        write("</");
        write(name);
        write(">");
        startTagOpen = false;
        return this;
    }

    /** An element holding only text, with optional attributes given as name/value pairs. */
    public XmlOut textElement(String name, String text, String... attributes) {
        start(name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            attr(attributes[i], attributes[i + 1]);
        }
        return textAndEnd(text);
    }

    /** Writes pre-formed markup (already escaped) as content, on its own line. */
    public XmlOut raw(String markup) {
        closeStartTag();
        newline();
        indent(open.size());
        write(markup);
        return this;
    }

    public void finish() {
        if (!open.isEmpty()) {
            throw new IllegalStateException("unclosed element " + open.peek());
        }
        if (baseDepth == 0) {
            newline();
        }
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStartTag() {
        if (startTagOpen) {
            write(">");
            startTagOpen = false;
        }
    }

    private void newline() {
        write("\n");
    }

    private void indent(int depth) {
        for (int i = 0; i < depth + baseDepth; i++) {
            write("  ");
        }
    }

    private void escape(String s, boolean attribute) {
        int start = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            String replacement = switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '"' -> "&quot;";
            case '\r' -> "&#xD;";
            case '\n' -> attribute ? "&#xA;" : null;
            case '\t' -> attribute ? "&#x9;" : null;
            // "]]>" may not appear in character data (XML 1.0 section 2.4); EMF and Archi escape its '>' the same way
            case '>' -> !attribute && i >= 2 && s.charAt(i - 1) == ']' && s.charAt(i - 2) == ']' ? "&gt;" : null;
            default -> allowed(c) ? null : "";
            };
            if (replacement != null) {
                if (i > start) {
                    write(s, start, i - start);
                }
                write(replacement);
                start = i + 1;
            }
        }
        if (start < n) {
            write(s, start, n - start);
        }
    }

    /** Whether XML 1.0 can hold the character (surrogates pass: pairs are written as UTF-8). */
    private static boolean allowed(char c) {
        return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
    }

    private void write(String s) {
        try {
            out.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(String s, int off, int len) {
        try {
            out.write(s, off, len);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
