package kata.webshop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.net.URI;
import kata.testkit.browser.HeadlessChromium;
import kata.runtime.http.TestHttp;
import kata.webshop.admin.AdminCredentials;
import kata.webshop.parts.ShopParts;
import org.junit.jupiter.api.Test;

/**
 * Given: the storefront in a real browser (headless Chromium, where the machine has it). A
 * customer buys from the page, through the same JSON checkout the API uses, and sees the order;
 * a quantity the shop refuses shows its reason on the page, and no order is stored.
 */
class StorefrontInABrowserTest {

    private static final AdminCredentials ADMIN = new AdminCredentials("admin", "storefront-test-password");

    /** Fills in a product's buy form, submits it like a click would, and returns what the page then shows. */
    private static String buy(String sku, String quantity) {
        return """
                (async () => {
                  const form = document.querySelector('form.buy[data-sku="%s"]');
                  form.noValidate = true; // the shop, not the browser, must be the one to refuse
                  form.quantity.value = '%s';
                  const out = form.nextElementSibling;
                  out.textContent = '';
                  form.requestSubmit();
                  for (let i = 0; i < 200 && !out.textContent; i++) await new Promise(r => setTimeout(r, 25));
                  return out.className + ': ' + out.textContent;
                })()""".formatted(sku, quantity);
    }

    @Test
    void aCustomerBuysFromThePageAndARefusedQuantityShowsWhyAndOrdersNothing() {
        assumeThat(HeadlessChromium.binary()).as("no Chromium on this machine (Debian: apt-get install chromium);"
                + " the storefront was not tried in a browser").isPresent();
        try (ShopUnderTest shop = ShopUnderTest.start(ShopParts.standard(ADMIN, 0));
             HeadlessChromium browser = HeadlessChromium.start();
             HeadlessChromium.Page page = browser.open(URI.create("http://127.0.0.1:" + shop.http().port() + "/?user=c-page"))) {

            String bought = page.evaluate(buy("VPS-SSD-4GB", "2"));

            assertThat(bought).as("what the page says after Buy").matches("ok: Order ord-[0-9a-f]+ placed: 298\\.00 kr");
            String orderId = bought.replaceAll(".*(ord-[0-9a-f]+).*", "$1");
            assertThat(adminOrders(shop)).as("/admin/orders").contains(orderId).contains("c-page");

            String refused = page.evaluate(buy("VPS-SSD-4GB", "0"));

            assertThat(refused).as("what the page says after a refused Buy").startsWith("error: Not ordered: ")
                    .doesNotContain("Exception");
            assertThat(shop.parts().orders().all()).as("orders stored").hasSize(1);
        }
    }

    private static String adminOrders(ShopUnderTest shop) {
        return shop.http().send("GET", "/admin/orders", null, TestHttp.DEFAULT_TIMEOUT,
                "Authorization", TestHttp.basicAuth(ADMIN.user(), ADMIN.password())).body();
    }
}
