package io.commerceclients.karla.shop;

import io.commerceclients.karla.model.shop.CarrierSettings;
import io.commerceclients.karla.model.shop.SegmentSettings;
import io.commerceclients.karla.model.shop.ShopSettings;
import io.commerceclients.karla.model.shop.TriggerSettings;
import java.util.concurrent.CompletableFuture;

/**
 * The asynchronous twin of {@link ShopSettingsService}: futures that fail with the exceptions the
 * blocking methods throw; cancelling one cancels its request.
 */
public interface ShopSettingsServiceAsync {

  /** Returns all settings of the shop; as {@link ShopSettingsService#get}. */
  CompletableFuture<ShopSettings> get();

  /** Updates the carrier settings and returns them; as {@link ShopSettingsService#updateCarriers}. */
  CompletableFuture<CarrierSettings> updateCarriers(CarrierSettings settings);

  /** Updates the trigger settings and returns them; as {@link ShopSettingsService#updateTriggers}. */
  CompletableFuture<TriggerSettings> updateTriggers(TriggerSettings settings);

  /** Updates the segment settings and returns them; as {@link ShopSettingsService#updateSegments}. */
  CompletableFuture<SegmentSettings> updateSegments(SegmentSettings settings);
}
