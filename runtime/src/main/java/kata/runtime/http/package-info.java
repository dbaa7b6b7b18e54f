/**
 * {@link kata.runtime.http.TestHttp}: one-line HTTP calls for tests, with results
 * ({@link kata.runtime.http.HttpResult}) that are easy to assert on and failures that name the URL.
 */
package kata.runtime.http;
