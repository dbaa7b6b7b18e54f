package kata.webshop.pages;

import java.util.List;
import kata.shop.catalog.Product;
import kata.shop.recommendations.Recommendation;

/** The storefront's HTML. Rendering only: what to show is decided by {@link StorefrontRoutes}. */
public final class StorefrontPage {

    /** The words a customer (and the tests) see when recommendations cannot be shown. */
    public static final String UNAVAILABLE = "recommendations unavailable";

    private StorefrontPage() {
    }

    public static String withRecommendations(List<Product> products, List<Recommendation> recommendations) {
        StringBuilder aside = new StringBuilder("<ul class=\"also-bought\">");
        recommendations.forEach(r -> aside.append("<li><a href=\"/products/").append(escape(r.sku())).append("\">")
                .append(escape(r.name())).append("</a> <small>").append(escape(r.reason())).append("</small></li>"));
        return page(products, aside.append("</ul>").toString());
    }

    /** The degraded page: the shop still sells, it just cannot suggest anything right now. */
    public static String withoutRecommendations(List<Product> products) {
        return page(products, "<p class=\"unavailable\">" + UNAVAILABLE + "</p>");
    }

    private static String page(List<Product> products, String alsoBought) {
        StringBuilder html = new StringBuilder("""
                <!doctype html>
                <html lang="en"><head><meta charset="utf-8"><title>Fjord VPS shop</title></head>
                <body><h1>Fjord VPS</h1><table>
                <tr><th>SKU</th><th>Product</th><th>Price per month</th></tr>
                """);
        for (Product p : products) {
            html.append("<tr><td>").append(escape(p.sku())).append("</td><td>").append(escape(p.name()))
                    .append("</td><td>").append(kroner(p.priceOre())).append("</td></tr>\n");
        }
        return html.append("</table>\n<h2>Customers also bought</h2>\n").append(alsoBought)
                .append("\n</body></html>\n").toString();
    }

    /** Money is øre (integer) everywhere; only the page turns it into "149,00 kr". */
    static String kroner(long ore) {
        return String.format("%d,%02d kr", ore / 100, ore % 100);
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
