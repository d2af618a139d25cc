package fi.cocreate.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.util.ServiceLoader;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.junit.jupiter.api.Test;

class ServletRunnerFallbackTest {

    @Test
    void arquillianFindsTheExtension() {
        assertTrue(ServiceLoader.load(LoadableExtension.class).stream()
                .anyMatch(provider -> provider.type() == ServletRunnerFallback.class));
    }

    @Test
    void aDeploymentReadWithoutItsServletsGetsTheRunnerAtTheRootAndOneReadWellIsLeftAlone() throws Exception {
        HTTPContext raced = new HTTPContext("127.0.0.1", 8080);
        HTTPContext read = new HTTPContext("127.0.0.1", 8080).add(new Servlet(ServletRunnerFallback.RUNNER, "/app"));
        ProtocolMetaData metaData = new ProtocolMetaData().addContext(raced).addContext(read);

        observerOf(metaData).afterDeploy(null);

        Servlet added = raced.getServletByName(ServletRunnerFallback.RUNNER);
        assertNotNull(added);
        assertEquals("http://127.0.0.1:8080/", added.getBaseURI().toString());
        assertEquals(1, read.getServlets().size());
        assertEquals("/app", read.getServletByName(ServletRunnerFallback.RUNNER).getContextRoot());
    }

    private static ServletRunnerFallback.CompleteServlets observerOf(ProtocolMetaData metaData) throws Exception {
        ServletRunnerFallback.CompleteServlets observer = new ServletRunnerFallback.CompleteServlets();
        Field field = ServletRunnerFallback.CompleteServlets.class.getDeclaredField("metaData");
        field.setAccessible(true);
        Instance<ProtocolMetaData> instance = () -> metaData;
        field.set(observer, instance);
        return observer;
    }
}
