package io.commerceclients.karla.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.BundledProduct;
import io.commerceclients.karla.model.Language;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.Product;
import io.commerceclients.karla.model.ProductImage;
import io.commerceclients.karla.model.announcement.CreateAnnouncementRequest;
import io.commerceclients.karla.model.campaign.AbTestCampaign;
import io.commerceclients.karla.model.campaign.BannerPromotionProperties;
import io.commerceclients.karla.model.campaign.BasicPromotionProperties;
import io.commerceclients.karla.model.campaign.CampaignRequest;
import io.commerceclients.karla.model.campaign.CreateAbTestRequest;
import io.commerceclients.karla.model.campaign.DiscountCategory;
import io.commerceclients.karla.model.campaign.ProductPromotionProperties;
import io.commerceclients.karla.model.campaign.ProductRecommendation;
import io.commerceclients.karla.model.campaign.ProductRecommendationText;
import io.commerceclients.karla.model.campaign.ProductRecommendationTranslation;
import io.commerceclients.karla.model.campaign.ProductSaleDiscount;
import io.commerceclients.karla.model.campaign.PromotionText;
import io.commerceclients.karla.model.campaign.PromotionTranslation;
import io.commerceclients.karla.model.campaign.PromotionType;
import io.commerceclients.karla.model.claim.ClaimItem;
import io.commerceclients.karla.model.claim.ClaimReason;
import io.commerceclients.karla.model.claim.CreateClaimRequest;
import io.commerceclients.karla.model.discount.CreateDealRequest;
import io.commerceclients.karla.model.order.CreateShipmentEventRequest;
import io.commerceclients.karla.model.order.OrderDiscount;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.OrderTracking;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.ShipmentEventName;
import io.commerceclients.karla.model.order.UpdateOrderRequest;
import io.commerceclients.karla.model.order.UpdateShipmentRequest;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.model.org.InviteMemberRequest;
import io.commerceclients.karla.model.org.UserRole;
import io.commerceclients.karla.model.shop.CreateShopRequest;
import io.commerceclients.karla.model.shop.ImageType;
import io.commerceclients.karla.model.shop.ShopifyWebhookType;
import io.commerceclients.karla.model.shop.ShopwareCredentials;
import io.commerceclients.karla.model.shop.UpdateShopRequest;
import io.commerceclients.karla.model.webhook.CreateWebhookRequest;
import io.commerceclients.karla.model.webhook.UpdateWebhookRequest;
import io.commerceclients.karla.shop.ImageUpload;
import io.commerceclients.testing.karla.FakeKarla;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every field Karla's client validates, once: the call fails with a {@link ValidationException} that
 * names the field and the limit, and the fake received no request at all.
 */
class KarlaBadInputTest {

  private static final OffsetDateTime T = OffsetDateTime.parse("2024-10-01T00:00:00Z");
  private static final String STEP = "must not be '.' or '..'";
  private static final String LONG_URL = "https://shop.example/" + "x".repeat(65_536);

  @RegisterExtension
  static FakeKarla karla = new FakeKarla();

  private KarlaClient client;

  @BeforeEach
  void setUp() {
    karla.clearRequests();
    client = KarlaClient.builder().baseUrl(karla.baseUrl()).shop(FakeKarla.DEFAULT_SHOP)
        .apiKey(FakeKarla.DEFAULT_API_KEY).sleeper(d -> { }).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  /** One bad value: the field the error must name, a fragment of the limit it must state, and the call. */
  record Bad(String field, String limit, Consumer<KarlaClient> call) {
    @Override
    public String toString() {
      return field + " (" + limit + ")";
    }
  }

  static Bad bad(String field, String limit, Consumer<KarlaClient> call) {
    return new Bad(field, limit, call);
  }

  static Stream<Bad> badInput() {
    return Stream.of(
        //  field                                        limit stated             call
        bad("username", "required", c -> builder().shop(" ").build()),
        bad("shop", "blank", c -> builder().username("gokarla").shop(" ").build()),
        bad("karlaVersion", "YYYY-MM-DD", c -> builder().karlaVersion("2024/10/01").build()),
        bad("baseUrl", "https", c -> builder().baseUrl("http://api.example.com").build()),
        bad("slug", "blank", c -> c.shop(" ")),
        bad("name", "blank", c -> c.shops().create(CreateShopRequest.builder().name(" ").slug("s").build())),
        bad("slug", "blank", c -> c.shops().create(CreateShopRequest.builder().name("n").slug("").build())),
        bad("shopAdminUrl", "http", c -> c.shops().create(CreateShopRequest.builder().name("n").slug("s").shopAdminUrl("admin").build())),
        bad("shopUrl", "65536", c -> c.shops().create(CreateShopRequest.builder().name("n").slug("s").shopUrl(LONG_URL).build())),
        bad("logoUrl", "http", c -> c.shop().update(UpdateShopRequest.builder().logoUrl("ftp://logo.example/l.png").build())),
        bad("apiKey", "16..128", c -> c.shop().setKlaviyoKey("x".repeat(15))),
        bad("accessToken", "16..128", c -> c.shop().setShopifyAccessToken("x".repeat(129))),
        bad("clientId", "blank", c -> c.shop().setShopwareCredentials(ShopwareCredentials.builder().clientId(" ").build())),
        bad("url", "http", c -> c.webhooks().create(CreateWebhookRequest.builder().url("hooks.example.com").build())),
        bad("url", "65536", c -> c.webhooks().create(CreateWebhookRequest.builder().url(LONG_URL).build())),
        bad("secret", "16..64", c -> c.webhooks().create(CreateWebhookRequest.builder().url("https://h.example").secret("x".repeat(15)).build())),
        bad("secret", "16..64", c -> c.webhooks().create(CreateWebhookRequest.builder().url("https://h.example").secret("x".repeat(65)).build())),
        bad("url", "http", c -> c.webhooks().update("w1", UpdateWebhookRequest.builder().url("mailto:a@example.com").build())),
        bad("uuid", "blank", c -> c.webhooks().delete(" ")),
        bad("uuid", "blank", c -> c.shop().shopifyWebhooks().get(" ")),
        bad("orderNumber", "blank", c -> c.orders().place(order().orderNumber(" ").build())),
        bad("externalId", "blank", c -> c.orders().place(order().externalId("").build())),
        bad("address.zipCode", "required", c -> c.orders().place(order().address(Address.builder().city("Berlin").build()).build())),
        bad("expectedNumberOfShipments", "at most 100", c -> c.orders().place(order().expectedNumberOfShipments(101L).build())),
        bad("products[0].images[0].src", "required", c -> c.orders().place(order().addProduct(Product.builder()
            .addImage(ProductImage.builder().alt("front").build()).build()).build())),
        bad("products[0].bundledProducts[1].images[0].src", "required", c -> c.orders().place(order().addProduct(Product.builder()
            .addBundledProduct(BundledProduct.builder().build())
            .addBundledProduct(BundledProduct.builder().addImage(ProductImage.builder().alt("box").build()).build())
            .build()).build())),
        bad("products[0].bundledProducts[0].images[0].src", "required", c -> c.orders().updateShipment("1", "s1",
            UpdateShipmentRequest.builder().products(List.of(Product.builder().addBundledProduct(BundledProduct.builder()
                .addImage(ProductImage.builder().build()).build()).build())).build())),
        bad("discounts[0].code", "required", c -> c.orders().place(order().addDiscount(OrderDiscount.builder().amount("5").build()).build())),
        bad("id", "blank", c -> c.orders().upsert(UpsertOrderRequest.builder().id(" ").build())),
        bad("trackings[0].trackingNumber", "blank", c -> c.orders().upsert(UpsertOrderRequest.builder().id("1")
            .addTracking(OrderTracking.builder().trackingNumber("").build()).build())),
        bad("order.address.zipCode", "required", c -> c.orders().upsert(UpsertOrderRequest.builder().id("1")
            .order(order().address(Address.builder().build()).build()).build())),
        bad("requests", "at least one", c -> c.orders().fulfill(List.of())),
        bad("requests[1].trackings[0].trackingNumber", "blank", c -> c.orders().fulfill(List.of(
            UpsertOrderRequest.builder().id("A").build(),
            UpsertOrderRequest.builder().id("B").addTracking(OrderTracking.builder().trackingNumber(" ").build()).build()))),
        bad("orderId", "blank", c -> c.orders().update(" ", UpdateOrderRequest.builder().build())),
        bad("expectedNumberOfShipments", "at most 100", c -> c.orders().update("1", UpdateOrderRequest.builder().expectedNumberOfShipments(500L).build())),
        bad("shipmentId", "blank", c -> c.orders().updateShipment("1", "", UpdateShipmentRequest.builder().build())),
        bad("shipmentId", "blank", c -> c.shipments().addEvent(" ", event().build())),
        bad("externalId", "blank", c -> c.shipments().addEvent("s1", event().externalId(" ").build())),
        bad("perPage", "between 1 and 100", c -> c.orders().search(OrderSearchRequest.builder().perPage(101L).build())),
        bad("page", "1 or more", c -> c.orders().searchAll(OrderSearchRequest.builder().page(0L).build()).forEach(o -> { })),
        bad("selectedItems[0].quantity", "required", c -> c.claims().create(CreateClaimRequest.builder().reason(ClaimReason.DAMAGE)
            .addSelectedItem(ClaimItem.builder().sku("S").build()).build())),
        bad("damagedProductItems[0].quantity", "required", c -> c.claims().create(CreateClaimRequest.builder().reason(ClaimReason.DAMAGE)
            .addDamagedProductItem(ClaimItem.builder().sku("S").build()).build())),
        bad("uuid", "blank", c -> c.claims().delete("")),
        bad("name", "blank", c -> c.campaigns().create(campaign().name(" ").build())),
        bad("segment", "blank", c -> c.campaigns().replace("c1", campaign().segment("").build())),
        bad("promotionProperties.products[0].productUrl", "required", c -> c.campaigns().create(products(
            ProductRecommendation.builder().currency("EUR").build()))),
        bad("promotionProperties.products[1].currency", "required", c -> c.campaigns().create(products(
            recommendation().build(), ProductRecommendation.builder().productUrl("https://shop.example/p").build()))),
        bad("promotionProperties.products[0].discount.category", "required", c -> c.campaigns().create(products(
            recommendation().discount(ProductSaleDiscount.builder().amount(BigDecimal.TEN).build()).build()))),
        bad("promotionProperties.products[0].discount.amount", "required", c -> c.campaigns().create(products(
            recommendation().discount(ProductSaleDiscount.builder().category(DiscountCategory.PERCENTAGE).build()).build()))),
        bad("promotionProperties.products[0].translations[1].language", "required", c -> c.campaigns().create(products(
            recommendation().addTranslation(productText().language("de").build()).addTranslation(productText().build()).build()))),
        bad("promotionProperties.products[0].translations[0].values", "required", c -> c.campaigns().create(products(
            recommendation().addTranslation(ProductRecommendationTranslation.builder().language("de").build()).build()))),
        bad("promotionProperties.translations[0].values", "required", c -> c.campaigns().create(campaign()
            .promotionProperties(ProductPromotionProperties.builder()
                .addTranslation(PromotionTranslation.builder().language("de").build()).build()).build())),
        bad("promotionProperties.translations[0].language", "required", c -> c.campaigns().replace("c1", campaign()
            .promotionProperties(BasicPromotionProperties.builder()
                .addTranslation(PromotionTranslation.builder().values(PromotionText.builder().title("Hallo").build()).build())
                .build()).build())),
        bad("promotionProperties.translations[0].values", "required", c -> c.campaigns().create(campaign()
            .promotionProperties(BannerPromotionProperties.builder()
                .addTranslation(PromotionTranslation.builder().language("de").build()).build()).build())),
        bad("orderNumber", "blank", c -> c.campaigns().getByOrderNumber(" ")),
        bad("name", "blank", c -> c.shop().abTests().create(abTest().name(" ").build())),
        bad("segment", "blank", c -> c.shop().abTests().create(abTest().segment(" ").build())),
        bad("holdoutPercentage", "between 0 and 100", c -> c.shop().abTests().create(abTest().holdoutPercentage(101L).build())),
        bad("campaigns[0].campaignId", "required", c -> c.shop().abTests().create(abTest()
            .campaigns(List.of(AbTestCampaign.builder().allocation(50L).build())).build())),
        bad("campaigns[0].allocation", "between 0 and 100", c -> c.shop().abTests().create(abTest()
            .campaigns(List.of(AbTestCampaign.builder().campaignId("c").allocation(-1L).build())).build())),
        bad("uuid", "blank", c -> c.shop().abTests().end(" ")),
        bad("text", "blank", c -> c.shop().announcements().create(CreateAnnouncementRequest.builder().text(" ").language(Language.EN).build())),
        bad("uuid", "blank", c -> c.shop().discounts().delete(" ")),
        bad("shopId", "blank", c -> c.deals().create(CreateDealRequest.builder().shopId(" ").discountId("d").build())),
        bad("discountId", "blank", c -> c.deals().create(CreateDealRequest.builder().shopId("s").discountId("").build())),
        bad("page", "1 or more", c -> c.deals().list(PageRequest.builder().page(0L).build())),
        bad("orgSlug", "blank", c -> c.organizations().get(" ")),
        bad("email", "e-mail", c -> c.organizations().invite("acme", InviteMemberRequest.builder().email("nope").role(UserRole.ADMIN).build())),
        // a path parameter that is a path step ('.' or '..') would change the URL's path
        bad("shop", STEP, c -> builder().shop("..").build()),
        bad("slug", STEP, c -> c.shop(".")),
        bad("slug", STEP, c -> c.async().shop("..")),
        bad("uuid", STEP, c -> c.webhooks().delete("..")),
        bad("uuid", STEP, c -> c.webhooks().update(".", UpdateWebhookRequest.builder().build())),
        bad("uuid", STEP, c -> c.shop().shopifyWebhooks().get("..")),
        bad("type", STEP, c -> c.shop().shopifyWebhooks().delete(ShopifyWebhookType.of(".."))),
        bad("type", STEP, c -> c.shop().uploadImage(ImageType.of("."),
            ImageUpload.of(new ByteArrayInputStream(new byte[1]), 1, "logo.png", "image/png"))),
        bad("orderId", STEP, c -> c.orders().update("..", UpdateOrderRequest.builder().build())),
        bad("shipmentId", STEP, c -> c.orders().updateShipment("1", "..", UpdateShipmentRequest.builder().build())),
        bad("shipmentId", STEP, c -> c.shipments().addEvent(".", event().build())),
        bad("uuid", STEP, c -> c.claims().delete("..")),
        bad("uuid", STEP, c -> c.campaigns().replace("..", campaign().build())),
        bad("orderNumber", STEP, c -> c.campaigns().getByOrderNumber("..")),
        bad("uuid", STEP, c -> c.shop().abTests().end("..")),
        bad("uuid", STEP, c -> c.shop().announcements().delete(".")),
        bad("uuid", STEP, c -> c.shop().discounts().delete("..")),
        bad("orgSlug", STEP, c -> c.organizations().get("..")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource
  void badInput(Bad bad) {
    ValidationException e = assertThrows(ValidationException.class, () -> bad.call().accept(client));

    assertEquals(bad.field(), e.field(), e.getMessage());
    assertTrue(e.getMessage().startsWith(bad.field() + ": "), e.getMessage());
    assertTrue(e.getMessage().contains(bad.limit()), () -> "the limit is stated: " + e.getMessage());
    assertTrue(karla.requests().isEmpty(), () -> "sent: " + karla.requests());
  }

  private static KarlaClient.Builder builder() {
    return KarlaClient.builder().baseUrl(karla.baseUrl()).shop(FakeKarla.DEFAULT_SHOP).apiKey(FakeKarla.DEFAULT_API_KEY);
  }

  private static io.commerceclients.karla.model.order.ImmutablePlaceOrderRequest.Builder order() {
    return PlaceOrderRequest.builder().orderNumber("1001").externalId("e-1001").address(Address.builder().zipCode("10178").build());
  }

  private static io.commerceclients.karla.model.order.ImmutableCreateShipmentEventRequest.Builder event() {
    return CreateShipmentEventRequest.builder().eventName(ShipmentEventName.ACCEPTED_BY_DESTINATION_OFFICE)
        .eventTime(T).externalId("ev-1");
  }

  private static io.commerceclients.karla.model.campaign.ImmutableCampaignRequest.Builder campaign() {
    return CampaignRequest.builder().name("Recs").segment("b2c")
        .promotionProperties(BasicPromotionProperties.builder().title("Hello").build());
  }

  private static CampaignRequest products(ProductRecommendation... products) {
    return campaign().promotionProperties(ProductPromotionProperties.builder().addAllProducts(List.of(products)).build()).build();
  }

  private static io.commerceclients.karla.model.campaign.ImmutableProductRecommendation.Builder recommendation() {
    return ProductRecommendation.builder().productUrl("https://shop.example/p").currency("EUR");
  }

  private static io.commerceclients.karla.model.campaign.ImmutableProductRecommendationTranslation.Builder productText() {
    return ProductRecommendationTranslation.builder().values(ProductRecommendationText.builder().title("Pulli").build());
  }

  private static io.commerceclients.karla.model.campaign.ImmutableCreateAbTestRequest.Builder abTest() {
    return CreateAbTestRequest.builder().name("n").segment("s").campaignType(PromotionType.BASIC)
        .startDate(T).endDate(T.plusDays(1)).addCampaign(AbTestCampaign.builder().campaignId("c").allocation(50L).build());
  }
}
