package io.commerceclients.karla.fake;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.error.ConflictException;
import io.commerceclients.core.error.NotFoundException;
import io.commerceclients.core.validation.ValidationException;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.KarlaShop;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.Language;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.announcement.Announcement;
import io.commerceclients.karla.model.announcement.AnnouncementSearchRequest;
import io.commerceclients.karla.model.announcement.CreateAnnouncementRequest;
import io.commerceclients.karla.model.announcement.UpdateAnnouncementRequest;
import io.commerceclients.karla.model.campaign.AbTest;
import io.commerceclients.karla.model.campaign.AbTestCampaign;
import io.commerceclients.karla.model.campaign.Campaign;
import io.commerceclients.karla.model.campaign.CampaignRequest;
import io.commerceclients.karla.model.campaign.CreateAbTestRequest;
import io.commerceclients.karla.model.campaign.ProductPromotionProperties;
import io.commerceclients.karla.model.campaign.ProductRecommendation;
import io.commerceclients.karla.model.campaign.PromotionType;
import io.commerceclients.karla.model.discount.CreateDealRequest;
import io.commerceclients.karla.model.discount.CreateDiscountRequest;
import io.commerceclients.karla.model.discount.Discount;
import io.commerceclients.karla.model.discount.DiscountSearchRequest;
import io.commerceclients.karla.model.discount.DiscountType;
import io.commerceclients.karla.model.discount.UpdateDiscountRequest;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.org.InviteMemberRequest;
import io.commerceclients.karla.model.org.UserRole;
import io.commerceclients.karla.model.shop.CarrierSettings;
import io.commerceclients.karla.model.shop.ShopifyWebhook;
import io.commerceclients.karla.model.shop.ShopifyWebhookType;
import io.commerceclients.karla.model.shop.ShopwareCredentials;
import io.commerceclients.karla.model.shop.TriggerSettings;
import io.commerceclients.karla.model.shop.UpdateShopRequest;
import io.commerceclients.karla.model.webhook.CreateWebhookRequest;
import io.commerceclients.karla.model.webhook.UpdateWebhookRequest;
import io.commerceclients.karla.model.webhook.Webhook;
import io.commerceclients.karla.model.webhook.WebhookSearchRequest;
import io.commerceclients.karla.model.webhook.WebhookStatus;
import io.commerceclients.testing.karla.FakeKarla;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each operation group once, client against fake, checking the state the fake keeps. */
class KarlaFakeTourTest {

  @RegisterExtension final FakeKarla karla = new FakeKarla();
  private KarlaClient client;
  private KarlaShop shop;

  @BeforeEach
  void connect() {
    client = karla.clientBuilder(KarlaClient.Builder.class).maxRetries(0).build();
    shop = client.shop();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void shopDetailsKeysAndSettings() {
    shop.update(UpdateShopRequest.builder().description("Fresh").language(Language.FR).build());
    assertEquals(Optional.of("Fresh"), shop.get().description());
    assertEquals(Optional.of(Language.FR), shop.get().language());

    shop.setKlaviyoKey("pk_abcdefghijklmnop123");
    shop.setShopwareCredentials(ShopwareCredentials.builder().clientId("SWIA123").clientSecret("s3cr3t").build());
    assertEquals(Optional.of("*".repeat(19) + "123"), shop.keys().klaviyo(), "masked but for the last 3");
    assertTrue(shop.keys().shopware().isPresent());

    assertEquals(Optional.of(true), shop.settings().updateCarriers(CarrierSettings.builder().shipmentUpdates(true).build()).shipmentUpdates());
    shop.settings().updateTriggers(TriggerSettings.builder().shopify(true).build());
    assertEquals(Optional.of(true), shop.settings().get().triggers().get().shopify());
    assertEquals(Optional.of(false), shop.settings().get().triggers().get().klaviyo());

    assertEquals(1, client.shops().searchAll(io.commerceclients.karla.model.shop.ShopSearchRequest.builder()
        .slug(FakeKarla.DEFAULT_SHOP).build()).stream().count());
    client.shop("gokarla").delete();
    assertEquals(Optional.of("shop_not_found"), assertThrows(NotFoundException.class, () -> shop.get()).errorCode());
  }

  @Test
  void webhooksAndShopifyWebhooks() {
    Webhook hook = shop.webhooks().create(CreateWebhookRequest.builder().url("https://hooks.example.com/a").build());
    assertTrue(hook.secret().orElseThrow().length() >= 16, "a generated secret");
    shop.webhooks().update(hook.uuid(), UpdateWebhookRequest.builder().status(WebhookStatus.INACTIVE).build());
    assertEquals(Optional.of(WebhookStatus.INACTIVE),
        shop.webhooks().search(WebhookSearchRequest.builder().status(WebhookStatus.INACTIVE).build()).get(0).status());
    shop.webhooks().delete(hook.uuid());
    assertTrue(shop.webhooks().search(WebhookSearchRequest.builder().build()).isEmpty());

    ShopifyWebhook created = shop.shopifyWebhooks().create(ShopifyWebhookType.ORDER_CREATION);
    assertEquals(Optional.of("orders/create"), created.topic());
    assertEquals(created.uuid(), shop.shopifyWebhooks().get(ShopifyWebhookType.ORDER_CREATION).uuid());
    assertEquals(Optional.of("shopify_webhook_exists"), assertThrows(ConflictException.class,
        () -> shop.shopifyWebhooks().create(ShopifyWebhookType.ORDER_CREATION)).errorCode());
    shop.shopifyWebhooks().delete(ShopifyWebhookType.ORDER_CREATION);
    assertTrue(shop.shopifyWebhooks().listAll().stream().findAny().isEmpty());
  }

  @Test
  void discountsCampaignsAbTestsAndDeals() {
    shop.discounts().create(CreateDiscountRequest.builder().type(DiscountType.ORDER).code("TEN").value(BigDecimal.TEN).build());
    Discount discount = shop.discounts().search(DiscountSearchRequest.builder().code("TEN").build()).get(0);
    shop.discounts().update(discount.uuid(), UpdateDiscountRequest.builder().title("Ten off").build());
    assertEquals(Optional.of("Ten off"), shop.discounts().searchAll(DiscountSearchRequest.builder().build()).firstPage().items().get(0).title());

    Campaign campaign = shop.campaigns().create(CampaignRequest.builder().name("Recs").segment("b2c").enabled(true)
        .discountId(discount.uuid())
        .promotionProperties(ProductPromotionProperties.builder().title("You may like")
            .addProduct(ProductRecommendation.builder().productUrl("https://shop.example.com/p").currency("EUR").build())
            .build())
        .build());
    assertEquals(Optional.of("TEN"), campaign.discount().orElseThrow().code());
    client.orders().place(PlaceOrderRequest.builder().orderNumber("C-1").externalId("c1")
        .address(Address.builder().zipCode("1").build()).addSegment("b2c").build());
    Campaign forOrder = shop.campaigns().getByOrderNumber("C-1");
    assertEquals(campaign.uuid(), forOrder.uuid());
    assertInstanceOf(ProductPromotionProperties.class, forOrder.promotionProperties().orElseThrow());

    OffsetDateTime now = OffsetDateTime.now();
    AbTest test = shop.abTests().create(CreateAbTestRequest.builder().name("Recs vs none").segment("b2c")
        .campaignType(PromotionType.PRODUCT).startDate(now).endDate(now.plusDays(14)).holdoutPercentage(20L).hasHoldout(true)
        .addCampaign(AbTestCampaign.builder().campaignId(campaign.uuid()).allocation(80L).build()).build());
    assertEquals(Optional.of(20L), shop.abTests().get(test.uuid()).holdoutPercentage());
    AbTest ended = shop.abTests().end(test.uuid());
    assertTrue(ended.endDate().orElseThrow().isBefore(now.plusDays(1)));
    assertEquals(1, shop.abTests().list(PageRequest.builder().build()).size());

    client.deals().create(CreateDealRequest.builder().shopId(shop.get().uuid().orElseThrow()).discountId(discount.uuid())
        .title("Ten off at Karla").rank(1L).build());
    assertEquals(Optional.of("Ten off at Karla"), client.deals().listAll().stream().findFirst().orElseThrow().title());

    shop.campaigns().delete(campaign.uuid());
    assertThrows(NotFoundException.class, () -> shop.campaigns().getByOrderNumber("C-1"));
  }

  @Test
  void announcementsAndOrganizations() {
    shop.announcements().create(CreateAnnouncementRequest.builder().text("Storm delays").language(Language.EN).build());
    String uuid = karla.announcements(FakeKarla.DEFAULT_SHOP).get(0).get("uuid").asText();
    Announcement announcement = shop.announcements().search(AnnouncementSearchRequest.builder()
        .uuid(uuid).text("Storm delays").language(Language.EN).build()).get(0);
    assertEquals(Optional.of(uuid), announcement.uuid());
    shop.announcements().update(uuid, UpdateAnnouncementRequest.builder().text("Delays over").build());
    assertEquals(Optional.of("Delays over"), shop.announcements().searchAll(AnnouncementSearchRequest.builder()
            .uuid(uuid).text("Delays over").build())
        .stream().findFirst().orElseThrow().text());
    assertTrue(shop.announcements().search(AnnouncementSearchRequest.builder().uuid(uuid).text("Storm delays").build())
        .isEmpty());
    shop.announcements().delete(uuid);
    assertTrue(shop.announcements().search(AnnouncementSearchRequest.builder().uuid(uuid).text("Delays over").build())
        .isEmpty());
    assertThrows(ValidationException.class, () -> shop.announcements().search(AnnouncementSearchRequest.builder()
        .uuid(" ").text("Delays over").build()));
    assertEquals(4, karla.requests(r -> r.path().endsWith("/announcements") && r.method().equals("GET")).size(),
        "the blank uuid never left the client");

    assertEquals(FakeKarla.DEFAULT_SHOP, client.organizations().get(FakeKarla.DEFAULT_SHOP).slug());
    client.organizations().invite(FakeKarla.DEFAULT_SHOP, InviteMemberRequest.builder().email("ops@example.com").role(UserRole.VIEWER).build());
    assertEquals(List.of(FakeKarla.DEFAULT_SHOP), client.organizations().listAllMembers(FakeKarla.DEFAULT_SHOP)
        .stream().findFirst().orElseThrow().shops());
    assertEquals(Optional.of("member_exists"), assertThrows(ConflictException.class, () -> client.organizations()
        .invite(FakeKarla.DEFAULT_SHOP, InviteMemberRequest.builder().email("ops@example.com").role(UserRole.ADMIN).build())).errorCode());
    assertFalse(client.organizations().searchMembers(FakeKarla.DEFAULT_SHOP, PageRequest.builder().page(2L).build()).iterator().hasNext());
  }
}
