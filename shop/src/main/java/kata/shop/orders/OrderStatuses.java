package kata.shop.orders;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The provisioning status of each order, kept apart from the immutable {@link Order}: what was
 * bought never changes, where its servers are does.
 *
 * <p>Messages arrive late, twice and out of order, so the rules are: a final status
 * (PROVISIONED, FAILED) is never replaced, and PENDING never replaces anything. A worker can
 * report PROVISIONED before the shop has finished recording PENDING; the order stays PROVISIONED.
 */
public final class OrderStatuses {

    /** A status and, for FAILED, why. */
    public record Status(ProvisioningStatus status, String reason) {
    }

    private final Map<String, Status> byOrderId = new ConcurrentHashMap<>();

    public void pending(String orderId) {
        byOrderId.putIfAbsent(orderId, new Status(ProvisioningStatus.PENDING, null));
    }

    public void provisioned(String orderId) {
        settle(orderId, new Status(ProvisioningStatus.PROVISIONED, null));
    }

    public void failed(String orderId, String reason) {
        settle(orderId, new Status(ProvisioningStatus.FAILED, reason));
    }

    /** Empty for an order this shop has never given a status. */
    public Optional<Status> of(String orderId) {
        return Optional.ofNullable(byOrderId.get(orderId));
    }

    private void settle(String orderId, Status status) {
        byOrderId.merge(orderId, status, (current, next) -> current.status().isFinal() ? current : next);
    }
}
