package kata.shop.orders;

/**
 * Where an order's servers are. From step 04 on, checkout no longer waits for provisioning:
 * an order is accepted as {@code PENDING}, and a worker later makes it {@code PROVISIONED} or
 * {@code FAILED} (with a reason).
 */
public enum ProvisioningStatus {
    PENDING, PROVISIONED, FAILED;

    /** PROVISIONED and FAILED are final: a late or repeated message cannot undo them. */
    public boolean isFinal() {
        return this != PENDING;
    }
}
