package vn.ndaf.api.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import vn.ndaf.framework.registry.Body;

/**
 * Cursor paging over a list of bodies in registry order. A cursor is the opaque form of a body's code, so a
 * page boundary stays put when the registry changes elsewhere.
 */
final class BodyCursor {

    static final int MAX_PAGE = 1000;
    private static final String PREFIX = "body:";

    private BodyCursor() {
    }

    static String of(Body body) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + body.code()).getBytes(StandardCharsets.UTF_8));
    }

    static FrameworkViews.BodyConnection page(List<Body> bodies, int first, String after, java.util.function.Function<Body, FrameworkViews.BodyView> view) {
        if (first < 1 || first > MAX_PAGE) {
            throw new IllegalArgumentException("first must be 1 to " + MAX_PAGE + ", not " + first);
        }
        int start = 0;
        if (after != null && !after.isBlank()) {
            String code = code(after);
            int index = -1;
            for (int i = 0; i < bodies.size(); i++) {
                if (bodies.get(i).code().equals(code)) {
                    index = i;
                    break;
                }
            }
            if (index < 0) {
                throw new IllegalArgumentException("The cursor '" + after + "' names no body of this list; pass a pageInfo.endCursor of the same query.");
            }
            start = index + 1;
        }
        int end = Math.min(bodies.size(), start + first);
        List<Body> page = bodies.subList(start, end);
        String endCursor = page.isEmpty() ? null : of(page.get(page.size() - 1));
        return new FrameworkViews.BodyConnection(bodies.size(), page.stream().map(view).toList(), new FrameworkViews.PageInfoView(end < bodies.size(), endCursor));
    }

    private static String code(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                return text.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("'" + cursor + "' is not a cursor of bodies; pass a pageInfo.endCursor.");
    }
}
