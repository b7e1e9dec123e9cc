package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.karla.model.Address;
import io.commerceclients.karla.model.BundledProduct;
import io.commerceclients.karla.model.Product;
import io.commerceclients.karla.model.ProductImage;
import io.commerceclients.karla.model.campaign.AbTestCampaign;
import io.commerceclients.karla.model.campaign.BannerPromotionProperties;
import io.commerceclients.karla.model.campaign.BasicPromotionProperties;
import io.commerceclients.karla.model.campaign.CampaignRequest;
import io.commerceclients.karla.model.campaign.CreateAbTestRequest;
import io.commerceclients.karla.model.campaign.ProductPromotionProperties;
import io.commerceclients.karla.model.campaign.ProductRecommendation;
import io.commerceclients.karla.model.campaign.ProductRecommendationTranslation;
import io.commerceclients.karla.model.campaign.PromotionProperties;
import io.commerceclients.karla.model.campaign.PromotionTranslation;
import io.commerceclients.karla.model.claim.ClaimItem;
import io.commerceclients.karla.model.claim.CreateClaimRequest;
import io.commerceclients.karla.model.order.OrderDiscount;
import io.commerceclients.karla.model.order.OrderTracking;
import io.commerceclients.karla.model.order.PlaceOrderRequest;
import io.commerceclients.karla.model.order.UpsertOrderRequest;
import io.commerceclients.karla.model.shop.CreateShopRequest;
import io.commerceclients.karla.model.shop.UpdateShopRequest;
import io.commerceclients.karla.model.webhook.CreateWebhookRequest;
import io.commerceclients.karla.model.webhook.UpdateWebhookRequest;
import io.commerceclients.karla.model.webhook.WebhookSearchRequest;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** The limits Karla documents, checked before a request is sent. */
final class Validation {

  static final int MAX_SHIPMENTS = 100;
  static final int MAX_URL = 65536;

  private Validation() {}

  static void shop(CreateShopRequest request) {
    Check.notBlank(request.name(), "name");
    Check.notBlank(request.slug(), "slug");
    urls(request.shopAdminUrl(), request.shopUrl(), request.logoUrl());
  }

  static void shop(UpdateShopRequest request) {
    urls(request.shopAdminUrl(), request.shopUrl(), request.logoUrl());
  }

  private static void urls(Optional<String> admin, Optional<String> shop, Optional<String> logo) {
    url(admin.orElse(null), "shopAdminUrl");
    url(shop.orElse(null), "shopUrl");
    url(logo.orElse(null), "logoUrl");
  }

  static void url(String value, String field) {
    Check.length(value, 1, MAX_URL, field);
    Check.httpUrl(value, field);
  }

  static void integrationKey(String key, String field) {
    Check.required(key, field);
    Check.length(key, 16, 128, field);
  }

  static void webhook(CreateWebhookRequest request) {
    Check.notBlank(request.url(), "url");
    url(request.url(), "url");
    Check.length(request.secret().orElse(null), 16, 64, "secret");
  }

  static void webhook(UpdateWebhookRequest request) {
    url(request.url().orElse(null), "url");
  }

  /** Checks a search's {@code url} filter, a {@code string <uri>} of 1..65536 characters like the webhook's own. */
  static void webhook(@Nullable WebhookSearchRequest request) {
    if (request != null) {
      url(request.url().orElse(null), "url");
    }
  }

  static void placement(PlaceOrderRequest order, String prefix) {
    Check.notBlank(order.orderNumber(), prefix + "orderNumber");
    Check.notBlank(order.externalId(), prefix + "externalId");
    address(order.address(), prefix + "address");
    order.expectedNumberOfShipments()
        .ifPresent(n -> Check.that(n <= MAX_SHIPMENTS, prefix + "expectedNumberOfShipments",
            "must be at most " + MAX_SHIPMENTS + ", got " + n));
    products(order.products(), prefix + "products");
    List<OrderDiscount> discounts = order.discounts();
    for (int i = 0; i < discounts.size(); i++) {
      Check.that(discounts.get(i).code().isPresent(), Check.item(prefix + "discounts", i, "code"), "is required");
    }
  }

  static void shipments(Optional<Long> expected) {
    expected.ifPresent(n -> Check.that(n <= MAX_SHIPMENTS, "expectedNumberOfShipments",
        "must be at most " + MAX_SHIPMENTS + ", got " + n));
  }

  private static void address(Address address, String field) {
    Check.that(address.zipCode().filter(z -> !z.isBlank()).isPresent(), field + ".zipCode",
        "is required when placing an order");
  }

  static void products(List<Product> products, String field) {
    for (int i = 0; i < products.size(); i++) {
      Product product = products.get(i);
      images(product.images(), Check.item(field, i, "images"));
      List<BundledProduct> bundled = product.bundledProducts();
      for (int j = 0; j < bundled.size(); j++) {
        images(bundled.get(j).images(), Check.item(Check.item(field, i, "bundledProducts"), j, "images"));
      }
    }
  }

  private static void images(List<ProductImage> images, String field) {
    for (int i = 0; i < images.size(); i++) {
      Check.that(images.get(i).src().isPresent(), Check.item(field, i, "src"), "is required");
    }
  }

  static void upsert(UpsertOrderRequest request, String prefix) {
    Check.notBlank(request.id(), prefix + "id");
    request.order().ifPresent(order -> placement(order, prefix + "order."));
    List<OrderTracking> trackings = request.trackings();
    for (int i = 0; i < trackings.size(); i++) {
      OrderTracking tracking = trackings.get(i);
      Check.notBlank(tracking.trackingNumber(), Check.item(prefix + "trackings", i, "trackingNumber"));
      products(tracking.products(), Check.item(prefix + "trackings", i, "products"));
    }
  }

  static void claim(CreateClaimRequest request) {
    items(request.selectedItems(), "selectedItems");
    items(request.damagedProductItems(), "damagedProductItems");
  }

  private static void items(List<ClaimItem> items, String field) {
    for (int i = 0; i < items.size(); i++) {
      Check.that(items.get(i).quantity().isPresent(), Check.item(field, i, "quantity"), "is required");
    }
  }

  static void campaign(CampaignRequest request) {
    Check.notBlank(request.name(), "name");
    Check.notBlank(request.segment(), "segment");
    promotion(request.promotionProperties(), "promotionProperties");
  }

  /** Checks the required fields of typed properties; those of a type this SDK does not know are sent as given. */
  private static void promotion(PromotionProperties properties, String field) {
    if (properties instanceof ProductPromotionProperties product) {
      recommendations(product.products(), field + ".products");
      translations(product.translations(), field + ".translations", PromotionTranslation::language,
          PromotionTranslation::values);
    } else if (properties instanceof BasicPromotionProperties basic) {
      translations(basic.translations(), field + ".translations", PromotionTranslation::language,
          PromotionTranslation::values);
    } else if (properties instanceof BannerPromotionProperties banner) {
      translations(banner.translations(), field + ".translations", PromotionTranslation::language,
          PromotionTranslation::values);
    }
  }

  private static void recommendations(List<ProductRecommendation> products, String field) {
    for (int i = 0; i < products.size(); i++) {
      ProductRecommendation product = products.get(i);
      Check.that(product.productUrl().isPresent(), Check.item(field, i, "productUrl"), "is required");
      Check.that(product.currency().isPresent(), Check.item(field, i, "currency"), "is required");
      String discount = Check.item(field, i, "discount");
      product.discount().ifPresent(d -> {
        Check.that(d.category().isPresent(), discount + ".category", "is required");
        Check.that(d.amount().isPresent(), discount + ".amount", "is required");
      });
      translations(product.translations(), Check.item(field, i, "translations"),
          ProductRecommendationTranslation::language, ProductRecommendationTranslation::values);
    }
  }

  private static <T> void translations(List<T> translations, String field,
      Function<T, Optional<String>> language, Function<T, Optional<?>> values) {
    for (int i = 0; i < translations.size(); i++) {
      T translation = translations.get(i);
      Check.that(language.apply(translation).isPresent(), Check.item(field, i, "language"), "is required");
      Check.that(values.apply(translation).isPresent(), Check.item(field, i, "values"), "is required");
    }
  }

  static void abTest(CreateAbTestRequest request) {
    Check.notBlank(request.name(), "name");
    Check.notBlank(request.segment(), "segment");
    request.holdoutPercentage().ifPresent(p -> Check.inRange(p, 0, 100, "holdoutPercentage"));
    List<AbTestCampaign> campaigns = request.campaigns();
    for (int i = 0; i < campaigns.size(); i++) {
      AbTestCampaign campaign = campaigns.get(i);
      Check.that(campaign.campaignId().filter(id -> !id.isBlank()).isPresent(),
          Check.item("campaigns", i, "campaignId"), "is required");
      final int index = i;
      campaign.allocation().ifPresent(a -> Check.inRange(a, 0, 100, Check.item("campaigns", index, "allocation")));
    }
  }
}
