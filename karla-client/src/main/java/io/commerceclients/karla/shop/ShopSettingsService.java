package io.commerceclients.karla.shop;

import io.commerceclients.karla.model.shop.CarrierSettings;
import io.commerceclients.karla.model.shop.SegmentSettings;
import io.commerceclients.karla.model.shop.ShopSettings;
import io.commerceclients.karla.model.shop.TriggerSettings;

/** The settings of one shop. */
public interface ShopSettingsService {

  /**
   * Returns all settings of the shop.
   *
   * @throws io.commerceclients.core.error.ApiException if Karla answers an error
   */
  ShopSettings get();

  /**
   * Updates the carrier settings (absent fields unchanged) and returns them.
   *
   * @throws io.commerceclients.core.error.ApiException if Karla answers an error
   */
  CarrierSettings updateCarriers(CarrierSettings settings);

  /**
   * Updates the trigger settings (absent fields unchanged) and returns them.
   *
   * @throws io.commerceclients.core.error.ApiException if Karla answers an error
   */
  TriggerSettings updateTriggers(TriggerSettings settings);

  /**
   * Updates the segment settings (absent fields unchanged) and returns them.
   *
   * @throws io.commerceclients.core.error.ApiException if Karla answers an error
   */
  SegmentSettings updateSegments(SegmentSettings settings);
}
