package fi.cocreate.testing;

import java.util.concurrent.atomic.AtomicInteger;

/** Unique email addresses for tests, so tests sharing one database never collide. */
public final class TestAccounts {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestAccounts() {}

    public static String uniqueEmail(String prefix) {
        return prefix + "-" + System.nanoTime() + "-" + COUNTER.incrementAndGet() + "@test.cocreate.fi";
    }
}
