/**
 * Bounded load against services on 127.0.0.1, measured: {@link kata.runtime.load.LoadProbe}
 * sends the requests (closed or open model, always capped in count and time),
 * {@link kata.runtime.load.LoadReport} turns them into the figures a step is judged by —
 * success ratio, latency percentiles, a second-by-second timeline, before/during/after windows.
 */
package kata.runtime.load;
