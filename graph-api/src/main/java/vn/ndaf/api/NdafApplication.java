package vn.ndaf.api;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The ndaf server: GraphQL API, GraphiQL, health and the viewer's pages. Started by {@code ndaf serve}. */
@SpringBootApplication
public class NdafApplication {
}
