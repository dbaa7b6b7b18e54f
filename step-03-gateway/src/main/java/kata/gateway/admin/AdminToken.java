package kata.gateway.admin;

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
        // TODO(target 4): only "Bearer " + the expected token, compared in constant time
        //  (MessageDigest.isEqual on the UTF-8 bytes); no expected token means nobody gets in.
        return true;
    }
}
