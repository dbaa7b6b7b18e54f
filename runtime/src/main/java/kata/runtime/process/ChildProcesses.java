package kata.runtime.process;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The register of every process the tests of this JVM started, so that none is left running.
 *
 * <p>Two safety nets end them:
 * <ol>
 *   <li>testkit's {@code ChildProcessReaper}, a JUnit listener, ends each process when the test scope that
 *       started it finishes: a child started in a test method is stopped when that test ends
 *       (passed, failed or aborted); one started in {@code @BeforeAll} when its class ends.
 *   <li>A JVM shutdown hook kills whatever is still alive when the test JVM exits.
 * </ol>
 * And when even that cannot run (the test JVM is SIGKILLed), each child's own watchdog
 * ({@link ChildBootstrap}) notices its parent is gone and halts.
 *
 * <p><b>Assumption: tests run one at a time</b> (JUnit's default). The "current scope" is a
 * single stack for the whole JVM; with parallel test execution a child could be attributed to a
 * neighbour's scope and ended early or late — still ended, at the latest at JVM exit.
 */
public final class ChildProcesses {

    /** Per child at the end of a scope: enough for a clean shutdown, short enough that a suite cannot hang. */
    static final Duration SCOPE_END_GRACE = Duration.ofSeconds(5);

    private static final Object LOCK = new Object();
    private static final Map<Object, Tracked> TRACKED = new LinkedHashMap<>();
    /** The JUnit scopes (engine, class, method) currently running, innermost first. */
    private static final Deque<Scope> SCOPES = new ArrayDeque<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(ChildProcesses::killAll, "kata-child-processes-shutdown"));
    }

    private ChildProcesses() {
    }

    /**
     * One running test scope. Compared by identity, not by id: a test that runs tests of its own
     * (a nested launcher) reuses ids like {@code [engine:junit-jupiter]}, yet its scopes are different.
     */
    private static final class Scope {
        private final String id;

        Scope(String id) {
            this.id = id;
        }
    }

    /** How to end one tracked process, and which scope it belongs to ({@code null}: only JVM exit ends it). */
    private record Tracked(String description, BooleanSupplier alive, Consumer<Duration> stop, Runnable kill, Scope scope) {
    }

    /** Called by {@link ChildJvm} on every start; a restarted child keeps its original scope. */
    static void register(ChildJvm child) {
        track(child, new Tracked(child.name(), child::isAlive, child::stop, child::kill, currentScope()));
    }

    /**
     * Registers a process started by other means (an nginx, a broker) so that it is ended like a
     * child JVM: SIGTERM with a 5 s grace at the end of the
     * current test scope, SIGKILL at JVM exit — descendants included.
     */
    public static void register(String name, ProcessHandle process) {
        track(process, new Tracked(name + " (pid " + process.pid() + ")", process::isAlive,
                grace -> ProcessTree.stop(process, grace), () -> ProcessTree.kill(process), currentScope()));
    }

    /** A test scope (engine, class, method) begins: what starts now belongs to it. For the test runner's listener. */
    public static void enterScope(String scopeId) {
        synchronized (LOCK) {
            SCOPES.push(new Scope(scopeId));
        }
    }

    /** Stops every process started in this scope (including any inner scope left open). */
    public static void exitScope(String scopeId) {
        List<Tracked> ending = new ArrayList<>();
        synchronized (LOCK) {
            if (SCOPES.stream().noneMatch(scope -> scope.id.equals(scopeId))) {
                return; // a scope that started before this listener was active
            }
            List<Scope> closing = new ArrayList<>();
            Scope innermost;
            do {
                innermost = SCOPES.pop();
                closing.add(innermost);
            } while (!innermost.id.equals(scopeId));
            for (Iterator<Tracked> it = TRACKED.values().iterator(); it.hasNext(); ) {
                Tracked tracked = it.next();
                if (closing.contains(tracked.scope())) {
                    ending.add(tracked);
                    it.remove();
                }
            }
        }
        // outside the lock: stopping takes time, and other threads may want to register meanwhile
        ending.forEach(tracked -> tracked.stop().accept(SCOPE_END_GRACE));
    }

    private static void track(Object key, Tracked tracked) {
        synchronized (LOCK) {
            // a tool that runs Maven on every change would otherwise keep every run it ever made
            TRACKED.values().removeIf(old -> old.scope() == null && !old.alive().getAsBoolean());
            TRACKED.putIfAbsent(key, tracked);
        }
    }

    private static Scope currentScope() {
        synchronized (LOCK) {
            return SCOPES.peek();
        }
    }

    private static void killAll() {
        List<Tracked> all;
        synchronized (LOCK) {
            all = new ArrayList<>(TRACKED.values());
            TRACKED.clear();
        }
        all.stream().filter(t -> t.alive().getAsBoolean()).forEach(t -> t.kill().run());
    }
}
