package fi.cocreate.testing;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The deployment every integration test uses: the real WAR as built by {@code mvn package}, plus the test support
 * classes (movable clock, mail-sink client). Starting the shared database and mail server first.
 */
public final class Deployments {

    private Deployments() {}

    /** The jar a test library class was loaded from, to ship it with the test deployment (jsoup for PageClient). */
    private static File jarOf(Class<?> type) {
        try {
            return new File(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static WebArchive app() {
        TestServices.start();
        File war = new File(System.getProperty("cocreate.war", "target/cocreate.war"));
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addPackage(Deployments.class.getPackage())
                .addAsLibrary(jarOf(org.jsoup.Jsoup.class));
    }
}
