package kata.webshop.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

/**
 * Who may open the admin pages. Never in code: read from the environment
 * ({@code ADMIN_USER}, default {@code admin}; {@code ADMIN_PASSWORD}, at least 8 characters).
 * Without a password the admin pages are locked with a random one that is shown nowhere - a
 * secret printed to standard output ends up in log files and screen shares - so a forgotten
 * variable never means an open admin surface.
 */
public record AdminCredentials(String user, String password) {

    public AdminCredentials {
        if (user == null || user.isBlank() || password == null || password.length() < 8) {
            throw new IllegalArgumentException("admin user must be set and the password at least 8 characters");
        }
    }

    public static AdminCredentials fromEnvironment(Map<String, String> env) {
        String user = env.getOrDefault("ADMIN_USER", "admin");
        String password = env.get("ADMIN_PASSWORD");
        if (password == null || password.isBlank()) {
            password = randomPassword();
            System.out.println("ADMIN_PASSWORD not set: the admin pages are locked for this run."
                    + " Set ADMIN_PASSWORD (and ADMIN_USER, default admin) to open them.");
        }
        return new AdminCredentials(user, password);
    }

    public static AdminCredentials random() {
        return new AdminCredentials("admin", randomPassword());
    }

    /** Compares in constant time, so response timing does not leak how much of a guess was right. */
    public boolean matches(String user, String password) {
        boolean userOk = MessageDigest.isEqual(bytes(this.user), bytes(user));
        boolean passwordOk = MessageDigest.isEqual(bytes(this.password), bytes(password));
        return userOk & passwordOk;
    }

    @Override
    public String toString() {
        return "AdminCredentials[user=" + user + ", password=***]";
    }

    private static byte[] bytes(String s) {
        return s == null ? new byte[0] : s.getBytes(StandardCharsets.UTF_8);
    }

    private static String randomPassword() {
        byte[] random = new byte[18];
        new SecureRandom().nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
