package kata.webshop.pages;

import java.util.List;
import kata.shop.catalog.Product;
import kata.shop.recommendations.Recommendation;

/** The storefront's HTML. Rendering only: what to show is decided by the step's storefront route. */
public final class StorefrontPage {

    /** The words a customer (and the tests) see when recommendations cannot be shown. */
    public static final String UNAVAILABLE = "recommendations unavailable";

    private StorefrontPage() {
    }

    /** The page for {@code customerId} ("guest" without a {@code ?user=}): what they buy is ordered in their name. */
    public static String withRecommendations(List<Product> products, List<Recommendation> recommendations,
                                             String customerId) {
        StringBuilder aside = new StringBuilder("<ul class=\"also-bought\">");
        recommendations.forEach(r -> aside.append("<li><a href=\"/products/").append(Html.escape(r.sku())).append("\">")
                .append(Html.escape(r.name())).append("</a><small>").append(Html.escape(r.reason())).append("</small></li>"));
        return page(products, aside.append("</ul>").toString(), customerId);
    }

    /** The degraded page: the shop still sells, it just cannot suggest anything right now. */
    public static String withoutRecommendations(List<Product> products, String customerId) {
        return page(products, "<p class=\"unavailable\" role=\"status\"><strong>" + UNAVAILABLE + "</strong> right now."
                + " Everything else works: browse and buy as usual.</p>", customerId);
    }

    private static String page(List<Product> products, String alsoBought, String customerId) {
        StringBuilder cards = new StringBuilder("<section><h1>Virtual servers</h1><div class=\"products\">");
        products.forEach(p -> cards.append(Html.card(p, customerId)));
        cards.append("</div></section>");
        return Layout.page("Fjord VPS shop", cards + "<aside><h2>Customers also bought</h2>" + alsoBought + "</aside>");
    }
}
