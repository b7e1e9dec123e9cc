package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.karla.model.shop.CarrierSettings;
import io.commerceclients.karla.model.shop.SegmentSettings;
import io.commerceclients.karla.model.shop.ShopSettings;
import io.commerceclients.karla.model.shop.TriggerSettings;
import io.commerceclients.karla.shop.ShopSettingsService;

/** Runs the {@link ShopSettingsCalls} blocking. */
final class ShopSettingsImpl implements ShopSettingsService {

  private final ApiTransport transport;
  private final ShopSettingsCalls calls;

  ShopSettingsImpl(ApiTransport transport, KarlaApi api, String slug) {
    this.transport = transport;
    this.calls = new ShopSettingsCalls(api, slug);
  }

  @Override
  public ShopSettings get() {
    return transport.execute(calls.get());
  }

  @Override
  public CarrierSettings updateCarriers(CarrierSettings settings) {
    return transport.execute(calls.updateCarriers(settings));
  }

  @Override
  public TriggerSettings updateTriggers(TriggerSettings settings) {
    return transport.execute(calls.updateTriggers(settings));
  }

  @Override
  public SegmentSettings updateSegments(SegmentSettings settings) {
    return transport.execute(calls.updateSegments(settings));
  }
}
