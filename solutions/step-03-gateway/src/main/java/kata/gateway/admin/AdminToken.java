package kata.gateway.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * The admin surface (drain, undrain, status) can take a node out of the shop: it needs a token,
 * sent as {@code Authorization: Bearer TOKEN}. The token comes from the environment
 * ({@code ADMIN_TOKEN}); without one configured, nobody gets in.
 */
public final class AdminToken {

    private final String expected;

    /** @param expected the configured token, {@code null} or blank when none is configured */
    public AdminToken(String expected) {
        this.expected = expected == null || expected.isBlank() ? null : expected.strip();
    }

    /** @param authorization the request's {@code Authorization} header, or {@code null} */
    public boolean allows(String authorization) {
        if (expected == null || authorization == null || !authorization.startsWith("Bearer ")) {
            return false;
        }
        // Constant time: a plain equals() returns sooner the earlier it differs, which leaks the token byte by byte.
        byte[] given = authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(given, expected.getBytes(StandardCharsets.UTF_8));
    }
}
