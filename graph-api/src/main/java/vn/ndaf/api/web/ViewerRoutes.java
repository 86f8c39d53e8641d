package vn.ndaf.api.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The viewer's other deep links, answered with its page like {@link ViewerPages}: the body tree
 * ({@code /bodies}, {@code /bodies/{CODE}}, its print report {@code /bodies/{CODE}/report}), search ({@code /search?q=…}), the dashboard ({@code /dashboard}) and
 * the map ({@code /map}, {@code /map/{PROVINCE}}). docs/viewer.md lists them.
 */
@Controller
public class ViewerRoutes {

    @GetMapping({ "/bodies", "/bodies/", "/bodies/{code}", "/bodies/{code}/report", "/search", "/dashboard", "/map", "/map/", "/map/{province}" })
    public String page() {
        return "forward:/index.html";
    }
}
