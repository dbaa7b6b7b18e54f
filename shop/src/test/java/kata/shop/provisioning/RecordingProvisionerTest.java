package kata.shop.provisioning;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import kata.shop.Concurrently;
import kata.shop.orders.Order;
import kata.shop.orders.OrderLine;

import static kata.shop.provisioning.ProvisioningPlanTest.order;
import static org.assertj.core.api.Assertions.assertThat;

class RecordingProvisionerTest {

    private final RecordingProvisioner provisioner = new RecordingProvisioner();

    @Test
    void recordsThePlannedTasksOfEveryOrderInTurn() {
        Order first = order("ord-1", new OrderLine("VPS-SSD-2GB", "VPS SSD 2 GB", 2, 9_900));
        Order second = order("ord-2", new OrderLine("IPV4-EXTRA", "Extra IPv4 address", 1, 3_900));

        provisioner.provision(first);
        provisioner.provision(second);

        List<ProvisioningTask> expected = new ArrayList<>(ProvisioningPlan.tasksFor(first));
        expected.addAll(ProvisioningPlan.tasksFor(second));
        assertThat(provisioner.tasks()).containsExactlyElementsOf(expected);
        assertThat(provisioner.taskCount()).isEqualTo(3);
    }

    @Test
    void handsOutASnapshotThatLaterOrdersDoNotChange() {
        provisioner.provision(order("ord-1", new OrderLine("VPS-SSD-2GB", "VPS SSD 2 GB", 1, 9_900)));
        List<ProvisioningTask> snapshot = provisioner.tasks();

        provisioner.provision(order("ord-2", new OrderLine("VPS-SSD-2GB", "VPS SSD 2 GB", 1, 9_900)));

        assertThat(snapshot).hasSize(1);
    }

    @Test
    void losesNoTaskWhenOrdersArriveConcurrently() throws Exception {
        int threads = 8;
        int ordersPerThread = 200;
        AtomicInteger orderNumbers = new AtomicInteger();

        Concurrently.onThreads(threads, () -> {
            for (int i = 0; i < ordersPerThread; i++) {
                String id = "ord-" + orderNumbers.incrementAndGet();
                provisioner.provision(order(id, new OrderLine("VPS-SSD-2GB", "VPS SSD 2 GB", 2, 9_900)));
            }
            return null;
        });

        assertThat(provisioner.taskCount()).isEqualTo(threads * ordersPerThread * 2);
        assertThat(provisioner.tasks()).extracting(ProvisioningTask::hostname).doesNotHaveDuplicates();
    }
}
