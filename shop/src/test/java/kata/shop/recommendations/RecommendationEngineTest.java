package kata.shop.recommendations;

import java.util.List;

import org.junit.jupiter.api.Test;

import kata.shop.catalog.Catalog;

import static kata.shop.catalog.TestProducts.catalogOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class RecommendationEngineTest {

    private static final String POPULAR = "popular";

    private final RecommendationEngine engine = withoutLeak(catalogOf("A", "B", "C", "D", "E"));

    @Test
    void aNewShopRecommendsTheFirstProductsOfTheCatalog() {
        assertThat(engine.recommendFor("alice"))
                .extracting(Recommendation::sku, Recommendation::name, Recommendation::reason)
                .containsExactly(
                        tuple("A", "Product A", POPULAR),
                        tuple("B", "Product B", POPULAR),
                        tuple("C", "Product C", POPULAR));
    }

    @Test
    void bestSellersComeBeforeTheCatalogOrder() {
        bought("u1", "D");
        bought("u2", "D");
        bought("u3", "E");

        assertThat(engine.recommendFor("newcomer"))
                .extracting(Recommendation::sku, Recommendation::reason)
                .containsExactly(tuple("D", POPULAR), tuple("E", POPULAR), tuple("A", POPULAR));
    }

    @Test
    void whatOtherCustomersAlsoBoughtComesFirstMostBoughtFirst() {
        bought("u1", "A", "B");
        bought("u2", "A", "C");
        bought("u3", "A", "C");
        bought("dave", "A");

        assertThat(engine.recommendFor("dave"))
                .extracting(Recommendation::sku, Recommendation::reason)
                .containsExactly(
                        tuple("C", "customers who bought A also bought this"),
                        tuple("B", "customers who bought A also bought this"),
                        tuple("D", POPULAR));
    }

    @Test
    void theReasonNamesThePurchaseThatLinksMost() {
        bought("u1", "A", "C");
        bought("u2", "B", "C");
        bought("u3", "B", "C");
        bought("erin", "A", "B");

        assertThat(engine.recommendFor("erin").get(0))
                .isEqualTo(new Recommendation("C", "Product C", "customers who bought B also bought this"));
    }

    @Test
    void aCustomerCountsOnceForAlsoBoughtHoweverOftenTheyBuy() {
        bought("u1", "A", "B");
        bought("u1", "A", "B");
        bought("u1", "B");
        bought("u2", "A", "C");
        bought("u3", "A", "C");
        bought("dave", "A");

        assertThat(engine.recommendFor("dave")).extracting(Recommendation::sku).startsWith("C", "B");
    }

    @Test
    void tiesGoToTheCatalogOrder() {
        bought("u1", "A", "D");
        bought("u2", "A", "C");
        bought("dave", "A");

        assertThat(engine.recommendFor("dave")).extracting(Recommendation::sku).containsExactly("C", "D", "B");
    }

    @Test
    void neverRecommendsWhatTheCustomerAlreadyBought() {
        bought("u1", "A", "B");
        bought("u2", "A", "B");
        bought("bob", "A", "B");

        assertThat(engine.recommendFor("bob")).extracting(Recommendation::sku).containsExactly("C", "D", "E");
    }

    @Test
    void offersEarlierPurchasesOnlyWhenNothingElseIsLeft() {
        RecommendationEngine smallShop = withoutLeak(catalogOf("A", "B", "C"));
        smallShop.recordPurchase("bob", List.of("A", "C"));

        assertThat(smallShop.recommendFor("bob")).extracting(Recommendation::sku).containsExactly("B", "A", "C");
    }

    @Test
    void recommendsNoMoreThanTheCatalogHas() {
        assertThat(withoutLeak(catalogOf("A", "B")).recommendFor("alice")).hasSize(2);
    }

    private void bought(String userId, String... skus) {
        engine.recordPurchase(userId, List.of(skus));
    }

    private static RecommendationEngine withoutLeak(Catalog catalog) {
        return new RecommendationEngine(catalog, 0);
    }
}
