package kata.testkit.hostile;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import kata.testkit.hostile.RawHttp.Answer;

/**
 * The hostile-input suite against services you started by hand, with a tally instead of a test
 * report: {@code java -cp ... kata.testkit.hostile.HostileProbe SHOP_PORT RECOMMENDER_PORT}.
 * Lists what a careful service never does: a 5xx (but 505) or another status that is not a
 * client error where one was due, an error that is not JSON, an internal name in a body, a hang.
 */
public final class HostileProbe {

    private HostileProbe() {
    }

    public static void main(String[] args) {
        int shop = Integer.parseInt(args[0]);
        int recommender = Integer.parseInt(args[1]);
        List<Target> targets = List.of(
                new Target(shop, HostileInputs.forJsonBody("/checkout",
                        "{\"customerId\":\"c-7\",\"items\":[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}]}")),
                new Target(shop, HostileInputs.forJsonBody("/checkout", "{\"customerId\":\"c-8\",\"items\":"
                        + "[{\"sku\":\"VPS-SSD-4GB\",\"quantity\":1}],\"idempotencyKey\":\"k-1\"}")),
                new Target(shop, HostileInputs.forPathSegment("/products/", Set.of(400, 404))),
                new Target(shop, HostileInputs.forPathSegment("/?user=", Set.of(200, 400))),
                new Target(shop, HostileInputs.forPathSegment("/recommendations/", Set.of(200, 400, 404, 503))),
                new Target(shop, HostileInputs.forAuthorization("/admin/orders", "admin")),
                new Target(recommender, HostileInputs.forJsonBody("/purchases",
                        "{\"userId\":\"c-7\",\"skus\":[\"VPS-SSD-4GB\"]}")),
                new Target(recommender, HostileInputs.forPathSegment("/recommendations/", Set.of(200, 400, 404))));
        int sent = 0;
        int answered = 0;
        List<String> findings = new ArrayList<>();
        for (Target target : targets) {
            for (HostileRequest request : target.requests()) {
                sent++;
                Answer answer = RawHttp.exchange(target.port(), request.bytes(), request.hangUp(), HostileAnswers.PATIENCE);
                if (!request.hangUp()) {
                    answered++;
                    findings.addAll(HostileAnswers.problems(request, answer, false));
                }
            }
        }
        System.out.printf("%d hostile requests sent (%d answers read, %d abandoned halfway); %d findings%n",
                sent, answered, sent - answered, findings.size());
        findings.forEach(finding -> System.out.println("  " + finding));
    }

    private record Target(int port, List<HostileRequest> requests) {
    }
}
