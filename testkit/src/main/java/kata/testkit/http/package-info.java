/**
 * {@link kata.testkit.http.TestHttp}: one-line HTTP calls for tests, with results
 * ({@link kata.testkit.http.HttpResult}) that are easy to assert on and failures that name the URL.
 */
package kata.testkit.http;
