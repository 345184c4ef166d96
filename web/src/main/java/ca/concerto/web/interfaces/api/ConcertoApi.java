package ca.concerto.web.interfaces.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Concerto's JSON API, under /api, for scripts and other systems signed in with a Keycloak bearer token. */
@ApplicationPath("/api")
public class ConcertoApi extends Application {
}
