package kata.shop.provisioning;

import java.util.ArrayList;
import java.util.List;

import kata.shop.orders.Order;

/**
 * The workshop's provisioner: a real one would call a cloud API for every task; this one writes the
 * planned tasks down, so tests and the dashboard can see exactly what would have been created.
 *
 * <p>Thread-safe. All tasks of one order are added under one lock, so a reader never sees half an
 * order.
 */
public final class RecordingProvisioner implements Provisioner {

    private final List<ProvisioningTask> tasks = new ArrayList<>();

    @Override
    public void provision(Order order) {
        List<ProvisioningTask> planned = ProvisioningPlan.tasksFor(order); // planned outside the lock
        synchronized (tasks) {
            tasks.addAll(planned);
        }
    }

    /** A snapshot, in the order the tasks were recorded. */
    public List<ProvisioningTask> tasks() {
        synchronized (tasks) {
            return List.copyOf(tasks);
        }
    }

    public int taskCount() {
        synchronized (tasks) {
            return tasks.size();
        }
    }
}
