package kata.runtime.process;

import java.io.IOException;

/**
 * A child that starts a child of its own (through the same builder a test uses), prints the
 * grandchild's pid and then serves like {@link TinyHttpServer}. Killing it with SIGKILL must not
 * leave the grandchild behind.
 */
public final class StartsGrandchild {

    public static final String GRANDCHILD_PID_LINE = "grandchild pid ";

    private StartsGrandchild() {
    }

    public static void main(String[] args) throws IOException {
        ChildJvm grandchild = ChildJvm.builder("grandchild", TinyHttpServer.class).heap("32m").start();
        System.out.println(GRANDCHILD_PID_LINE + grandchild.pid());
        TinyHttpServer.main(args);
    }
}
