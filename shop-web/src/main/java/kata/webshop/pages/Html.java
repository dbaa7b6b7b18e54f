package kata.webshop.pages;

import kata.shop.catalog.Product;

/** Small pieces of HTML the pages share: escaping, money, a product's buy form. */
final class Html {

    private Html() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }

    /** Money is øre (integer) everywhere; only a page turns it into "149,00 kr". */
    static String kroner(long ore) {
        return String.format("%d,%02d kr", ore / 100, ore % 100);
    }

    /** A product as a card: what it is, what it costs a month, and a way to buy it. */
    static String card(Product p, String customerId) {
        return "<div class=\"card\"><h3><a href=\"/products/" + escape(p.sku()) + "\">" + escape(p.name()) + "</a></h3>"
                + "<p>" + escape(p.description()) + "</p><div class=\"price\">" + kroner(p.priceOre())
                + " <small>per month</small></div>"
                + "<form class=\"buy\" data-sku=\"" + escape(p.sku()) + "\" data-customer=\"" + escape(customerId) + "\">"
                + "<input name=\"quantity\" type=\"number\" min=\"1\" max=\"100\" value=\"1\" aria-label=\"quantity\">"
                + "<button>Buy</button></form><output></output></div>";
    }
}
