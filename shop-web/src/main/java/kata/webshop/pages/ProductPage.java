package kata.webshop.pages;

import kata.shop.catalog.Product;

/** One product, for a browser: {@code GET /products/{sku}} with {@code Accept: text/html}. */
public final class ProductPage {

    private ProductPage() {
    }

    public static String of(Product product) {
        return Layout.page(product.name() + " - Fjord VPS", "<section><p><a href=\"/\">&larr; all servers</a></p>"
                + "<div class=\"products\">" + Html.card(product, "guest") + "</div></section>");
    }
}
