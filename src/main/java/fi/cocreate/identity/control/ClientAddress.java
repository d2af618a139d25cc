package fi.cocreate.identity.control;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which client a request comes from, for the per-client login limit. The connection's remote address, unless that is
 * one of the configured trusted proxies: then the nearest address in {@code X-Forwarded-For} (read from the right)
 * that is not a trusted proxy. A header from anyone else is ignored, so a client cannot pick its own address.
 */
public final class ClientAddress {

    private static final Pattern ADDRESS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private ClientAddress() {}

    /** The trusted proxies from a comma-separated setting; blank entries are ignored. */
    public static Set<String> trustedProxies(String setting) {
        if (setting == null) {
            return Set.of();
        }
        return Arrays.stream(setting.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
    }

    public static String of(String remoteAddress, String forwardedFor, Set<String> trustedProxies) {
        if (forwardedFor == null || !trustedProxies.contains(remoteAddress)) {
            return remoteAddress;
        }
        List<String> hops =
                Arrays.stream(forwardedFor.split(",")).map(String::strip).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!ADDRESS.matcher(hop).matches()) {
                // Garbage in the chain: what lies left of it cannot be trusted either.
                return remoteAddress;
            }
            if (!trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return remoteAddress;
    }
}
