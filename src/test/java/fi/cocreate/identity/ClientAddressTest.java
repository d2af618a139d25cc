package fi.cocreate.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fi.cocreate.identity.control.ClientAddress;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClientAddressTest {

    private static final Set<String> PROXY = ClientAddress.trustedProxies(" 10.0.0.5, ,10.0.0.6 ");

    @Test
    void withoutATrustedProxyTheHeaderIsIgnored() {
        assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", "203.0.113.1", PROXY));
        assertEquals("198.51.100.7", ClientAddress.of("198.51.100.7", "203.0.113.1", Set.of()));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "203.0.113.1", Set.of()));
    }

    @Test
    void behindATrustedProxyTheNearestUntrustedHopIsTheClient() {
        assertEquals("203.0.113.1", ClientAddress.of("10.0.0.5", "203.0.113.1", PROXY));
        assertEquals("203.0.113.1", ClientAddress.of("10.0.0.5", "203.0.113.1, 10.0.0.6", PROXY));
        assertEquals("2001:db8::1", ClientAddress.of("10.0.0.5", "2001:db8::1", PROXY));
    }

    @Test
    void aClientCannotPickItsAddressByWritingTheHeaderItself() {
        // The proxy appends the address it saw; what the client wrote stays on the left and is not believed.
        assertEquals("203.0.113.1", ClientAddress.of("10.0.0.5", "192.0.2.99, 203.0.113.1", PROXY));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", "<script>", PROXY));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", null, PROXY));
    }

    @Test
    void theSettingIsACommaSeparatedList() {
        assertEquals(Set.of("10.0.0.5", "10.0.0.6"), PROXY);
        assertEquals(Set.of(), ClientAddress.trustedProxies(null));
        assertEquals(Set.of(), ClientAddress.trustedProxies(""));
    }
}
