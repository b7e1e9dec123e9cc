package io.commerceclients.karla.wire;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.findAll;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.Carrier;
import io.commerceclients.karla.model.Language;
import io.commerceclients.karla.model.Product;
import io.commerceclients.karla.model.ProductImage;
import io.commerceclients.karla.model.ProductType;
import io.commerceclients.karla.model.TaxLine;
import io.commerceclients.karla.model.announcement.CreateAnnouncementRequest;
import io.commerceclients.karla.model.announcement.UpdateAnnouncementRequest;
import io.commerceclients.karla.model.campaign.AbTestCampaign;
import io.commerceclients.karla.model.campaign.CampaignRequest;
import io.commerceclients.karla.model.campaign.CreateAbTestRequest;
import io.commerceclients.karla.model.campaign.OtherPromotionProperties;
import io.commerceclients.karla.model.campaign.PromotionType;
import io.commerceclients.karla.model.claim.ClaimItem;
import io.commerceclients.karla.model.claim.ClaimReason;
import io.commerceclients.karla.model.claim.ClaimResolutionPreference;
import io.commerceclients.karla.model.claim.ClaimStatus;
import io.commerceclients.karla.model.claim.CreateClaimRequest;
import io.commerceclients.karla.model.claim.UpdateClaimRequest;
import io.commerceclients.karla.model.discount.CreateDealRequest;
import io.commerceclients.karla.model.discount.CreateDiscountRequest;
import io.commerceclients.karla.model.discount.DealText;
import io.commerceclients.karla.model.discount.DealTranslation;
import io.commerceclients.karla.model.discount.DiscountTargetSelection;
import io.commerceclients.karla.model.discount.DiscountTargetType;
import io.commerceclients.karla.model.discount.DiscountType;
import io.commerceclients.karla.model.discount.DiscountValueType;
import io.commerceclients.karla.model.discount.UpdateDiscountRequest;
import io.commerceclients.karla.model.order.CreateShipmentEventRequest;
import io.commerceclients.karla.model.order.OrderDiscount;
import io.commerceclients.karla.model.order.OrderReferenceType;
import io.commerceclients.karla.model.order.OrderTracking;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.ShipmentEventName;
import io.commerceclients.karla.model.order.UpdateOrderRequest;
import io.commerceclients.karla.model.order.UpdateShipmentRequest;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.model.org.InviteMemberRequest;
import io.commerceclients.karla.model.org.UserRole;
import io.commerceclients.karla.model.shop.CarrierSettings;
import io.commerceclients.karla.model.shop.CreateShopRequest;
import io.commerceclients.karla.model.shop.InitialShopSettings;
import io.commerceclients.karla.model.shop.SegmentSettings;
import io.commerceclients.karla.model.shop.ShopProvider;
import io.commerceclients.karla.model.shop.ShopwareCredentials;
import io.commerceclients.karla.model.shop.TriggerSettings;
import io.commerceclients.karla.model.shop.UpdateShopRequest;
import io.commerceclients.karla.model.webhook.CreateWebhookRequest;
import io.commerceclients.karla.model.webhook.UpdateWebhookRequest;
import io.commerceclients.karla.model.webhook.WebhookStatus;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The request samples of Karla's reference, built with every documented field through the public
 * builders: the body on the wire has exactly the sample's field names and values, nothing renamed,
 * nothing extra. Where the reference collapses a nested object ({@code [ ]}, {@code { }}), the sample
 * is completed with the shape this SDK chose (see docs/karla.md); dates are compared as instants,
 * numbers by value.
 */
@WireMockTest
class KarlaReferenceRequestSamplesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SHOP = "/v1/shops/gokarla";

  /** One reference sample: the operation, its method and path, the call, and the sample body. */
  record Sample(String name, String method, String path, Consumer<KarlaClient> call, String body) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static Sample sample(String name, String method, String path, Consumer<KarlaClient> call, String singleQuotedJson) {
    return new Sample(name, method, path, call, singleQuotedJson.replace('\'', '"'));
  }

  private static OffsetDateTime t(String text) {
    return OffsetDateTime.parse(text);
  }

  private static final String ADDRESS_JSON = "{'address_line_1':'Karl-Liebknecht-Str. 1','address_line_2':'3. OG','city':'Berlin',"
      + "'country':'Germany','country_code':'DE','name':'Jane Doe','phone':'+49301234567','province':'Berlin',"
      + "'province_code':'BE','street':'Karl-Liebknecht-Str. 1, 3. OG','zip_code':'10178','company':'Karla GmbH'}";

  private static Address address() {
    return Address.builder().addressLine1("Karl-Liebknecht-Str. 1").addressLine2("3. OG").city("Berlin")
        .country("Germany").countryCode("DE").name("Jane Doe").phone("+49301234567").province("Berlin")
        .provinceCode("BE").street("Karl-Liebknecht-Str. 1, 3. OG").zipCode("10178").company("Karla GmbH").build();
  }

  private static final String PRODUCT_JSON = "{'title':'T-Shirt','quantity':2,'price':12.5,'size':'M',"
      + "'images':[{'src':'https://cdn.example/ts.png','alt':'front'}],'sku':'TS-M','weight':180,"
      + "'tax_lines':[{'currency':'EUR','price':2.38,'rate':0.19,'title':'VAT'}],"
      + "'bundled_products':[{'title':'Socks','quantity':1,'sku':'SO-1','images':[],'tax_lines':[]}],"
      + "'shipment_id':'095be615-a8ad-4c33-8e9c-c7612fbf6c9f','type':'bundle'}";

  private static Product product() {
    return Product.builder().title("T-Shirt").quantity(2L).price(new BigDecimal("12.5")).size("M")
        .addImage(ProductImage.builder().src("https://cdn.example/ts.png").alt("front").build()).sku("TS-M")
        .weight(new BigDecimal("180"))
        .addTaxLine(TaxLine.builder().currency("EUR").price(new BigDecimal("2.38")).rate(new BigDecimal("0.19")).title("VAT").build())
        .addBundledProduct(io.commerceclients.karla.model.BundledProduct.builder().title("Socks").quantity(1L).sku("SO-1").build())
        .shipmentId("095be615-a8ad-4c33-8e9c-c7612fbf6c9f").type(ProductType.of("bundle")).build();
  }

  private static final String ORDER_JSON = "{'order_number':'1234','order_name':'IXF1234','order_placed_at':'2023-03-17T09:51:41+00:00',"
      + "'total_order_price':29.99,'shipping_price':4.99,'sub_total_price':40,'discount_price':4.99,"
      + "'products':[" + PRODUCT_JSON + "],'discounts':[{'code':'KARLA','amount':'4.99','type':'fixed_amount'}],"
      + "'email_id':'jane@example.com','address':" + ADDRESS_JSON + ",'currency':'EUR','segments':['b2c','vip'],"
      + "'weight':1000,'external_customer_id':'1234067358984','order_status_url':'https://shop.example/orders/1234',"
      + "'external_id':'2205783916624','preferred_delivery_date':{'date':'2023-03-20'},"
      + "'user_agent':'Mozilla/5.0','order_analytics':{'utm_source':'newsletter'},'expected_number_of_shipments':1}";

  private static PlaceOrderRequest order() {
    return PlaceOrderRequest.builder().orderNumber("1234").orderName("IXF1234").orderPlacedAt(t("2023-03-17T09:51:41+00:00"))
        .totalOrderPrice(new BigDecimal("29.99")).shippingPrice(new BigDecimal("4.99")).subTotalPrice(new BigDecimal("40"))
        .discountPrice(new BigDecimal("4.99")).addProduct(product())
        .addDiscount(OrderDiscount.builder().code("KARLA").amount("4.99").type("fixed_amount").build())
        .emailId("jane@example.com").address(address()).currency("EUR").addSegment("b2c").addSegment("vip")
        .weight(new BigDecimal("1000")).externalCustomerId("1234067358984").orderStatusUrl("https://shop.example/orders/1234")
        .externalId("2205783916624").preferredDeliveryDate(Map.of("date", "2023-03-20")).userAgent("Mozilla/5.0")
        .putOrderAnalytic("utm_source", "newsletter").expectedNumberOfShipments(1L).build();
  }

  private static final String TRACKING_JSON = "{'tracking_number':'00340434161094042557','tracking_url':'https://nolp.dhl.de/1',"
      + "'tracking_placed_at':'2023-03-18T10:00:00+00:00','carrier_reference':'dhl','external_shipment_id':'4455','products':["
      + PRODUCT_JSON + "]}";

  private static OrderTracking tracking() {
    return OrderTracking.builder().trackingNumber("00340434161094042557").trackingUrl("https://nolp.dhl.de/1")
        .trackingPlacedAt(t("2023-03-18T10:00:00+00:00")).carrierReference(Carrier.DHL).externalShipmentId("4455")
        .addProduct(product()).build();
  }

  static Stream<Sample> samples() {
    return Stream.of(
        sample("Create Ab Test", "POST", SHOP + "/ab-tests",
            c -> c.shop().abTests().create(CreateAbTestRequest.builder().name("Holiday Promotion Test").segment("b2b")
                .campaignType(PromotionType.PRODUCT)
                .addCampaign(AbTestCampaign.builder().campaignId("d1e99924-df48-4781-b3ad-ff147d3e70a2").allocation(100L).build())
                .hasHoldout(false).holdoutPercentage(100L).startDate(t("2019-08-24T14:15:22Z")).endDate(t("2019-08-24T14:15:22Z")).build()),
            "{'name':'Holiday Promotion Test','segment':'b2b','campaign_type':'product',"
                + "'campaigns':[{'campaign_id':'d1e99924-df48-4781-b3ad-ff147d3e70a2','allocation':100}],"
                + "'has_holdout':false,'holdout_percentage':100,'start_date':'2019-08-24T14:15:22Z','end_date':'2019-08-24T14:15:22Z'}"),
        new Sample("Create Announcement", "POST", SHOP + "/announcements",
            c -> c.shop().announcements().create(CreateAnnouncementRequest.builder()
                .text("We are expecting significant delays in today's deliveries due to the storm").language(Language.DA).build()),
            "{\"text\":\"We are expecting significant delays in today's deliveries due to the storm\",\"language\":\"da\"}"),
        new Sample("Update Announcement", "PATCH", SHOP + "/announcements/a1",
            c -> c.shop().announcements().update("a1", UpdateAnnouncementRequest.builder()
                .text("We are expecting significant delays in today's deliveries due to the storm").language(Language.DA).build()),
            "{\"text\":\"We are expecting significant delays in today's deliveries due to the storm\",\"language\":\"da\"}"),
        sample("Create Campaign", "POST", SHOP + "/campaigns",
            c -> c.campaigns().create(campaign()),
            "{'enabled':false,'name':'Q3 Campaign','start_date':'2024-10-01T00:00:00+00:00','end_date':'2024-10-11T00:00:00+00:00',"
                + "'segment':'b2b','promotion_type':'product','promotion_properties':{},'discount_id':'49c104c1-008b-4f4f-abbc-6958059cb48b'}"),
        sample("Update Campaign", "PUT", SHOP + "/campaigns/d1e99924",
            c -> c.campaigns().replace("d1e99924", campaign()),
            "{'enabled':false,'name':'Q3 Campaign','start_date':'2024-10-01T00:00:00+00:00','end_date':'2024-10-11T00:00:00+00:00',"
                + "'segment':'b2b','promotion_type':'product','promotion_properties':{},'discount_id':'49c104c1-008b-4f4f-abbc-6958059cb48b'}"),
        sample("Create Claim", "POST", SHOP + "/claims",
            c -> c.claims().create(CreateClaimRequest.builder().resolutionPreference(ClaimResolutionPreference.REFUND)
                .reason(ClaimReason.PARTIAL_DAMAGE).status(ClaimStatus.PENDING).description("Package was damaged on the right side")
                .customerSignatureImageUrl("https://img.example/sig.png")
                .addSelectedItem(ClaimItem.builder().sku("TS-M").title("T-Shirt").quantity(1L).netPrice(new BigDecimal("10.5"))
                    .addImageUrl("https://img.example/ts.png").build())
                .addImageUrl("https://img.example/box.png").dropoffPermission(true)
                .shipmentId("e415c869-52a9-4dbd-bb4b-c8a6b3968a51")
                .addDamagedProductItem(ClaimItem.builder().quantity(1L).build()).build()),
            "{'resolution_preference':'refund','reason':'partial_damage','status':'pending',"
                + "'description':'Package was damaged on the right side','customer_signature_image_url':'https://img.example/sig.png',"
                + "'selected_items':[{'sku':'TS-M','title':'T-Shirt','quantity':1,'net_price':10.5,'image_urls':['https://img.example/ts.png']}],"
                + "'image_urls':['https://img.example/box.png'],'dropoff_permission':true,"
                + "'shipment_id':'e415c869-52a9-4dbd-bb4b-c8a6b3968a51','damaged_product_items':[{'quantity':1,'image_urls':[]}]}"),
        sample("Update Claim", "PUT", SHOP + "/claims/38fdc365",
            c -> c.claims().update("38fdc365", UpdateClaimRequest.builder().resolutionPreference(ClaimResolutionPreference.REFUND)
                .status(ClaimStatus.PENDING).build()),
            "{'resolution_preference':'refund','status':'pending'}"),
        sample("Create Deal", "POST", "/v1/deals",
            c -> c.deals().create(CreateDealRequest.builder().shopId("89e430df-96ce-4ad0-b869-a7ba3bbdf710")
                .discountId("49c104c1-008b-4f4f-abbc-6958059cb48b").brandImageUrl("string").brandLogoUrl("string").ctaUrl("string")
                .title("string").description("string")
                .addTranslation(DealTranslation.builder().language("de")
                    .values(DealText.builder().title("Titel").description("Beschreibung").ctaUrl("https://shop.example/de").build()).build())
                .rank(0L).build()),
            "{'shop_id':'89e430df-96ce-4ad0-b869-a7ba3bbdf710','discount_id':'49c104c1-008b-4f4f-abbc-6958059cb48b',"
                + "'brand_image_url':'string','brand_logo_url':'string','cta_url':'string','title':'string','description':'string',"
                + "'translations':[{'language':'de','values':{'title':'Titel','description':'Beschreibung','cta_url':'https://shop.example/de'}}],"
                + "'rank':0}"),
        sample("Create Discount", "POST", SHOP + "/discounts",
            c -> c.shop().discounts().create(CreateDiscountRequest.builder().code("KARLA").targetSelection(DiscountTargetSelection.ALL)
                .targetType(DiscountTargetType.LINE_ITEM).title("string").valueType(DiscountValueType.PERCENTAGE)
                .value(new BigDecimal("3.49")).type(DiscountType.PRODUCT).build()),
            "{'code':'KARLA','target_selection':'all','target_type':'line_item','title':'string','value_type':'percentage',"
                + "'value':3.49,'type':'product'}"),
        sample("Update Discount", "PATCH", SHOP + "/discounts/49c104c1",
            c -> c.shop().discounts().update("49c104c1", UpdateDiscountRequest.builder().code("KARLA")
                .targetSelection(DiscountTargetSelection.ALL).targetType(DiscountTargetType.LINE_ITEM).title("string")
                .valueType(DiscountValueType.PERCENTAGE).value(new BigDecimal("3.49")).build()),
            "{'code':'KARLA','target_selection':'all','target_type':'line_item','title':'string','value_type':'percentage','value':3.49}"),
        sample("Place Order", "POST", SHOP + "/orders", c -> c.orders().place(order()), ORDER_JSON),
        sample("Upsert Order", "PUT", SHOP + "/orders",
            c -> c.orders().upsert(UpsertOrderRequest.builder().id("11334422").idType(OrderReferenceType.ORDER_NUMBER)
                .order(order()).addTracking(tracking()).build()),
            "{'id':'11334422','id_type':'order_number','order':" + ORDER_JSON + ",'trackings':[" + TRACKING_JSON + "]}"),
        sample("Fulfill Orders", "PUT", SHOP + "/orders/bulk",
            c -> c.orders().fulfill(List.of(UpsertOrderRequest.builder().id("11334422").idType(OrderReferenceType.ORDER_NUMBER)
                .order(order()).addTracking(tracking()).build())),
            "[{'id':'11334422','id_type':'order_number','order':" + ORDER_JSON + ",'trackings':[" + TRACKING_JSON + "]}]"),
        sample("Update Order", "PATCH", SHOP + "/orders/b4fadda9",
            c -> c.orders().update("b4fadda9", UpdateOrderRequest.builder().address(address()).expectedNumberOfShipments(1L).build()),
            "{'address':" + ADDRESS_JSON + ",'expected_number_of_shipments':1}"),
        sample("Update Order Shipment", "PATCH", SHOP + "/orders/b4fadda9/shipments/095be615",
            c -> c.orders().updateShipment("b4fadda9", "095be615", UpdateShipmentRequest.builder().trackingUrl("string")
                .products(List.of(product())).build()),
            "{'tracking_url':'string','products':[" + PRODUCT_JSON + "]}"),
        sample("Invite User To Org", "POST", "/v1/orgs/acme/members",
            c -> c.organizations().invite("acme", InviteMemberRequest.builder().email("new@example.com").role(UserRole.VIEWER).build()),
            "{'email':'new@example.com','role':'viewer'}"),
        sample("Create New Shipment Event", "POST", SHOP + "/shipments/095be615/events",
            c -> c.shipments().addEvent("095be615", CreateShipmentEventRequest.builder().eventName(ShipmentEventName.IN_DELIVERY)
                .eventTime(t("2021-09-01T00:00:00Z")).externalId("123456").build()),
            "{'event_name':'IN_DELIVERY','event_time':'2021-09-01T00:00:00Z','external_id':'123456'}"),
        sample("Create Shop", "POST", "/v1/shops",
            c -> c.shops().create(CreateShopRequest.builder().name("Karla").description("Karla Shop").organization("string")
                .language(Language.EN).shopProvider(ShopProvider.SHOPWARE).shopAdminUrl("http://example.com").shopFaqUrl("string")
                .shopServiceUrl("string").shopUrl("http://example.com").logoUrl("http://example.com").slug("gokarla")
                .settings(InitialShopSettings.builder().klaviyoTriggersEnabled(false).shopifyTriggersEnabled(false)
                    .carriersEnabled(false).build()).build()),
            "{'name':'Karla','description':'Karla Shop','organization':'string','language':'en','shop_provider':'shopware',"
                + "'shop_admin_url':'http://example.com','shop_faq_url':'string','shop_service_url':'string','shop_url':'http://example.com',"
                + "'logo_url':'http://example.com','slug':'gokarla',"
                + "'settings':{'klaviyo_triggers_enabled':false,'shopify_triggers_enabled':false,'carriers_enabled':false}}"),
        sample("Update Shop", "PATCH", SHOP,
            c -> c.shop().update(UpdateShopRequest.builder().name("Karla").description("Karla Shop").organization("string")
                .language(Language.EN).shopProvider(ShopProvider.SHOPWARE).shopAdminUrl("http://example.com").shopFaqUrl("string")
                .shopServiceUrl("string").shopUrl("http://example.com").logoUrl("http://example.com").build()),
            "{'name':'Karla','description':'Karla Shop','organization':'string','language':'en','shop_provider':'shopware',"
                + "'shop_admin_url':'http://example.com','shop_faq_url':'string','shop_service_url':'string','shop_url':'http://example.com',"
                + "'logo_url':'http://example.com'}"),
        sample("Set Klaviyo Key", "PUT", SHOP + "/keys/klaviyo", c -> c.shop().setKlaviyoKey("stringstringstri"),
            "{'api_key':'stringstringstri'}"),
        sample("Set Shopify Access Token", "PUT", SHOP + "/keys/shopify", c -> c.shop().setShopifyAccessToken("stringstringstri"),
            "{'api_key':'stringstringstri'}"),
        sample("Set Shopware Api Credentials", "PUT", SHOP + "/keys/shopware",
            c -> c.shop().setShopwareCredentials(ShopwareCredentials.builder().clientId("string").clientSecret("string").build()),
            "{'client_id':'string','client_secret':'string'}"),
        sample("Update Shop Carrier Settings", "PUT", SHOP + "/settings/carriers",
            c -> c.shop().settings().updateCarriers(CarrierSettings.builder().shipmentUpdates(true).build()),
            "{'shipment_updates':true}"),
        sample("Update Shop Trigger Settings", "PUT", SHOP + "/settings/triggers",
            c -> c.shop().settings().updateTriggers(TriggerSettings.builder().klaviyo(true).shopify(true).build()),
            "{'klaviyo':true,'shopify':true}"),
        sample("Update Shop Segment Settings", "PUT", SHOP + "/settings/segments",
            c -> c.shop().settings().updateSegments(SegmentSettings.builder().klaviyo(true).build()),
            "{'klaviyo':true}"),
        sample("Create Webhook", "POST", SHOP + "/webhooks",
            c -> c.webhooks().create(CreateWebhookRequest.builder().enabledEvents(List.of("*"))
                .secret("41013bd9-9072-42cd-9902-66da38361be9").description("string").status(WebhookStatus.ACTIVE)
                .url("https://hooks.example.com/karla").build()),
            "{'enabled_events':['*'],'secret':'41013bd9-9072-42cd-9902-66da38361be9','description':'string','status':'active',"
                + "'url':'https://hooks.example.com/karla'}"),
        sample("Update Webhook", "PATCH", SHOP + "/webhooks/7022541c",
            c -> c.webhooks().update("7022541c", UpdateWebhookRequest.builder().description("string").status(WebhookStatus.INACTIVE)
                .url("https://hooks.example.com/karla").build()),
            "{'description':'string','status':'inactive','url':'https://hooks.example.com/karla'}"));
  }

  private static CampaignRequest campaign() {
    return CampaignRequest.builder().enabled(false).name("Q3 Campaign").startDate(t("2024-10-01T00:00:00+00:00"))
        .endDate(t("2024-10-11T00:00:00+00:00")).segment("b2b").promotionType(PromotionType.PRODUCT)
        .promotionProperties(OtherPromotionProperties.of(PromotionType.PRODUCT, Map.of()))
        .discountId("49c104c1-008b-4f4f-abbc-6958059cb48b").build();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("samples")
  void theBodyIsTheReferenceSample(Sample sample, WireMockRuntimeInfo wm) throws Exception {
    stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withHeader("Content-Type", "application/json")
        .withBody("{\"uuid\":\"d1e99924\",\"slug\":\"gokarla\"}")));
    try (KarlaClient client = KarlaClient.builder().baseUrl(wm.getHttpBaseUrl()).username("gokarla").apiKey("k-1234567890")
        .maxRetries(0).build()) {
      sample.call().accept(client);
    }
    List<LoggedRequest> sent = findAll(anyRequestedFor(anyUrl()));
    assertEquals(1, sent.size());
    assertEquals(sample.method(), sent.get(0).getMethod().getName());
    assertEquals(sample.path(), sent.get(0).getUrl());
    assertTrue(sent.get(0).getHeader("Content-Type").startsWith("application/json"));
    assertSame("body", JSON.readTree(sample.body()), JSON.readTree(sent.get(0).getBodyAsString()));
  }

  /** Same field names at every level, values equal; dates as instants, numbers by value. */
  private static void assertSame(String path, JsonNode expected, JsonNode actual) {
    if (expected.isObject()) {
      assertTrue(actual.isObject(), path + " is an object: " + actual);
      assertEquals(new TreeSet<>(names(expected)), new TreeSet<>(names(actual)), path + " field names");
      expected.fields().forEachRemaining(f -> assertSame(path + "." + f.getKey(), f.getValue(), actual.get(f.getKey())));
    } else if (expected.isArray()) {
      assertTrue(actual.isArray(), path + " is an array: " + actual);
      assertEquals(expected.size(), actual.size(), path + " size");
      for (int i = 0; i < expected.size(); i++) {
        assertSame(path + "[" + i + "]", expected.get(i), actual.get(i));
      }
    } else if (expected.isNumber()) {
      assertTrue(actual.isNumber(), path + " is a number: " + actual);
      assertEquals(0, expected.decimalValue().compareTo(actual.decimalValue()), path + ": " + actual);
    } else if (expected.isTextual() && expected.asText().matches("\\d{4}-\\d\\d-\\d\\dT.*")) {
      assertEquals(OffsetDateTime.parse(expected.asText()).toInstant(), OffsetDateTime.parse(actual.asText()).toInstant(), path);
    } else if (!expected.equals(actual)) {
      fail(path + ": expected " + expected + " but was " + actual);
    }
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new java.util.ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
