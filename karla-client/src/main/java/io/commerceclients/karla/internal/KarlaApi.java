package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.retry.Idempotent;
import io.commerceclients.karla.model.announcement.Announcement;
import io.commerceclients.karla.model.announcement.CreateAnnouncementRequest;
import io.commerceclients.karla.model.announcement.UpdateAnnouncementRequest;
import io.commerceclients.karla.model.campaign.AbTest;
import io.commerceclients.karla.model.campaign.Campaign;
import io.commerceclients.karla.model.campaign.CampaignRequest;
import io.commerceclients.karla.model.campaign.CreateAbTestRequest;
import io.commerceclients.karla.model.claim.Claim;
import io.commerceclients.karla.model.claim.CreateClaimRequest;
import io.commerceclients.karla.model.claim.UpdateClaimRequest;
import io.commerceclients.karla.model.discount.CreateDealRequest;
import io.commerceclients.karla.model.discount.CreateDiscountRequest;
import io.commerceclients.karla.model.discount.Deal;
import io.commerceclients.karla.model.discount.Discount;
import io.commerceclients.karla.model.discount.UpdateDiscountRequest;
import io.commerceclients.karla.model.order.CreateShipmentEventRequest;
import io.commerceclients.karla.model.order.Order;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.Shipment;
import io.commerceclients.karla.model.order.UpdateOrderRequest;
import io.commerceclients.karla.model.order.UpdateShipmentRequest;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.model.org.InviteMemberRequest;
import io.commerceclients.karla.model.org.OrgMember;
import io.commerceclients.karla.model.org.Organization;
import io.commerceclients.karla.model.shop.ApiKeyRequest;
import io.commerceclients.karla.model.shop.CarrierSettings;
import io.commerceclients.karla.model.shop.CreateShopRequest;
import io.commerceclients.karla.model.shop.CreateShopifyWebhookRequest;
import io.commerceclients.karla.model.shop.SegmentSettings;
import io.commerceclients.karla.model.shop.Shop;
import io.commerceclients.karla.model.shop.ShopImage;
import io.commerceclients.karla.model.shop.ShopKeys;
import io.commerceclients.karla.model.shop.ShopSettings;
import io.commerceclients.karla.model.shop.ShopifyWebhook;
import io.commerceclients.karla.model.shop.ShopwareCredentials;
import io.commerceclients.karla.model.shop.TriggerSettings;
import io.commerceclients.karla.model.shop.UpdateShopRequest;
import io.commerceclients.karla.model.webhook.CreateWebhookRequest;
import io.commerceclients.karla.model.webhook.UpdateWebhookRequest;
import io.commerceclients.karla.model.webhook.Webhook;
import java.util.List;
import java.util.Map;
import okhttp3.RequestBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.QueryMap;

/**
 * Every Karla operation, one method each, relative to the base URL. Search and list methods take
 * their filters and {@code page}/{@code per_page} as a query map built from the request model.
 *
 * <p>Methods marked <b>provisional</b> use a path that Karla has not published (ENDPOINTS.md lists
 * them as inferred): it is our reading of Karla's naming and may change when confirmed.
 */
interface KarlaApi {

  // ---- Shops ---------------------------------------------------------------------------------

  /** Search Shops: {@code GET /v1/shops}. */
  @GET("v1/shops")
  Call<List<Shop>> searchShops(@QueryMap Map<String, String> query);

  /** Create Shop: {@code POST /v1/shops}. */
  @POST("v1/shops")
  Call<Void> createShop(@Body CreateShopRequest body);

  /** Get Shop Detail: {@code GET /v1/shops/{slug}}. */
  @GET("v1/shops/{slug}")
  Call<Shop> getShop(@Path("slug") String slug);

  /** Update Shop: {@code PATCH /v1/shops/{slug}}. */
  @Idempotent
  @PATCH("v1/shops/{slug}")
  Call<Void> updateShop(@Path("slug") String slug, @Body UpdateShopRequest body);

  /** Delete Shop: {@code DELETE /v1/shops/{slug}}. */
  @DELETE("v1/shops/{slug}")
  Call<Void> deleteShop(@Path("slug") String slug);

  /** Set Klaviyo Key: {@code PUT /v1/shops/{slug}/keys/klaviyo}. */
  @PUT("v1/shops/{slug}/keys/klaviyo")
  Call<Void> setKlaviyoKey(@Path("slug") String slug, @Body ApiKeyRequest body);

  /** Set Shopify Access Token: {@code PUT /v1/shops/{slug}/keys/shopify}. */
  @PUT("v1/shops/{slug}/keys/shopify")
  Call<Void> setShopifyToken(@Path("slug") String slug, @Body ApiKeyRequest body);

  /** Set Shopware Api Credentials: {@code PUT /v1/shops/{slug}/keys/shopware}. */
  @PUT("v1/shops/{slug}/keys/shopware")
  Call<Void> setShopwareCredentials(@Path("slug") String slug, @Body ShopwareCredentials body);

  /** List Keys, <b>provisional</b>: {@code GET /v1/shops/{slug}/keys}. */
  @GET("v1/shops/{slug}/keys")
  Call<ShopKeys> listKeys(@Path("slug") String slug);

  /**
   * Upload Shop Image: {@code POST /v1/shops/{slug}/images/{image_type}}, a multipart body of one
   * part named image, built by {@link ImageParts}.
   */
  @POST("v1/shops/{slug}/images/{image_type}")
  Call<ShopImage> uploadImage(
      @Path("slug") String slug,
      @Path("image_type") String imageType,
      @Body RequestBody image);

  // ---- Shop settings -------------------------------------------------------------------------

  /** Get Shop Settings: {@code GET /v1/shops/{slug}/settings}. */
  @GET("v1/shops/{slug}/settings")
  Call<ShopSettings> getSettings(@Path("slug") String slug);

  /** Update Shop Carrier Settings, method <b>provisional</b>: {@code PUT .../settings/carriers}. */
  @PUT("v1/shops/{slug}/settings/carriers")
  Call<CarrierSettings> updateCarrierSettings(
      @Path("slug") String slug, @Body CarrierSettings body);

  /** Update Shop Trigger Settings, method <b>provisional</b>: {@code PUT .../settings/triggers}. */
  @PUT("v1/shops/{slug}/settings/triggers")
  Call<TriggerSettings> updateTriggerSettings(
      @Path("slug") String slug, @Body TriggerSettings body);

  /** Update Shop Segment Settings, <b>provisional</b>: {@code PUT .../settings/segments}. */
  @PUT("v1/shops/{slug}/settings/segments")
  Call<SegmentSettings> updateSegmentSettings(
      @Path("slug") String slug, @Body SegmentSettings body);

  // ---- Shopify webhooks ----------------------------------------------------------------------

  /** Search Shopify Webhooks: {@code GET /v1/shops/{slug}/shopify/webhooks}. */
  @GET("v1/shops/{slug}/shopify/webhooks")
  Call<List<ShopifyWebhook>> searchShopifyWebhooks(
      @Path("slug") String slug, @QueryMap Map<String, String> query);

  /** Create Shopify Webhook: {@code POST /v1/shops/{slug}/shopify/webhooks}. */
  @POST("v1/shops/{slug}/shopify/webhooks")
  Call<ShopifyWebhook> createShopifyWebhook(
      @Path("slug") String slug, @Body CreateShopifyWebhookRequest body);

  /** Get Shopify Webhook By Uuid: {@code GET /v1/shops/{slug}/shopify/webhooks/{uuid}}. */
  @GET("v1/shops/{slug}/shopify/webhooks/{uuid}")
  Call<ShopifyWebhook> getShopifyWebhook(@Path("slug") String slug, @Path("uuid") String uuid);

  /** Delete Shopify Webhook By Uuid: {@code DELETE /v1/shops/{slug}/shopify/webhooks/{uuid}}. */
  @DELETE("v1/shops/{slug}/shopify/webhooks/{uuid}")
  Call<Void> deleteShopifyWebhook(@Path("slug") String slug, @Path("uuid") String uuid);

  /** Get Shopify Webhook By Type, <b>provisional</b>: {@code GET .../shopify/webhooks/type/{type}}. */
  @GET("v1/shops/{slug}/shopify/webhooks/type/{webhook_type}")
  Call<ShopifyWebhook> getShopifyWebhookByType(
      @Path("slug") String slug, @Path("webhook_type") String webhookType);

  /** Delete Shopify Webhook By Type, <b>provisional</b>: {@code DELETE .../webhooks/type/{type}}. */
  @DELETE("v1/shops/{slug}/shopify/webhooks/type/{webhook_type}")
  Call<Void> deleteShopifyWebhookByType(
      @Path("slug") String slug, @Path("webhook_type") String webhookType);

  // ---- Webhooks ------------------------------------------------------------------------------

  /** Search Webhooks: {@code GET /v1/shops/{slug}/webhooks}. */
  @GET("v1/shops/{slug}/webhooks")
  Call<List<Webhook>> searchWebhooks(
      @Path("slug") String slug, @QueryMap Map<String, String> query);

  /** Create Webhook: {@code POST /v1/shops/{slug}/webhooks}; the answer carries the secret. */
  @POST("v1/shops/{slug}/webhooks")
  Call<Webhook> createWebhook(@Path("slug") String slug, @Body CreateWebhookRequest body);

  /** Update Webhook: {@code PATCH /v1/shops/{slug}/webhooks/{uuid}}. */
  @Idempotent
  @PATCH("v1/shops/{slug}/webhooks/{uuid}")
  Call<Void> updateWebhook(
      @Path("slug") String slug, @Path("uuid") String uuid, @Body UpdateWebhookRequest body);

  /** Delete Webhook: {@code DELETE /v1/shops/{slug}/webhooks/{uuid}}. */
  @DELETE("v1/shops/{slug}/webhooks/{uuid}")
  Call<Void> deleteWebhook(@Path("slug") String slug, @Path("uuid") String uuid);

  // ---- Orders --------------------------------------------------------------------------------

  /** Search Orders: {@code GET /v1/shops/{slug}/orders}. */
  @GET("v1/shops/{slug}/orders")
  Call<List<Order>> searchOrders(@Path("slug") String slug, @QueryMap Map<String, String> query);

  /** Place Order: {@code POST /v1/shops/{slug}/orders}. */
  @POST("v1/shops/{slug}/orders")
  Call<Void> placeOrder(@Path("slug") String slug, @Body PlaceOrderRequest body);

  /** Upsert Order: {@code PUT /v1/shops/{slug}/orders}. */
  @PUT("v1/shops/{slug}/orders")
  Call<Void> upsertOrder(@Path("slug") String slug, @Body UpsertOrderRequest body);

  /** Fulfill Orders in bulk: {@code PUT /v1/shops/{slug}/orders/bulk}, a JSON array body. */
  @PUT("v1/shops/{slug}/orders/bulk")
  Call<Void> fulfillOrders(@Path("slug") String slug, @Body List<UpsertOrderRequest> body);

  /** Update Order: {@code PATCH /v1/shops/{slug}/orders/{order_id}}. */
  @Idempotent
  @PATCH("v1/shops/{slug}/orders/{order_id}")
  Call<Order> updateOrder(
      @Path("slug") String slug, @Path("order_id") String orderId, @Body UpdateOrderRequest body);

  /** Update Order Shipment: {@code PATCH .../orders/{order_id}/shipments/{shipment_id}}. */
  @Idempotent
  @PATCH("v1/shops/{slug}/orders/{order_id}/shipments/{shipment_id}")
  Call<Shipment> updateShipment(
      @Path("slug") String slug,
      @Path("order_id") String orderId,
      @Path("shipment_id") String shipmentId,
      @Body UpdateShipmentRequest body);

  // ---- Shipments -----------------------------------------------------------------------------

  /** Create New Shipment Event: {@code POST /v1/shops/{slug}/shipments/{shipment_id}/events}. */
  @POST("v1/shops/{slug}/shipments/{shipment_id}/events")
  Call<Void> createShipmentEvent(
      @Path("slug") String slug,
      @Path("shipment_id") String shipmentId,
      @Body CreateShipmentEventRequest body);

  // ---- Claims --------------------------------------------------------------------------------

  /** Search Claims: {@code GET /v1/shops/{slug}/claims}. */
  @GET("v1/shops/{slug}/claims")
  Call<List<Claim>> searchClaims(@Path("slug") String slug, @QueryMap Map<String, String> query);

  /** Create Claim: {@code POST /v1/shops/{slug}/claims}. */
  @POST("v1/shops/{slug}/claims")
  Call<Claim> createClaim(@Path("slug") String slug, @Body CreateClaimRequest body);

  /** Update Claim: {@code PUT /v1/shops/{slug}/claims/{uuid}}. */
  @PUT("v1/shops/{slug}/claims/{uuid}")
  Call<Claim> updateClaim(
      @Path("slug") String slug, @Path("uuid") String uuid, @Body UpdateClaimRequest body);

  /** Delete Claim: {@code DELETE /v1/shops/{slug}/claims/{uuid}}. */
  @DELETE("v1/shops/{slug}/claims/{uuid}")
  Call<Void> deleteClaim(@Path("slug") String slug, @Path("uuid") String uuid);

  // ---- Campaigns -----------------------------------------------------------------------------

  /** Search Campaigns: {@code GET /v1/shops/{slug}/campaigns}. */
  @GET("v1/shops/{slug}/campaigns")
  Call<List<Campaign>> searchCampaigns(
      @Path("slug") String slug, @QueryMap Map<String, String> query);

  /** Create Campaign: {@code POST /v1/shops/{slug}/campaigns}. */
  @POST("v1/shops/{slug}/campaigns")
  Call<Campaign> createCampaign(@Path("slug") String slug, @Body CampaignRequest body);

  /** Update Campaign (all fields): {@code PUT /v1/shops/{slug}/campaigns/{uuid}}. */
  @PUT("v1/shops/{slug}/campaigns/{uuid}")
  Call<Campaign> updateCampaign(
      @Path("slug") String slug, @Path("uuid") String uuid, @Body CampaignRequest body);

  /** Delete Campaign: {@code DELETE /v1/shops/{slug}/campaigns/{uuid}}. */
  @DELETE("v1/shops/{slug}/campaigns/{uuid}")
  Call<Void> deleteCampaign(@Path("slug") String slug, @Path("uuid") String uuid);

  /** Get Campaign By Order Number, <b>provisional</b>: {@code GET .../campaigns/orders/{number}}. */
  @GET("v1/shops/{slug}/campaigns/orders/{order_number}")
  Call<Campaign> getCampaignByOrderNumber(
      @Path("slug") String slug, @Path("order_number") String orderNumber);

  // ---- A/B tests -----------------------------------------------------------------------------

  /** List Ab Tests, <b>provisional</b>: {@code GET /v1/shops/{slug}/ab-tests}. */
  @GET("v1/shops/{slug}/ab-tests")
  Call<List<AbTest>> listAbTests(@Path("slug") String slug, @QueryMap Map<String, String> query);

  /** Create Ab Test, <b>provisional</b>: {@code POST /v1/shops/{slug}/ab-tests}. */
  @POST("v1/shops/{slug}/ab-tests")
  Call<AbTest> createAbTest(@Path("slug") String slug, @Body CreateAbTestRequest body);

  /** Get Ab Test, <b>provisional</b>: {@code GET /v1/shops/{slug}/ab-tests/{uuid}}. */
  @GET("v1/shops/{slug}/ab-tests/{uuid}")
  Call<AbTest> getAbTest(@Path("slug") String slug, @Path("uuid") String uuid);

  /** End Ab Test, <b>provisional</b>: {@code POST /v1/shops/{slug}/ab-tests/{uuid}/end}. */
  @Idempotent
  @POST("v1/shops/{slug}/ab-tests/{uuid}/end")
  Call<AbTest> endAbTest(@Path("slug") String slug, @Path("uuid") String uuid);

  // ---- Announcements -------------------------------------------------------------------------

  /** Search Announcements: {@code GET /v1/shops/{slug}/announcements}. */
  @GET("v1/shops/{slug}/announcements")
  Call<List<Announcement>> searchAnnouncements(
      @Path("slug") String slug, @QueryMap Map<String, String> query);

  /** Create Announcement: {@code POST /v1/shops/{slug}/announcements}. */
  @POST("v1/shops/{slug}/announcements")
  Call<Void> createAnnouncement(
      @Path("slug") String slug, @Body CreateAnnouncementRequest body);

  /** Update Announcement: {@code PATCH /v1/shops/{slug}/announcements/{uuid}}. */
  @Idempotent
  @PATCH("v1/shops/{slug}/announcements/{uuid}")
  Call<Void> updateAnnouncement(
      @Path("slug") String slug, @Path("uuid") String uuid, @Body UpdateAnnouncementRequest body);

  /** Delete Announcement: {@code DELETE /v1/shops/{slug}/announcements/{uuid}}. */
  @DELETE("v1/shops/{slug}/announcements/{uuid}")
  Call<Void> deleteAnnouncement(@Path("slug") String slug, @Path("uuid") String uuid);

  // ---- Discounts -----------------------------------------------------------------------------

  /** Search Discounts: {@code GET /v1/shops/{slug}/discounts}. */
  @GET("v1/shops/{slug}/discounts")
  Call<List<Discount>> searchDiscounts(
      @Path("slug") String slug, @QueryMap Map<String, String> query);

  /** Create Discount: {@code POST /v1/shops/{slug}/discounts}. */
  @POST("v1/shops/{slug}/discounts")
  Call<Void> createDiscount(@Path("slug") String slug, @Body CreateDiscountRequest body);

  /** Update Discount: {@code PATCH /v1/shops/{slug}/discounts/{uuid}}. */
  @Idempotent
  @PATCH("v1/shops/{slug}/discounts/{uuid}")
  Call<Void> updateDiscount(
      @Path("slug") String slug, @Path("uuid") String uuid, @Body UpdateDiscountRequest body);

  /** Delete Discount: {@code DELETE /v1/shops/{slug}/discounts/{uuid}}. */
  @DELETE("v1/shops/{slug}/discounts/{uuid}")
  Call<Void> deleteDiscount(@Path("slug") String slug, @Path("uuid") String uuid);

  // ---- Deals ---------------------------------------------------------------------------------

  /** List Deals, <b>provisional</b> (no shop slug in the reference): {@code GET /v1/deals}. */
  @GET("v1/deals")
  Call<List<Deal>> listDeals(@QueryMap Map<String, String> query);

  /** Create Deal, <b>provisional</b>: {@code POST /v1/deals}. */
  @POST("v1/deals")
  Call<Void> createDeal(@Body CreateDealRequest body);

  // ---- Organizations -------------------------------------------------------------------------

  /** Get Org, <b>provisional</b>: {@code GET /v1/orgs/{slug}}. */
  @GET("v1/orgs/{slug}")
  Call<Organization> getOrganization(@Path("slug") String slug);

  /** Search Org Members: {@code GET /v1/orgs/{slug}/members}. */
  @GET("v1/orgs/{slug}/members")
  Call<List<OrgMember>> searchMembers(
      @Path("slug") String slug, @QueryMap Map<String, String> query);

  /** Invite User To Org, <b>provisional</b>: {@code POST /v1/orgs/{slug}/members}. */
  @POST("v1/orgs/{slug}/members")
  Call<Void> inviteMember(@Path("slug") String slug, @Body InviteMemberRequest body);
}
