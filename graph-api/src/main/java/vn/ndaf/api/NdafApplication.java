package vn.ndaf.api;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

import vn.ndaf.security.SecurityConfiguration;

/** The ndaf server: GraphQL API, GraphiQL, health and the viewer's pages. Started by {@code ndaf serve}. */
@SpringBootApplication
@Import(SecurityConfiguration.class)
public class NdafApplication {
}
