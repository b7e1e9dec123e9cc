package io.commerceclients.karla.internal;

import io.commerceclients.core.internal.http.ApiTransport;
import io.commerceclients.core.internal.http.Async;
import io.commerceclients.karla.model.shop.CarrierSettings;
import io.commerceclients.karla.model.shop.SegmentSettings;
import io.commerceclients.karla.model.shop.ShopSettings;
import io.commerceclients.karla.model.shop.TriggerSettings;
import io.commerceclients.karla.shop.ShopSettingsServiceAsync;
import java.util.concurrent.CompletableFuture;

/** Runs the {@link ShopSettingsCalls} asynchronously. */
final class ShopSettingsAsyncImpl implements ShopSettingsServiceAsync {

  private final ApiTransport transport;
  private final ShopSettingsCalls calls;

  ShopSettingsAsyncImpl(ApiTransport transport, KarlaApi api, String slug) {
    this.transport = transport;
    this.calls = new ShopSettingsCalls(api, slug);
  }

  @Override
  public CompletableFuture<ShopSettings> get() {
    return Async.supply(() -> transport.executeAsync(calls.get()));
  }

  @Override
  public CompletableFuture<CarrierSettings> updateCarriers(CarrierSettings settings) {
    return Async.supply(() -> transport.executeAsync(calls.updateCarriers(settings)));
  }

  @Override
  public CompletableFuture<TriggerSettings> updateTriggers(TriggerSettings settings) {
    return Async.supply(() -> transport.executeAsync(calls.updateTriggers(settings)));
  }

  @Override
  public CompletableFuture<SegmentSettings> updateSegments(SegmentSettings settings) {
    return Async.supply(() -> transport.executeAsync(calls.updateSegments(settings)));
  }
}
