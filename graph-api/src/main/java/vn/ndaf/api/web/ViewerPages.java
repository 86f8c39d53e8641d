package vn.ndaf.api.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The viewer is one page that routes in the browser: its deep links (e.g.
 * {@code /architectures/{ARCH_ID}/views/{VIEW_ID}}) are answered with that page, which then reads the path.
 * GraphQL, GraphiQL, the actuator and the static assets keep their own paths.
 */
@Controller
public class ViewerPages {

    @GetMapping({ "/architectures", "/architectures/", "/architectures/{architecture}", "/architectures/{architecture}/**" })
    public String page() {
        return "forward:/index.html";
    }
}
