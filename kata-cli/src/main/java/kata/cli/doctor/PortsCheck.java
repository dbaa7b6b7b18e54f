package kata.cli.doctor;

import java.util.List;

/**
 * The step READMEs' manual runs use ports 7070 and 7071 (the tests never use fixed ports). A
 * busy port is usually a shop from an earlier run still going.
 */
public final class PortsCheck implements Check {

    static final List<Integer> PORTS = List.of(7070, 7071);

    @Override
    public Finding run(Environment env) {
        List<Integer> busy = PORTS.stream().filter(p -> !env.portFree(p)).toList();
        if (busy.isEmpty()) {
            return Finding.ok("ports", "7070 and 7071 free (the READMEs' manual runs use them)");
        }
        int port = busy.get(0);
        String find = env.isWindows() ? "netstat -ano | findstr :" + port : "lsof -i :" + port;
        return Finding.warn("ports", "in use: " + busy + " (a shop from an earlier manual run still running?)",
                "find the process with '" + find + "' and stop it, or run the README's command with PORT=7080");
    }
}
