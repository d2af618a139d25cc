package fi.cocreate.common;

/** Paths inside this app that a link may send a person back to: never anywhere else (no open redirect). */
public final class LocalPaths {

    private LocalPaths() {}

    /**
     * One leading slash, no scheme or host, no backslash, of a sane length, and only printable ASCII: a browser sends
     * a page's address percent-encoded, so a space, a control character or any other character comes from a forged
     * link (the server wrote U+010D U+010A in {@code Location} as two spaces).
     */
    public static boolean isSafe(String path) {
        if (path == null || path.isEmpty() || path.length() > 2000 || path.charAt(0) != '/') {
            return false;
        }
        if (path.startsWith("//") || path.contains("\\")) {
            return false;
        }
        return path.chars().allMatch(c -> c > 0x20 && c < 0x7f);
    }

    /** The path if it is safe, else the home page. */
    public static String orHome(String path) {
        return isSafe(path) ? path : "/";
    }
}
