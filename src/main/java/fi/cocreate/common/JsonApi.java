package fi.cocreate.common;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;

/**
 * The public, read-only JSON API under {@code /api}, shared by every domain (add resources, not another
 * application). Payara Micro describes it at {@code /openapi}. Only public data ever appears in it.
 */
@ApplicationPath("api")
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Cocreate public API",
                        version = "1",
                        description =
                                "Read-only open data: consultations, their events, published summaries and report timelines.",
                        license = @License(name = "Open data")))
public class JsonApi extends Application {}
