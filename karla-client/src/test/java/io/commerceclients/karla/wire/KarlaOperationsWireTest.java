package io.commerceclients.karla.wire;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.Carrier;
import io.commerceclients.karla.model.Language;
import io.commerceclients.karla.model.PageRequest;
import io.commerceclients.karla.model.Samples;
import io.commerceclients.karla.model.announcement.AnnouncementSearchRequest;
import io.commerceclients.karla.model.announcement.CreateAnnouncementRequest;
import io.commerceclients.karla.model.announcement.UpdateAnnouncementRequest;
import io.commerceclients.karla.model.campaign.AbTest;
import io.commerceclients.karla.model.campaign.AbTestCampaign;
import io.commerceclients.karla.model.campaign.BasicPromotionProperties;
import io.commerceclients.karla.model.campaign.Campaign;
import io.commerceclients.karla.model.campaign.CampaignRequest;
import io.commerceclients.karla.model.campaign.CampaignSearchRequest;
import io.commerceclients.karla.model.campaign.CreateAbTestRequest;
import io.commerceclients.karla.model.campaign.ProductPromotionProperties;
import io.commerceclients.karla.model.campaign.PromotionType;
import io.commerceclients.karla.model.claim.Claim;
import io.commerceclients.karla.model.claim.ClaimReason;
import io.commerceclients.karla.model.claim.ClaimSearchRequest;
import io.commerceclients.karla.model.claim.ClaimStatus;
import io.commerceclients.karla.model.claim.CreateClaimRequest;
import io.commerceclients.karla.model.claim.UpdateClaimRequest;
import io.commerceclients.karla.model.discount.CreateDealRequest;
import io.commerceclients.karla.model.discount.CreateDiscountRequest;
import io.commerceclients.karla.model.discount.DiscountSearchRequest;
import io.commerceclients.karla.model.discount.DiscountType;
import io.commerceclients.karla.model.discount.DiscountValueType;
import io.commerceclients.karla.model.discount.UpdateDiscountRequest;
import io.commerceclients.karla.model.order.CreateShipmentEventRequest;
import io.commerceclients.karla.model.order.Order;
import io.commerceclients.karla.model.order.OrderReferenceType;
import io.commerceclients.karla.model.order.OrderSearchRequest;
import io.commerceclients.karla.model.order.OrderTracking;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.Shipment;
import io.commerceclients.karla.model.order.ShipmentEventName;
import io.commerceclients.karla.model.order.UpdateOrderRequest;
import io.commerceclients.karla.model.order.UpdateShipmentRequest;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.model.org.InviteMemberRequest;
import io.commerceclients.karla.model.org.OrgMember;
import io.commerceclients.karla.model.org.Organization;
import io.commerceclients.karla.model.org.UserRole;
import io.commerceclients.karla.model.shop.CarrierSettings;
import io.commerceclients.karla.model.shop.CreateShopRequest;
import io.commerceclients.karla.model.shop.ImageType;
import io.commerceclients.karla.model.shop.SegmentSettings;
import io.commerceclients.karla.model.shop.Shop;
import io.commerceclients.karla.model.shop.ShopImage;
import io.commerceclients.karla.model.shop.ShopKeys;
import io.commerceclients.karla.model.shop.ShopProvider;
import io.commerceclients.karla.model.shop.ShopSearchRequest;
import io.commerceclients.karla.model.shop.ShopSettings;
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
import io.commerceclients.karla.shop.ImageUpload;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every Karla operation against WireMock: the method, path, query, headers and body that went
 * over the wire, and the typed result of the reference's sample answer.
 */
@WireMockTest
class KarlaOperationsWireTest {

  private static final String USER = "gokarla";
  private static final String KEY = "karla-secret-key-42";
  private static final String SHOP = "/v1/shops/gokarla";
  private static final OffsetDateTime T = OffsetDateTime.parse("2024-10-01T00:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static String j(String singleQuoted) {
    return singleQuoted.replace('\'', '"');
  }

  private static String array(String sample) {
    return "[" + Samples.text(sample) + "]";
  }

  static Stream<WireCase> operations() {
    return Stream.of(
        // ---- Shops
        WireCase.of("search shops", "GET", "/v1/shops",
                c -> c.shops().search(ShopSearchRequest.builder().page(2L).perPage(10L)
                    .shopProvider(ShopProvider.SHOPIFY).language(Language.DE).build()))
            .query("page", "2").query("per_page", "10").query("shop_provider", "shopify").query("language", "de")
            .answer(array("shop.json"))
            .check(r -> assertEquals("gokarla", ((List<Shop>) r).get(0).slug())),
        WireCase.run("create shop", "POST", "/v1/shops",
                c -> c.shops().create(CreateShopRequest.builder().name("Karla").slug("gokarla")
                    .shopUrl("https://example.com").language(Language.EN).build()))
            .body(j("{'name':'Karla','slug':'gokarla','language':'en','shop_url':'https://example.com'}")),
        WireCase.of("get shop", "GET", SHOP, c -> c.shop().get())
            .answer(Samples.text("shop.json"))
            .check(r -> assertEquals(Optional.of(ShopProvider.SHOPWARE), ((Shop) r).shopProvider())),
        WireCase.run("update shop", "PATCH", SHOP,
                c -> c.shop().update(UpdateShopRequest.builder().description("New").build()))
            .body(j("{'description':'New'}")),
        WireCase.run("delete shop", "DELETE", SHOP, c -> c.shop().delete()),
        WireCase.run("set klaviyo key", "PUT", SHOP + "/keys/klaviyo",
                c -> c.shop().setKlaviyoKey("pk_0123456789abcdef"))
            .body(j("{'api_key':'pk_0123456789abcdef'}")),
        WireCase.run("set shopify token", "PUT", SHOP + "/keys/shopify",
                c -> c.shop().setShopifyAccessToken("shpua_0123456789abcdef"))
            .body(j("{'api_key':'shpua_0123456789abcdef'}")),
        WireCase.run("set shopware credentials", "PUT", SHOP + "/keys/shopware",
                c -> c.shop().setShopwareCredentials(
                    ShopwareCredentials.builder().clientId("cid").clientSecret("csecret").build()))
            .body(j("{'client_id':'cid','client_secret':'csecret'}")),
        WireCase.of("list keys", "GET", SHOP + "/keys", c -> c.shop().keys())
            .answer(Samples.text("shop-keys.json"))
            .check(r -> assertEquals(Optional.of("shpua_****************************321"), ((ShopKeys) r).shopify())),
        WireCase.of("upload image", "POST", SHOP + "/images/logo",
                c -> c.shop().uploadImage(ImageType.LOGO, ImageUpload.of(
                    new ByteArrayInputStream("PNGDATA".getBytes(StandardCharsets.UTF_8)), 7, "logo.png", null)))
            .multipart()
            .answer(Samples.text("shop-image.json"))
            .check(r -> assertEquals(Optional.of(ImageType.BACKGROUND), ((ShopImage) r).imageType())),
        // ---- Shop settings
        WireCase.of("get settings", "GET", SHOP + "/settings", c -> c.shop().settings().get())
            .answer(Samples.text("settings.json"))
            .check(r -> assertEquals(Optional.of(true), ((ShopSettings) r).segments().get().shopify())),
        WireCase.of("update carrier settings", "PUT", SHOP + "/settings/carriers",
                c -> c.shop().settings().updateCarriers(CarrierSettings.builder().shipmentUpdates(true).build()))
            .body(j("{'shipment_updates':true}")).answer(j("{'shipment_updates':true}"))
            .check(r -> assertEquals(Optional.of(true), ((CarrierSettings) r).shipmentUpdates())),
        WireCase.of("update trigger settings", "PUT", SHOP + "/settings/triggers",
                c -> c.shop().settings().updateTriggers(TriggerSettings.builder().klaviyo(true).shopify(false).build()))
            .body(j("{'klaviyo':true,'shopify':false}")).answer(j("{'klaviyo':true,'shopify':false}"))
            .check(r -> assertEquals(Optional.of(false), ((TriggerSettings) r).shopify())),
        WireCase.of("update segment settings", "PUT", SHOP + "/settings/segments",
                c -> c.shop().settings().updateSegments(SegmentSettings.builder().klaviyo(true).build()))
            .body(j("{'klaviyo':true}")).answer(j("{'klaviyo':true,'shopify':true}"))
            .check(r -> assertEquals(Optional.of(true), ((SegmentSettings) r).shopify())),
        // ---- Shopify webhooks
        WireCase.of("search shopify webhooks", "GET", SHOP + "/shopify/webhooks",
                c -> c.shop().shopifyWebhooks().list(PageRequest.builder().page(1L).perPage(5L).build()))
            .query("page", "1").query("per_page", "5")
            .answer(array("shopify-webhook.json"))
            .check(r -> assertEquals(1, ((List<?>) r).size())),
        WireCase.of("create shopify webhook", "POST", SHOP + "/shopify/webhooks",
                c -> c.shop().shopifyWebhooks().create(ShopifyWebhookType.ORDER_FULFILLMENT_UPDATE))
            .body(j("{'webhook_type':'order-fulfillment-update'}"))
            .answer(Samples.text("shopify-webhook.json"))
            .check(r -> assertEquals(Optional.of("orders/create"), ((ShopifyWebhook) r).topic())),
        WireCase.of("get shopify webhook by uuid", "GET", SHOP + "/shopify/webhooks/095be615",
                c -> c.shop().shopifyWebhooks().get("095be615"))
            .answer(Samples.text("shopify-webhook.json"))
            .check(r -> assertEquals("095be615-a8ad-4c33-8e9c-c7612fbf6c9f", ((ShopifyWebhook) r).uuid())),
        WireCase.run("delete shopify webhook by uuid", "DELETE", SHOP + "/shopify/webhooks/095be615",
            c -> c.shop().shopifyWebhooks().delete("095be615")),
        WireCase.of("get shopify webhook by type", "GET", SHOP + "/shopify/webhooks/type/order-creation",
                c -> c.shop().shopifyWebhooks().get(ShopifyWebhookType.ORDER_CREATION))
            .answer(Samples.text("shopify-webhook.json"))
            .check(r -> assertEquals(Optional.of(ShopifyWebhookType.ORDER_CREATION), ((ShopifyWebhook) r).webhookType())),
        WireCase.run("delete shopify webhook by type", "DELETE", SHOP + "/shopify/webhooks/type/order-update",
            c -> c.shop().shopifyWebhooks().delete(ShopifyWebhookType.ORDER_UPDATE)),
        // ---- Webhooks
        WireCase.of("search webhooks", "GET", SHOP + "/webhooks",
                c -> c.webhooks().search(WebhookSearchRequest.builder().status(WebhookStatus.ACTIVE).build()))
            .query("status", "active")
            .answer(array("webhook.json"))
            .check(r -> assertEquals("7022541c-62cd-4de3-9fb2-bfdc74bf7834", ((List<Webhook>) r).get(0).uuid())),
        WireCase.of("create webhook", "POST", SHOP + "/webhooks",
                c -> c.webhooks().create(CreateWebhookRequest.builder().url("https://hooks.example.com/karla")
                    .secret("0123456789abcdef0123").description("orders").build()))
            .body(j("{'url':'https://hooks.example.com/karla','secret':'0123456789abcdef0123','description':'orders'}"))
            .answer(201, Samples.text("webhook.json"))
            .check(r -> assertEquals(Optional.of("41013bd9-9072-42cd-9902-66da38361be9"), ((Webhook) r).secret())),
        WireCase.run("update webhook", "PATCH", SHOP + "/webhooks/7022541c",
                c -> c.webhooks().update("7022541c", UpdateWebhookRequest.builder().status(WebhookStatus.INACTIVE).build()))
            .body(j("{'status':'inactive'}")),
        WireCase.run("delete webhook", "DELETE", SHOP + "/webhooks/7022541c", c -> c.webhooks().delete("7022541c")),
        // ---- Orders
        WireCase.of("search orders", "GET", SHOP + "/orders",
                c -> c.orders().search(OrderSearchRequest.builder().zipCode("10178")
                    .orderPlacedFrom(T).shipmentUpdatedSince(T.plusDays(1)).perPage(50L).build()))
            .query("per_page", "50").query("zip_code", "10178")
            .query("order_placed_from", "2024-10-01T00:00:00Z").query("shipment_updated_since", "2024-10-02T00:00:00Z")
            .answer(array("order.json"))
            .check(r -> assertEquals("b4fadda9-61f4-4041-94d2-7a01ee0082b4", ((List<Order>) r).get(0).uuid())),
        WireCase.run("place order", "POST", SHOP + "/orders",
                c -> c.orders().place(PlaceOrderRequest.builder().orderNumber("1234").externalId("2205783916624")
                    .address(Address.builder().zipCode("10178").city("Berlin").build())
                    .totalOrderPrice(new BigDecimal("29.99")).expectedNumberOfShipments(2L).build()))
            .body(j("{'order_number':'1234','external_id':'2205783916624','address':{'city':'Berlin','zip_code':'10178'},"
                + "'total_order_price':29.99,'products':[],'discounts':[],'segments':[],'order_analytics':{},"
                + "'expected_number_of_shipments':2}"))
            .answer(201, "null"),
        WireCase.run("upsert order", "PUT", SHOP + "/orders",
                c -> c.orders().upsert(UpsertOrderRequest.builder().id("11334422").idType(OrderReferenceType.EXTERNAL_ID)
                    .addTracking(OrderTracking.builder().trackingNumber("TRK").carrierReference(Carrier.DPD).build()).build()))
            .body(j("{'id':'11334422','id_type':'external_id','trackings':[{'tracking_number':'TRK','carrier_reference':'dpd'}]}")),
        WireCase.of("fulfill orders in bulk", "PUT", SHOP + "/orders/bulk",
                c -> c.orders().fulfill(List.of(
                    UpsertOrderRequest.builder().id("1").build(), UpsertOrderRequest.builder().id("2").build())))
            .body(j("[{'id':'1','trackings':[]},{'id':'2','trackings':[]}]"))
            .check(r -> assertTrue(((io.commerceclients.karla.order.BulkFulfillmentResult) r).allAccepted())),
        WireCase.of("update order", "PATCH", SHOP + "/orders/b4fadda9",
                c -> c.orders().update("b4fadda9", UpdateOrderRequest.builder().expectedNumberOfShipments(3L).build()))
            .body(j("{'expected_number_of_shipments':3}"))
            .answer(Samples.text("order.json"))
            .check(r -> assertEquals(Optional.of("IXF1234"), ((Order) r).orderName())),
        WireCase.of("update order shipment", "PATCH", SHOP + "/orders/b4fadda9/shipments/095be615",
                c -> c.orders().updateShipment("b4fadda9", "095be615",
                    UpdateShipmentRequest.builder().trackingUrl("https://t.example/1").products(List.of()).build()))
            .body(j("{'tracking_url':'https://t.example/1','products':[]}"))
            .answer(Samples.text("shipment.json"))
            .check(r -> assertEquals(Optional.of("93101167-9065-4b9c-b98b-5d789a3ed9fe"), ((Shipment) r).orderId())),
        // ---- Shipments
        WireCase.run("create shipment event", "POST", SHOP + "/shipments/095be615/events",
                c -> c.shipments().addEvent("095be615", CreateShipmentEventRequest.builder()
                    .eventName(ShipmentEventName.OUT_FOR_DELIVERY).eventTime(T).externalId("123456").build()))
            .body(j("{'event_name':'OUT_FOR_DELIVERY','event_time':'2024-10-01T00:00:00Z','external_id':'123456'}")),
        // ---- Claims
        WireCase.of("search claims", "GET", SHOP + "/claims",
                c -> c.claims().search(ClaimSearchRequest.builder().status(ClaimStatus.PENDING).orderId("o1").build()))
            .query("order_id", "o1").query("status", "pending")
            .answer(array("claim.json"))
            .check(r -> assertEquals(Optional.of(ClaimReason.PARTIAL_DAMAGE), ((List<Claim>) r).get(0).reason())),
        WireCase.of("create claim", "POST", SHOP + "/claims",
                c -> c.claims().create(CreateClaimRequest.builder().reason(ClaimReason.DAMAGE).shipmentId("s1").build()))
            .body(j("{'reason':'damage','shipment_id':'s1','selected_items':[],'image_urls':[],'damaged_product_items':[]}"))
            .answer(201, Samples.text("claim.json"))
            .check(r -> assertEquals("38fdc365-7de9-4313-afbd-0ed23717c5e0", ((Claim) r).uuid())),
        WireCase.of("update claim", "PUT", SHOP + "/claims/38fdc365",
                c -> c.claims().update("38fdc365", UpdateClaimRequest.builder().status(ClaimStatus.CLOSED).build()))
            .body(j("{'status':'closed'}"))
            .answer(Samples.text("claim.json"))
            .check(r -> assertEquals(Optional.of("gokarla"), ((Claim) r).shopSlug())),
        WireCase.run("delete claim", "DELETE", SHOP + "/claims/38fdc365", c -> c.claims().delete("38fdc365"))
            .answer("{}"),
        // ---- Campaigns
        WireCase.of("search campaigns", "GET", SHOP + "/campaigns",
                c -> c.campaigns().search(CampaignSearchRequest.builder().promotionType(PromotionType.PRODUCT).enabled(true).build()))
            .query("promotion_type", "product").query("enabled", "true")
            .answer(array("campaign-product.json"))
            .check(r -> assertInstanceOf(ProductPromotionProperties.class,
                ((List<Campaign>) r).get(0).promotionProperties().get())),
        WireCase.of("create campaign", "POST", SHOP + "/campaigns",
                c -> c.campaigns().create(CampaignRequest.builder().name("Q3 Campaign").segment("b2b")
                    .startDate(T).promotionProperties(BasicPromotionProperties.builder().title("Hi").build()).build()))
            .body(j("{'name':'Q3 Campaign','segment':'b2b','promotion_properties':{'title':'Hi','translations':[]},"
                + "'promotion_type':'basic','start_date':'2024-10-01T00:00:00Z'}"))
            .answer(201, Samples.text("campaign-basic.json"))
            .check(r -> assertInstanceOf(BasicPromotionProperties.class, ((Campaign) r).promotionProperties().get())),
        WireCase.of("update campaign", "PUT", SHOP + "/campaigns/d1e99924",
                c -> c.campaigns().replace("d1e99924", CampaignRequest.builder().name("Q3").segment("b2b").enabled(true)
                    .promotionProperties(ProductPromotionProperties.builder().build()).discountId("49c104c1").build()))
            .body(j("{'name':'Q3','segment':'b2b','promotion_properties':{'products':[],'translations':[]},"
                + "'promotion_type':'product','enabled':true,'discount_id':'49c104c1'}"))
            .answer(Samples.text("campaign-product.json"))
            .check(r -> assertEquals(Optional.of("KARLA"), ((Campaign) r).discount().get().code())),
        WireCase.run("delete campaign", "DELETE", SHOP + "/campaigns/d1e99924", c -> c.campaigns().delete("d1e99924"))
            .answer("{}"),
        WireCase.of("get campaign by order number", "GET", SHOP + "/campaigns/orders/1234",
                c -> c.campaigns().getByOrderNumber("1234"))
            .answer(Samples.text("campaign-product.json"))
            .check(r -> assertEquals("d1e99924-df48-4781-b3ad-ff147d3e70a2", ((Campaign) r).uuid())),
        // ---- A/B tests
        WireCase.of("list ab tests", "GET", SHOP + "/ab-tests",
                c -> c.shop().abTests().list(PageRequest.builder().perPage(100L).build()))
            .query("per_page", "100")
            .answer(array("ab-test.json"))
            .check(r -> assertEquals(2, ((List<AbTest>) r).get(0).campaigns().size())),
        WireCase.of("create ab test", "POST", SHOP + "/ab-tests",
                c -> c.shop().abTests().create(CreateAbTestRequest.builder().name("Holiday Promotion Test").segment("b2b")
                    .campaignType(PromotionType.PRODUCT).startDate(T).endDate(T.plusDays(7)).holdoutPercentage(10L)
                    .addCampaign(AbTestCampaign.builder().campaignId("a1").allocation(90L).build()).build()))
            .body(j("{'name':'Holiday Promotion Test','segment':'b2b','campaign_type':'product','campaigns':[{'campaign_id':'a1','allocation':90}],"
                + "'start_date':'2024-10-01T00:00:00Z','end_date':'2024-10-08T00:00:00Z','holdout_percentage':10}"))
            .answer(201, Samples.text("ab-test.json"))
            .check(r -> assertEquals("d1e99924-df48-4781-b3ad-ff147d3e70a2", ((AbTest) r).uuid())),
        WireCase.of("get ab test", "GET", SHOP + "/ab-tests/d1e99924", c -> c.shop().abTests().get("d1e99924"))
            .answer(Samples.text("ab-test.json"))
            .check(r -> assertEquals(Optional.of("Holiday Promotion Test"), ((AbTest) r).name())),
        WireCase.of("end ab test", "POST", SHOP + "/ab-tests/d1e99924/end", c -> c.shop().abTests().end("d1e99924"))
            .answer(Samples.text("ab-test.json"))
            .check(r -> assertEquals(Optional.of(false), ((AbTest) r).hasHoldout())),
        // ---- Announcements
        WireCase.of("search announcements", "GET", SHOP + "/announcements",
                c -> c.shop().announcements().search(AnnouncementSearchRequest.builder()
                    .uuid("a1").text("Storm").language(Language.DA).build()))
            .query("uuid", "a1").query("text", "Storm").query("language", "da")
            .answer(j("[{'uuid':'a1','text':'Storm','language':'da','created_at':'2019-08-24T14:15:22Z'}]"))
            .check(r -> assertEquals(1, ((List<?>) r).size())),
        WireCase.run("create announcement", "POST", SHOP + "/announcements",
                c -> c.shop().announcements().create(CreateAnnouncementRequest.builder()
                    .text("We are expecting significant delays").language(Language.DA).build()))
            .body(j("{'text':'We are expecting significant delays','language':'da'}")).answer(201, "null"),
        WireCase.run("update announcement", "PATCH", SHOP + "/announcements/a1",
                c -> c.shop().announcements().update("a1", UpdateAnnouncementRequest.builder().text("Fixed").build()))
            .body(j("{'text':'Fixed'}")),
        WireCase.run("delete announcement", "DELETE", SHOP + "/announcements/a1",
            c -> c.shop().announcements().delete("a1")),
        // ---- Discounts
        WireCase.of("search discounts", "GET", SHOP + "/discounts",
                c -> c.shop().discounts().search(DiscountSearchRequest.builder().code("KARLA").value(new BigDecimal("3.50")).build()))
            .query("code", "KARLA").query("value", "3.50")
            .answer(array("discount.json"))
            .check(r -> assertEquals(1, ((List<?>) r).size())),
        WireCase.run("create discount", "POST", SHOP + "/discounts",
                c -> c.shop().discounts().create(CreateDiscountRequest.builder().type(DiscountType.PRODUCT).code("KARLA")
                    .valueType(DiscountValueType.PERCENTAGE).value(new BigDecimal("3.49")).build()))
            .body(j("{'type':'product','code':'KARLA','value_type':'percentage','value':3.49}")).answer(201, "null"),
        WireCase.run("update discount", "PATCH", SHOP + "/discounts/49c104c1",
                c -> c.shop().discounts().update("49c104c1", UpdateDiscountRequest.builder().title("Ten").build()))
            .body(j("{'title':'Ten'}")),
        WireCase.run("delete discount", "DELETE", SHOP + "/discounts/49c104c1",
            c -> c.shop().discounts().delete("49c104c1")),
        // ---- Deals
        WireCase.of("list deals", "GET", "/v1/deals", c -> c.deals().list(PageRequest.builder().page(3L).build()))
            .query("page", "3")
            .answer(j("[{'uuid':'d1','shop_id':'s1','discount_id':'x1','rank':2,'translations':[{'language':'de','values':{'title':'Hallo'}}]}]"))
            .check(r -> assertEquals(1, ((List<?>) r).size())),
        WireCase.run("create deal", "POST", "/v1/deals",
                c -> c.deals().create(CreateDealRequest.builder().shopId("89e430df").discountId("49c104c1").rank(0L).build()))
            .body(j("{'shop_id':'89e430df','discount_id':'49c104c1','translations':[],'rank':0}")).answer(201, "null"),
        // ---- Organizations
        WireCase.of("get org", "GET", "/v1/orgs/acme", c -> c.organizations().get("acme"))
            .answer(Samples.text("organization.json"))
            .check(r -> assertEquals(Optional.of(0L), ((Organization) r).id())),
        WireCase.of("search org members", "GET", "/v1/orgs/acme/members",
                c -> c.organizations().searchMembers("acme", PageRequest.builder().perPage(20L).build()))
            .query("per_page", "20")
            .answer(j("[{'email_id':'a@example.com','feature_community':'beta','org':'acme','shops':['gokarla']}]"))
            .check(r -> assertEquals(List.of("gokarla"), ((List<OrgMember>) r).get(0).shops())),
        WireCase.run("invite user to org", "POST", "/v1/orgs/acme/members",
                c -> c.organizations().invite("acme", InviteMemberRequest.builder().email("new@example.com").role(UserRole.EDITOR).build()))
            .body(j("{'email':'new@example.com','role':'editor'}")).answer(201, "null"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void sendsWhatTheReferenceDescribes(WireCase op, WireMockRuntimeInfo wm) throws Exception {
    run(op, wm, client -> client);
  }

  /** Runs the case on the client {@code through} makes of a client pointed at WireMock, and checks the wire and the result. */
  static void run(WireCase op, WireMockRuntimeInfo wm, java.util.function.UnaryOperator<KarlaClient> through)
      throws Exception {
    stubFor(any(anyUrl()).willReturn(aResponse().withStatus(op.status)
        .withHeader("Content-Type", "application/json").withBody(op.responseJson)));
    Object result;
    try (KarlaClient client = KarlaClient.builder().baseUrl(wm.getHttpBaseUrl()).username(USER).apiKey(KEY)
        .karlaVersion("2024-01-01").maxRetries(0).build()) {
      result = op.call.apply(through.apply(client));
    }

    List<LoggedRequest> sent = wm.getWireMock().find(com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor(anyUrl()));
    assertEquals(1, sent.size(), "one request");
    LoggedRequest request = sent.get(0);
    assertEquals(op.method, request.getMethod().getName());
    assertEquals(op.path, request.getUrl().split("\\?")[0]);
    Map<String, String> query = new TreeMap<>();
    request.getQueryParams().forEach((name, value) -> query.put(name, value.firstValue()));
    assertEquals(new TreeMap<>(op.query), query, "query");
    String basic = "Basic " + Base64.getEncoder().encodeToString((USER + ":" + KEY).getBytes(StandardCharsets.UTF_8));
    assertEquals(basic, request.getHeader("Authorization"));
    assertEquals("2024-01-01", request.getHeader("Karla-Version"));
    if (op.requestJson != null) {
      assertTrue(request.getHeader("Content-Type").startsWith("application/json"), request.getHeader("Content-Type"));
      JsonNode expected = JSON.readTree(op.requestJson);
      JsonNode actual = JSON.readTree(request.getBodyAsString());
      assertEquals(expected, actual, "body");
    } else if (op.contentTypePrefix != null) {
      assertTrue(request.getHeader("Content-Type").startsWith(op.contentTypePrefix), request.getHeader("Content-Type"));
      String body = request.getBodyAsString();
      assertTrue(body.contains("name=\"image\"; filename=\"logo.png\""), body);
      assertTrue(body.contains("Content-Type: image/png"), body);
      assertTrue(body.contains("PNGDATA"), body);
    } else {
      assertEquals(0, request.getBody().length, "no body");
    }
    if (op.responseJson.equals("null") || op.responseJson.equals("{}")) {
      if (!(result instanceof io.commerceclients.karla.order.BulkFulfillmentResult)) {
        assertNull(result);
      }
    }
    op.check.accept(result);
  }
}
