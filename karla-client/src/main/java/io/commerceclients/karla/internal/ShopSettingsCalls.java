package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.validation.Check;
import io.commerceclients.karla.model.shop.CarrierSettings;
import io.commerceclients.karla.model.shop.SegmentSettings;
import io.commerceclients.karla.model.shop.ShopSettings;
import io.commerceclients.karla.model.shop.TriggerSettings;
import retrofit2.Call;

/** The settings operations of one shop, run by {@link ShopSettingsImpl} and {@link ShopSettingsAsyncImpl}. */
final class ShopSettingsCalls extends ShopScoped {

  ShopSettingsCalls(KarlaApi api, String slug) {
    super(api, slug);
  }

  Call<ShopSettings> get() {
    return api.getSettings(slug);
  }

  Call<CarrierSettings> updateCarriers(CarrierSettings settings) {
    return api.updateCarrierSettings(slug, Check.required(settings, "settings"));
  }

  Call<TriggerSettings> updateTriggers(TriggerSettings settings) {
    return api.updateTriggerSettings(slug, Check.required(settings, "settings"));
  }

  Call<SegmentSettings> updateSegments(SegmentSettings settings) {
    return api.updateSegmentSettings(slug, Check.required(settings, "settings"));
  }
}
