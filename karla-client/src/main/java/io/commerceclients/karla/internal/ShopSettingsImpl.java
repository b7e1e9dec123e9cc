package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.karla.model.shop.CarrierSettings;
import io.commerceclients.karla.model.shop.SegmentSettings;
import io.commerceclients.karla.model.shop.ShopSettings;
import io.commerceclients.karla.model.shop.TriggerSettings;
import io.commerceclients.karla.shop.ShopSettingsService;

final class ShopSettingsImpl extends ShopScoped implements ShopSettingsService {

  ShopSettingsImpl(ApiTransport transport, KarlaApi api, String slug) {
    super(transport, api, slug);
  }

  @Override
  public ShopSettings get() {
    return transport.execute(api.getSettings(slug));
  }

  @Override
  public CarrierSettings updateCarriers(CarrierSettings settings) {
    return transport.execute(api.updateCarrierSettings(slug, settings));
  }

  @Override
  public TriggerSettings updateTriggers(TriggerSettings settings) {
    return transport.execute(api.updateTriggerSettings(slug, settings));
  }

  @Override
  public SegmentSettings updateSegments(SegmentSettings settings) {
    return transport.execute(api.updateSegmentSettings(slug, settings));
  }
}
