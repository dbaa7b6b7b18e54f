/**
 * Services in their own JVMs, for tests that show isolation for real.
 *
 * <ul>
 *   <li>{@link kata.runtime.process.ChildJvm} — start a main class as a separate process with its
 *       own heap, find its port, wait for health, stop, kill, restart, and say why it died
 *       ({@link kata.runtime.process.ExitCause}).
 *   <li>{@link kata.runtime.process.ChildProcesses} and testkit's {@code ChildProcessReaper}
 *       — nothing a test started outlives the test; {@link kata.runtime.process.ChildBootstrap}'s
 *       watchdog covers even a test JVM killed with SIGKILL.
 * </ul>
 */
package kata.runtime.process;
