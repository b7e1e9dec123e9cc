package io.commerceclients.karla.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.json.Json;
import io.commerceclients.karla.model.campaign.AbTest;
import io.commerceclients.karla.model.campaign.BasicPromotionProperties;
import io.commerceclients.karla.model.campaign.Campaign;
import io.commerceclients.karla.model.campaign.CampaignRequest;
import io.commerceclients.karla.model.campaign.CampaignStatus;
import io.commerceclients.karla.model.campaign.DiscountCategory;
import io.commerceclients.karla.model.campaign.OtherPromotionProperties;
import io.commerceclients.karla.model.campaign.ProductPromotionProperties;
import io.commerceclients.karla.model.campaign.ProductRecommendation;
import io.commerceclients.karla.model.campaign.PromotionType;
import io.commerceclients.karla.model.claim.Claim;
import io.commerceclients.karla.model.claim.ClaimReason;
import io.commerceclients.karla.model.claim.ClaimResolutionPreference;
import io.commerceclients.karla.model.claim.ClaimStatus;
import io.commerceclients.karla.model.discount.Discount;
import io.commerceclients.karla.model.discount.DiscountType;
import io.commerceclients.karla.model.discount.DiscountValueType;
import io.commerceclients.karla.model.order.Order;
import io.commerceclients.karla.model.order.Phase;
import io.commerceclients.karla.model.order.PickupType;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.Shipment;
import io.commerceclients.karla.model.order.ShipmentFlag;
import io.commerceclients.karla.model.order.ShipmentState;
import io.commerceclients.karla.model.order.TrackingEvent;
import io.commerceclients.karla.model.org.FeatureCommunity;
import io.commerceclients.karla.model.org.Organization;
import io.commerceclients.karla.model.shop.ImageType;
import io.commerceclients.karla.model.shop.Shop;
import io.commerceclients.karla.model.shop.ShopImage;
import io.commerceclients.karla.model.shop.ShopKeys;
import io.commerceclients.karla.model.shop.ShopProvider;
import io.commerceclients.karla.model.shop.ShopSettings;
import io.commerceclients.karla.model.shop.ShopifyWebhook;
import io.commerceclients.karla.model.shop.ShopifyWebhookType;
import io.commerceclients.karla.model.webhook.Webhook;
import io.commerceclients.karla.model.webhook.WebhookStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ModelSamplesTest {

  private static final OffsetDateTime SAMPLE_TIME = OffsetDateTime.parse("2019-08-24T14:15:22Z");

  @Test
  void shop() {
    Shop shop = Samples.roundTrip("shop.json", Shop.class);
    assertEquals("gokarla", shop.slug());
    assertEquals(Optional.of("0a1ba634-8850-4d2e-83fe-3c0b8d8e9e95"), shop.uuid());
    assertEquals(Optional.of("Karla"), shop.name());
    assertEquals(Optional.of(Language.EN), shop.language());
    assertEquals(Optional.of(ShopProvider.SHOPWARE), shop.shopProvider());
    assertEquals(Optional.of("http://example.com"), shop.shopAdminUrl());
    assertEquals(Optional.of("string"), shop.shopFaqUrl());
    assertEquals(Optional.of(SAMPLE_TIME), shop.createdAt());
    assertEquals(Optional.of("Karla Shop"), shop.description());
  }

  @Test
  void placeOrderRequest() {
    PlaceOrderRequest order = Samples.roundTrip("place-order-request.json", PlaceOrderRequest.class);
    assertEquals("1234", order.orderNumber());
    assertEquals("2205783916624", order.externalId());
    assertEquals(Optional.of(new BigDecimal("29.99")), order.totalOrderPrice());
    assertEquals(Optional.of(OffsetDateTime.parse("2023-03-17T09:51:41Z")), order.orderPlacedAt());
    assertEquals(Optional.of("10178"), order.address().zipCode());
    assertEquals(Optional.of("DE"), order.address().countryCode());
    Product product = order.products().get(0);
    assertEquals(Optional.of(2L), product.quantity());
    assertEquals(Optional.of(ProductType.PRODUCT), product.type());
    assertEquals(Optional.of("https://cdn.example.com/shirt.png"), product.images().get(0).src());
    assertEquals(Optional.of(new BigDecimal("0.19")), product.taxLines().get(0).rate());
    assertEquals(Optional.of("WELCOME"), Optional.of(order.discounts().get(0).code().get()));
    assertEquals(List.of("b2c"), order.segments());
    assertEquals(Optional.of(Map.of("date", "2023-03-20")), order.preferredDeliveryDate());
    assertEquals(Map.of("utm_source", "newsletter"), order.orderAnalytics());
    assertEquals(Optional.of(1L), order.expectedNumberOfShipments());
  }

  @Test
  void order() {
    Order order = Samples.roundTrip("order.json", Order.class);
    assertEquals("b4fadda9-61f4-4041-94d2-7a01ee0082b4", order.uuid());
    assertEquals(Optional.of("IXF1234"), order.orderName());
    assertEquals(Optional.of(new BigDecimal("40")), order.subTotalPrice());
    Shipment shipment = order.trackings().get(0);
    assertEquals(Optional.of(Carrier.DHL), shipment.carrier().get().carrierReference());
    assertEquals(Optional.of(ShipmentState.TRANSIT), shipment.state());
  }

  @Test
  void shipmentWithEvents() {
    Shipment shipment = Samples.roundTrip("shipment.json", Shipment.class);
    assertEquals(Optional.of("095be615-a8ad-4c33-8e9c-c7612fbf6c9f"), shipment.uuid());
    assertEquals(Optional.of("497f6eca-6276-4993-bfeb-53cbbbba6f08"), shipment.id());
    assertEquals(Optional.of(ShipmentFlag.NORMAL), shipment.flag());
    TrackingEvent event = shipment.events().get(0);
    assertEquals(Optional.of("SUCCESSFULLY_DELIVERED"), event.eventKey());
    assertEquals(Optional.of(Phase.DELIVERED), event.phase());
    assertEquals(Optional.of("Delivered"), event.eventStrings().get().eventStatus());
    assertEquals(
        Map.of("monday", "08:00-20:00"), event.additionalInfo().get().pickupOpeningHours());
    assertEquals(Optional.of(PickupType.LOCKER), shipment.pickup().get().type());
    assertEquals(Optional.of("Today"), shipment.estimatedArrival().get().timePrediction());
    assertEquals(Optional.of("93101167-9065-4b9c-b98b-5d789a3ed9fe"), shipment.orderId());
  }

  @Test
  void claim() {
    Claim claim = Samples.roundTrip("claim.json", Claim.class);
    assertEquals("38fdc365-7de9-4313-afbd-0ed23717c5e0", claim.uuid());
    assertEquals(Optional.of(ClaimReason.PARTIAL_DAMAGE), claim.reason());
    assertEquals(Optional.of(ClaimStatus.PENDING), claim.status());
    assertEquals(Optional.of(ClaimResolutionPreference.REFUND), claim.resolutionPreference());
    assertEquals(Optional.of(Carrier.AMZ), claim.carrierReference());
    assertEquals(Optional.of(1L), claim.selectedItems().get(0).quantity());
    assertEquals(Optional.of(true), claim.dropoffPermission());
    assertEquals(Optional.of(OffsetDateTime.parse("2024-03-14T07:14:23Z")), claim.scanDate());
  }

  @Test
  void productCampaignGetsProductProperties() {
    Campaign campaign = Samples.roundTrip("campaign-product.json", Campaign.class);
    assertEquals("d1e99924-df48-4781-b3ad-ff147d3e70a2", campaign.uuid());
    assertEquals(Optional.of(PromotionType.PRODUCT), campaign.promotionType());
    assertEquals(Optional.of(CampaignStatus.ACTIVE), campaign.status());
    ProductPromotionProperties properties =
        assertInstanceOf(ProductPromotionProperties.class, campaign.promotionProperties().get());
    ProductRecommendation product = properties.products().get(0);
    assertEquals(Optional.of("https://shop.example.com/hoodie"), product.productUrl());
    assertEquals(Optional.of(DiscountCategory.PERCENTAGE), product.discount().get().category());
    assertEquals("de", properties.translations().get(0).language().get());
    Discount discount = campaign.discount().get();
    assertEquals(Optional.of(DiscountValueType.PERCENTAGE), discount.valueType());
    assertEquals(Optional.of(DiscountType.PRODUCT), discount.type());
  }

  @Test
  void basicCampaignGetsBasicProperties() {
    Campaign campaign = Samples.roundTrip("campaign-basic.json", Campaign.class);
    BasicPromotionProperties properties =
        assertInstanceOf(BasicPromotionProperties.class, campaign.promotionProperties().get());
    assertEquals(Optional.of("and get 10% off"), properties.subtitle());
    assertEquals(Optional.of(CampaignStatus.SCHEDULED), campaign.status());
  }

  @Test
  void unknownPromotionTypeKeepsItsProperties() {
    Campaign campaign = Samples.roundTrip("campaign-unknown.json", Campaign.class);
    assertFalse(campaign.promotionType().get().isKnown());
    assertFalse(campaign.status().get().isKnown());
    OtherPromotionProperties properties =
        assertInstanceOf(OtherPromotionProperties.class, campaign.promotionProperties().get());
    assertEquals("carousel", properties.promotionType().value());
    assertEquals(true, properties.properties().get("autoplay"));
  }

  @Test
  void campaignRequestTakesItsTypeFromTheProperties() {
    CampaignRequest request =
        CampaignRequest.builder()
            .name("Q3")
            .segment("b2b")
            .promotionProperties(BasicPromotionProperties.builder().title("Hi").build())
            .build();
    assertEquals(PromotionType.BASIC, request.promotionType());
    Map<?, ?> json = Json.mapper().convertValue(request, Map.class);
    assertEquals("basic", json.get("promotion_type"));
    assertEquals(Map.of("title", "Hi", "translations", List.of()), json.get("promotion_properties"));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            CampaignRequest.builder()
                .name("Q3")
                .segment("b2b")
                .promotionType(PromotionType.PRODUCT)
                .promotionProperties(BasicPromotionProperties.builder().build())
                .build());
  }

  @Test
  void abTest() {
    AbTest test = Samples.roundTrip("ab-test.json", AbTest.class);
    assertEquals("d1e99924-df48-4781-b3ad-ff147d3e70a2", test.uuid());
    assertEquals(Optional.of(PromotionType.PRODUCT), test.campaignType());
    assertEquals(Optional.of(50L), test.campaigns().get(1).allocation());
    assertEquals(Optional.of(0L), test.holdoutPercentage());
  }

  @Test
  void shopifyWebhook() {
    ShopifyWebhook hook = Samples.roundTrip("shopify-webhook.json", ShopifyWebhook.class);
    assertEquals(Optional.of(ShopifyWebhookType.ORDER_CREATION), hook.webhookType());
    assertEquals(Optional.of(0L), hook.shopifyId());
    assertEquals(List.of("id", "name"), hook.fields());
  }

  @Test
  void webhookSecretIsRedacted() {
    Webhook hook = Samples.roundTrip("webhook.json", Webhook.class);
    assertEquals(Optional.of(WebhookStatus.ACTIVE), hook.status());
    assertEquals(List.of("*"), hook.enabledEvents());
    assertEquals(Optional.of("41013bd9-9072-42cd-9902-66da38361be9"), hook.secret());
    assertFalse(hook.toString().contains("41013bd9"));
    assertTrue(hook.toString().contains("****"));
  }

  @Test
  void secretsOfRequestsAreRedacted() {
    String secret = "whsec_0123456789abcdef";
    assertFalse(io.commerceclients.karla.model.webhook.CreateWebhookRequest.builder()
        .url("https://h.example").secret(secret).build().toString().contains(secret));
    assertFalse(io.commerceclients.karla.model.shop.ApiKeyRequest.builder()
        .apiKey(secret).build().toString().contains(secret));
    assertFalse(io.commerceclients.karla.model.shop.ShopwareCredentials.builder()
        .clientId("id").clientSecret(secret).build().toString().contains(secret));
  }

  @Test
  void organization() {
    Organization org = Samples.roundTrip("organization.json", Organization.class);
    assertEquals("string", org.slug());
    assertEquals(Optional.of(FeatureCommunity.ALPHA), org.featureCommunity());
    assertEquals(Map.of("claims", true), org.featureToggles());
  }

  @Test
  void settingsKeysImageAndDiscount() {
    ShopSettings settings = Samples.roundTrip("settings.json", ShopSettings.class);
    assertEquals(Optional.of(true), settings.carriers().get().shipmentUpdates());
    assertEquals(Optional.of(false), settings.triggers().get().shopify());
    ShopKeys keys = Samples.roundTrip("shop-keys.json", ShopKeys.class);
    assertEquals(Optional.of("pk_*******************************123"), keys.klaviyo());
    ShopImage image = Samples.roundTrip("shop-image.json", ShopImage.class);
    assertEquals(Optional.of(ImageType.BACKGROUND), image.imageType());
    Discount discount = Samples.roundTrip("discount.json", Discount.class);
    assertEquals(Optional.of(new BigDecimal("3.49")), discount.value());
  }

  @Test
  void unknownEnumValuesSurvive() {
    Shop shop = Json.mapper().convertValue(Map.of("slug", "s", "language", "dk"), Shop.class);
    assertFalse(shop.language().get().isKnown());
    assertEquals("dk", shop.language().get().value());
  }
}
