package kata.shop.provisioning;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import kata.shop.orders.Order;
import kata.shop.orders.OrderLine;

import static org.assertj.core.api.Assertions.assertThat;

class ProvisioningPlanTest {

    @Test
    void plansOneTaskPerUnitOrdered() {
        Order order = order("ord-abc", new OrderLine("VPS-SSD-4GB", "VPS SSD 4 GB", 3, 14_900));

        assertThat(ProvisioningPlan.tasksFor(order)).containsExactly(
                new ProvisioningTask("ord-abc", "VPS-SSD-4GB", 1, "vps-ord-abc-1"),
                new ProvisioningTask("ord-abc", "VPS-SSD-4GB", 2, "vps-ord-abc-2"),
                new ProvisioningTask("ord-abc", "VPS-SSD-4GB", 3, "vps-ord-abc-3"));
    }

    @Test
    void numbersUnitsAcrossTheWholeOrderSoHostnamesNeverRepeat() {
        Order order = order("ord-abc",
                new OrderLine("VPS-SSD-2GB", "VPS SSD 2 GB", 2, 9_900),
                new OrderLine("BACKUP-100GB", "Backup 100 GB", 1, 4_900));

        List<ProvisioningTask> tasks = ProvisioningPlan.tasksFor(order);

        assertThat(tasks).extracting(ProvisioningTask::sku)
                .containsExactly("VPS-SSD-2GB", "VPS-SSD-2GB", "BACKUP-100GB");
        assertThat(tasks).extracting(ProvisioningTask::hostname)
                .containsExactly("vps-ord-abc-1", "vps-ord-abc-2", "vps-ord-abc-3");
    }

    @Test
    void lowercasesTheHostname() {
        Order order = order("ORD-MiXeD", new OrderLine("VPS-SSD-2GB", "VPS SSD 2 GB", 1, 9_900));

        assertThat(ProvisioningPlan.tasksFor(order)).extracting(ProvisioningTask::hostname)
                .containsExactly("vps-ord-mixed-1");
    }

    static Order order(String id, OrderLine... lines) {
        long total = 0;
        for (OrderLine line : lines) {
            total += line.totalOre();
        }
        return new Order(id, "alice", List.of(lines), total, Instant.EPOCH, null);
    }
}
