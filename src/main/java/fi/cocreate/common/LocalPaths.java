package fi.cocreate.common;

/** Paths inside this app that a link may send a person back to: never anywhere else (no open redirect). */
public final class LocalPaths {

    private LocalPaths() {}

    /** One leading slash, no scheme or host, no backslash or control characters, of a sane length. */
    public static boolean isSafe(String path) {
        if (path == null || path.isEmpty() || path.length() > 2000 || path.charAt(0) != '/') {
            return false;
        }
        if (path.startsWith("//") || path.contains("\\")) {
            return false;
        }
        return path.chars().noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    /** The path if it is safe, else the home page. */
    public static String orHome(String path) {
        return isSafe(path) ? path : "/";
    }
}
