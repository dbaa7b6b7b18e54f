package kata.webshop.parts;

import kata.shop.catalog.Catalog;
import kata.shop.orders.CheckoutService;
import kata.shop.orders.OrderRepository;
import kata.shop.provisioning.RecordingProvisioner;
import kata.shop.recommendations.RecommendationEngine;
import kata.webshop.admin.AdminCredentials;

/**
 * The domain objects one shop runs with. Tests build it with a misbehaving engine to rehearse
 * failures; each step's {@code WebShopApp.main} builds the real thing.
 */
public record ShopParts(Catalog catalog, OrderRepository orders, CheckoutService checkout,
                        RecommendationEngine engine, AdminCredentials admin) {

    public static ShopParts standard(AdminCredentials admin, int leakBytesPerCall) {
        Catalog catalog = Catalog.standard();
        OrderRepository orders = new OrderRepository();
        CheckoutService checkout = new CheckoutService(catalog, orders, new RecordingProvisioner());
        return new ShopParts(catalog, orders, checkout, new RecommendationEngine(catalog, leakBytesPerCall), admin);
    }

    public ShopParts withEngine(RecommendationEngine otherEngine) {
        return new ShopParts(catalog, orders, checkout, otherEngine, admin);
    }
}
