package kata.gateway.topology;

/** How a pool chooses among its servers: nginx's default, or its {@code least_conn;}. */
public enum Balance {
    /** Smooth weighted round-robin: nginx's default when an upstream block names no method. */
    ROUND_ROBIN,
    /** Fewest requests in flight (relative to weight); ties go round-robin. nginx: {@code least_conn;}. */
    LEAST_CONN
}
