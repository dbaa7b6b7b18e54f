package kata.platform.http;

/** The one shape every error answer has: {@code {"error": "...", "status": 400}}. */
public record ApiError(String error, int status) {
}
