package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.karla.model.shop.ApiKeyRequest;
import io.commerceclients.karla.model.shop.ImageType;
import io.commerceclients.karla.model.shop.Shop;
import io.commerceclients.karla.model.shop.ShopImage;
import io.commerceclients.karla.model.shop.ShopKeys;
import io.commerceclients.karla.model.shop.ShopwareCredentials;
import io.commerceclients.karla.model.shop.UpdateShopRequest;
import io.commerceclients.karla.shop.ImageUpload;
import retrofit2.Call;

/** The operations on one shop itself, run by {@link DefaultKarlaShop} and {@link DefaultKarlaShopAsync}. */
final class ShopCalls extends ShopScoped {

  ShopCalls(KarlaApi api, String slug) {
    super(api, slug);
  }

  Call<Shop> get() {
    return api.getShop(slug);
  }

  Call<Void> update(UpdateShopRequest request) {
    Check.required(request, "request");
    Validation.shop(request);
    return api.updateShop(slug, request);
  }

  Call<Void> delete() {
    return api.deleteShop(slug);
  }

  Call<Void> setKlaviyoKey(String apiKey) {
    Validation.integrationKey(apiKey, "apiKey");
    return api.setKlaviyoKey(slug, ApiKeyRequest.builder().apiKey(apiKey).build());
  }

  Call<Void> setShopifyAccessToken(String accessToken) {
    Validation.integrationKey(accessToken, "accessToken");
    return api.setShopifyToken(slug, ApiKeyRequest.builder().apiKey(accessToken).build());
  }

  Call<Void> setShopwareCredentials(ShopwareCredentials credentials) {
    Check.required(credentials, "credentials");
    Check.notBlank(credentials.clientId(), "clientId");
    return api.setShopwareCredentials(slug, credentials);
  }

  Call<ShopKeys> keys() {
    return api.listKeys(slug);
  }

  Call<ShopImage> uploadImage(ImageType type, ImageUpload image) {
    Check.required(type, "type");
    Check.pathSegment(type.value(), "type");
    Check.required(image, "image");
    return api.uploadImage(slug, type.value(), ImageParts.of(image));
  }
}
