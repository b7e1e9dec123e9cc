package io.commerceclients.karla.contract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.karla.model.announcement.AnnouncementSearchRequest;
import io.commerceclients.karla.model.announcement.CreateAnnouncementRequest;
import io.commerceclients.karla.model.announcement.UpdateAnnouncementRequest;
import io.commerceclients.karla.model.campaign.CampaignRequest;
import io.commerceclients.karla.model.campaign.CreateAbTestRequest;
import io.commerceclients.karla.model.claim.CreateClaimRequest;
import io.commerceclients.karla.model.claim.UpdateClaimRequest;
import io.commerceclients.karla.model.discount.CreateDealRequest;
import io.commerceclients.karla.model.discount.CreateDiscountRequest;
import io.commerceclients.karla.model.discount.UpdateDiscountRequest;
import io.commerceclients.karla.model.order.CreateShipmentEventRequest;
import io.commerceclients.karla.model.order.OrderTracking;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.UpdateOrderRequest;
import io.commerceclients.karla.model.order.UpdateShipmentRequest;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.model.org.InviteMemberRequest;
import io.commerceclients.karla.model.shop.CarrierSettings;
import io.commerceclients.karla.model.shop.CreateShopRequest;
import io.commerceclients.karla.model.shop.SegmentSettings;
import io.commerceclients.karla.model.shop.ShopwareCredentials;
import io.commerceclients.karla.model.shop.TriggerSettings;
import io.commerceclients.karla.model.shop.UpdateShopRequest;
import io.commerceclients.karla.model.webhook.CreateWebhookRequest;
import io.commerceclients.karla.model.webhook.UpdateWebhookRequest;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The request bodies of Karla's reference and the fields it marks required: an empty builder of each
 * request model refuses to build and names exactly those fields (in their Java names), so a required
 * field can neither be forgotten by a caller nor turned optional by a change; a body whose fields are
 * all optional builds empty.
 */
class KarlaRequiredRequestFieldsTest {

  /** A request model and the fields the reference marks required (lists, always sent, are not counted). */
  record Body(Class<?> model, Set<String> required) {
    @Override
    public String toString() {
      return model.getSimpleName() + " " + required;
    }
  }

  static Stream<Body> bodies() {
    return Stream.of(
        new Body(CreateAbTestRequest.class, Set.of("name", "segment", "campaignType", "startDate", "endDate")),
        new Body(CreateAnnouncementRequest.class, Set.of("text", "language")),
        new Body(AnnouncementSearchRequest.class, Set.of("uuid", "text")),
        new Body(CampaignRequest.class, Set.of("name", "segment", "promotionProperties")),
        new Body(CreateClaimRequest.class, Set.of("reason")),
        new Body(CreateDealRequest.class, Set.of("shopId", "discountId")),
        new Body(CreateDiscountRequest.class, Set.of("type")),
        new Body(PlaceOrderRequest.class, Set.of("orderNumber", "externalId", "address")),
        new Body(UpsertOrderRequest.class, Set.of("id")),
        new Body(OrderTracking.class, Set.of("trackingNumber")),
        new Body(CreateShipmentEventRequest.class, Set.of("eventName", "eventTime", "externalId")),
        new Body(InviteMemberRequest.class, Set.of("email", "role")),
        new Body(CreateShopRequest.class, Set.of("name", "slug")),
        new Body(ShopwareCredentials.class, Set.of("clientId")),
        new Body(CreateWebhookRequest.class, Set.of("url")),
        new Body(UpdateAnnouncementRequest.class, Set.of()),
        new Body(UpdateClaimRequest.class, Set.of()),
        new Body(UpdateDiscountRequest.class, Set.of()),
        new Body(UpdateOrderRequest.class, Set.of()),
        new Body(UpdateShipmentRequest.class, Set.of()),
        new Body(UpdateShopRequest.class, Set.of()),
        new Body(UpdateWebhookRequest.class, Set.of()),
        new Body(CarrierSettings.class, Set.of()),
        new Body(TriggerSettings.class, Set.of()),
        new Body(SegmentSettings.class, Set.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("bodies")
  void anEmptyBuilderNamesExactlyTheRequiredFields(Body body) throws Exception {
    Object builder = body.model().getMethod("builder").invoke(null);
    Method build = builder.getClass().getMethod("build");
    if (body.required().isEmpty()) {
      assertTrue(body.model().isInstance(build.invoke(builder)));
      return;
    }
    InvocationTargetException thrown = assertThrows(InvocationTargetException.class, () -> build.invoke(builder));
    String message = String.valueOf(thrown.getCause().getMessage());
    assertTrue(message.contains(body.model().getSimpleName()), message);
    String listed = message.substring(message.lastIndexOf('[') + 1, message.lastIndexOf(']'));
    assertEquals(new TreeSet<>(body.required()),
        Arrays.stream(listed.split(",")).map(String::trim).collect(Collectors.toCollection(TreeSet::new)), message);
  }
}
