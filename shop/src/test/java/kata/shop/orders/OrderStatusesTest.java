package kata.shop.orders;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrderStatusesTest {

    private final OrderStatuses statuses = new OrderStatuses();

    @Test
    void anOrderGoesFromPendingToProvisioned() {
        statuses.pending("ord-1");
        assertThat(statuses.of("ord-1")).hasValue(new OrderStatuses.Status(ProvisioningStatus.PENDING, null));
        statuses.provisioned("ord-1");
        assertThat(statuses.of("ord-1").orElseThrow().status()).isEqualTo(ProvisioningStatus.PROVISIONED);
    }

    @Test
    void aLatePendingDoesNotUndoAWorkersAnswer() {
        statuses.provisioned("ord-2"); // the worker was faster than the shop's own bookkeeping
        statuses.pending("ord-2");
        assertThat(statuses.of("ord-2").orElseThrow().status()).isEqualTo(ProvisioningStatus.PROVISIONED);
    }

    @Test
    void aFinalStatusIsNeverReplacedAndAFailureKeepsItsReason() {
        statuses.failed("ord-3", "sku not available in this region");
        statuses.provisioned("ord-3"); // a redelivered message's late answer
        assertThat(statuses.of("ord-3")).hasValue(
                new OrderStatuses.Status(ProvisioningStatus.FAILED, "sku not available in this region"));
        assertThat(statuses.of("ord-unknown")).isEmpty();
    }
}
