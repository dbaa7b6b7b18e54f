/**
 * Services in their own JVMs, for tests that show isolation for real.
 *
 * <ul>
 *   <li>{@link kata.testkit.process.ChildJvm} — start a main class as a separate process with its
 *       own heap, find its port, wait for health, stop, kill, restart, and say why it died
 *       ({@link kata.testkit.process.ExitCause}).
 *   <li>{@link kata.testkit.process.ChildProcesses} and {@link kata.testkit.process.ChildProcessReaper}
 *       — nothing a test started outlives the test; {@link kata.testkit.process.ChildBootstrap}'s
 *       watchdog covers even a test JVM killed with SIGKILL.
 * </ul>
 */
package kata.testkit.process;
