package kata.worker;

/**
 * The provisioning service said no. Transient failures (503, a timeout, a refused
 * connection) may go away if asked again later; permanent ones (a 4xx: "this SKU cannot be
 * provisioned") never will, however often the worker asks.
 */
public final class ProvisioningFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean transient_;

    ProvisioningFailure(String reason, boolean isTransient) {
        super(reason);
        this.transient_ = isTransient;
    }

    public boolean isTransient() {
        return transient_;
    }
}
