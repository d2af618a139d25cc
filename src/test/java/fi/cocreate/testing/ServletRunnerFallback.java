package fi.cocreate.testing;

import java.util.logging.Logger;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Works around a race in the Payara Micro Arquillian container (3.1): it reads the server's console in the
 * background and takes the deployment's servlets from the log as soon as the log shows the "HTTPS Port(s)" line of
 * the instance configuration, which Payara prints before the list of deployed servlets. When its snapshot of the log
 * is taken between the two (seen once in five runs of a class at load 5), the deployment reports no servlets and
 * every test of the class fails with "ArquillianServletRunnerEE9 not found", although the server has deployed it.
 * Every test deployment here is the one WAR at the context root {@code /} (see {@link Deployments}), so where the
 * runner is missing it is added back at that root, with a warning.
 */
public class ServletRunnerFallback implements LoadableExtension {

    static final String RUNNER = "ArquillianServletRunnerEE9";
    private static final Logger LOG = Logger.getLogger(ServletRunnerFallback.class.getName());

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(CompleteServlets.class);
    }

    public static class CompleteServlets {

        @Inject
        private Instance<ProtocolMetaData> metaData;

        public void afterDeploy(@Observes AfterDeploy event) {
            ProtocolMetaData found = metaData.get();
            if (found == null) {
                return;
            }
            for (HTTPContext context : found.getContexts(HTTPContext.class)) {
                if (context.getServletByName(RUNNER) == null) {
                    LOG.warning("The container read no " + RUNNER + " from the server's log (its log reader raced the"
                            + " server's output); using the deployment's context root /");
                    context.add(new Servlet(RUNNER, "/"));
                }
            }
        }
    }
}
