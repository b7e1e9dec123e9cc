package io.commerceclients.karla.model.order;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import java.util.Collection;

/** A shipment event name Karla knows (the list of the reference; others are kept as given). Unknown values are kept as {@link #of(String)} instances. */
public final class ShipmentEventName extends ExpandableEnum {
  private static final Registry<ShipmentEventName> REGISTRY = new Registry<>(ShipmentEventName::new);

  /** The event {@code ACCEPTED_BY_DESTINATION_OFFICE}. */
  public static final ShipmentEventName ACCEPTED_BY_DESTINATION_OFFICE = REGISTRY.known("ACCEPTED_BY_DESTINATION_OFFICE");

  /** The event {@code ACCEPTED_BY_ORIGIN_OFFICE}. */
  public static final ShipmentEventName ACCEPTED_BY_ORIGIN_OFFICE = REGISTRY.known("ACCEPTED_BY_ORIGIN_OFFICE");

  /** The event {@code ARRIVAL_AT_FINAL_DELIVERY_CENTER}. */
  public static final ShipmentEventName ARRIVAL_AT_FINAL_DELIVERY_CENTER = REGISTRY.known("ARRIVAL_AT_FINAL_DELIVERY_CENTER");

  /** The event {@code ARRIVAL_AT_TRANSPORT_HUB}. */
  public static final ShipmentEventName ARRIVAL_AT_TRANSPORT_HUB = REGISTRY.known("ARRIVAL_AT_TRANSPORT_HUB");

  /** The event {@code ARRIVAL_IN_DESTINATION_COUNTRY}. */
  public static final ShipmentEventName ARRIVAL_IN_DESTINATION_COUNTRY = REGISTRY.known("ARRIVAL_IN_DESTINATION_COUNTRY");

  /** The event {@code ARRIVED_AT_COMMUNITY_BOX}. */
  public static final ShipmentEventName ARRIVED_AT_COMMUNITY_BOX = REGISTRY.known("ARRIVED_AT_COMMUNITY_BOX");

  /** The event {@code ARRIVED_AT_PARCEL_LOCKER}. */
  public static final ShipmentEventName ARRIVED_AT_PARCEL_LOCKER = REGISTRY.known("ARRIVED_AT_PARCEL_LOCKER");

  /** The event {@code ARRIVED_AT_PARCEL_SHOP}. */
  public static final ShipmentEventName ARRIVED_AT_PARCEL_SHOP = REGISTRY.known("ARRIVED_AT_PARCEL_SHOP");

  /** The event {@code ARRIVED_AT_PICKUP_POINT}. */
  public static final ShipmentEventName ARRIVED_AT_PICKUP_POINT = REGISTRY.known("ARRIVED_AT_PICKUP_POINT");

  /** The event {@code ARRIVED_AT_POST_OFFICE}. */
  public static final ShipmentEventName ARRIVED_AT_POST_OFFICE = REGISTRY.known("ARRIVED_AT_POST_OFFICE");

  /** The event {@code ARRIVED_AT_SORTING_CENTER}. */
  public static final ShipmentEventName ARRIVED_AT_SORTING_CENTER = REGISTRY.known("ARRIVED_AT_SORTING_CENTER");

  /** The event {@code ASSIGNED_TO_TRANSPORT}. */
  public static final ShipmentEventName ASSIGNED_TO_TRANSPORT = REGISTRY.known("ASSIGNED_TO_TRANSPORT");

  /** The event {@code ATTEMPTED_DELIVERY_UNDELIVERABLE}. */
  public static final ShipmentEventName ATTEMPTED_DELIVERY_UNDELIVERABLE = REGISTRY.known("ATTEMPTED_DELIVERY_UNDELIVERABLE");

  /** The event {@code AT_SORTING_CENTER}. */
  public static final ShipmentEventName AT_SORTING_CENTER = REGISTRY.known("AT_SORTING_CENTER");

  /** The event {@code AT_TRANSPORT_HUB}. */
  public static final ShipmentEventName AT_TRANSPORT_HUB = REGISTRY.known("AT_TRANSPORT_HUB");

  /** The event {@code CARRIER_UNKNOWN}. */
  public static final ShipmentEventName CARRIER_UNKNOWN = REGISTRY.known("CARRIER_UNKNOWN");

  /** The event {@code COMPLETION_OF_CUSTOMS_PROCESSING}. */
  public static final ShipmentEventName COMPLETION_OF_CUSTOMS_PROCESSING = REGISTRY.known("COMPLETION_OF_CUSTOMS_PROCESSING");

  /** The event {@code COMPLETION_OF_EXPORT_PROCESSING}. */
  public static final ShipmentEventName COMPLETION_OF_EXPORT_PROCESSING = REGISTRY.known("COMPLETION_OF_EXPORT_PROCESSING");

  /** The event {@code CUSTOMS_PROCESSING}. */
  public static final ShipmentEventName CUSTOMS_PROCESSING = REGISTRY.known("CUSTOMS_PROCESSING");

  /** The event {@code DELAY_EXPECTED}. */
  public static final ShipmentEventName DELAY_EXPECTED = REGISTRY.known("DELAY_EXPECTED");

  /** The event {@code DELAY_IN_TRANSPORT}. */
  public static final ShipmentEventName DELAY_IN_TRANSPORT = REGISTRY.known("DELAY_IN_TRANSPORT");

  /** The event {@code DELAY_IN_TRANSPORT_MISROUTED_SHIPMENT}. */
  public static final ShipmentEventName DELAY_IN_TRANSPORT_MISROUTED_SHIPMENT = REGISTRY.known("DELAY_IN_TRANSPORT_MISROUTED_SHIPMENT");

  /** The event {@code DELAY_IN_TRANSPORT_OFFLOADED_SHIPMENT}. */
  public static final ShipmentEventName DELAY_IN_TRANSPORT_OFFLOADED_SHIPMENT = REGISTRY.known("DELAY_IN_TRANSPORT_OFFLOADED_SHIPMENT");

  /** The event {@code DELIVERY_ATTEMPTED}. */
  public static final ShipmentEventName DELIVERY_ATTEMPTED = REGISTRY.known("DELIVERY_ATTEMPTED");

  /** The event {@code DELIVERY_ATTEMPTED_ADDRESSEE_MOVED}. */
  public static final ShipmentEventName DELIVERY_ATTEMPTED_ADDRESSEE_MOVED = REGISTRY.known("DELIVERY_ATTEMPTED_ADDRESSEE_MOVED");

  /** The event {@code DELIVERY_ATTEMPTED_ADDRESSEE_NOT_KNOWN_AT_ADDRESS}. */
  public static final ShipmentEventName DELIVERY_ATTEMPTED_ADDRESSEE_NOT_KNOWN_AT_ADDRESS = REGISTRY.known("DELIVERY_ATTEMPTED_ADDRESSEE_NOT_KNOWN_AT_ADDRESS");

  /** The event {@code DELIVERY_ATTEMPTED_ADDRESS_COULD_NOT_BE_FOUND}. */
  public static final ShipmentEventName DELIVERY_ATTEMPTED_ADDRESS_COULD_NOT_BE_FOUND = REGISTRY.known("DELIVERY_ATTEMPTED_ADDRESS_COULD_NOT_BE_FOUND");

  /** The event {@code DELIVERY_ATTEMPTED_CASH_ON_DELIVERY_AMOUNT_NOT_READY}. */
  public static final ShipmentEventName DELIVERY_ATTEMPTED_CASH_ON_DELIVERY_AMOUNT_NOT_READY = REGISTRY.known("DELIVERY_ATTEMPTED_CASH_ON_DELIVERY_AMOUNT_NOT_READY");

  /** The event {@code DELIVERY_ATTEMPTED_FAILED_WILL_TRY_AGAIN}. */
  public static final ShipmentEventName DELIVERY_ATTEMPTED_FAILED_WILL_TRY_AGAIN = REGISTRY.known("DELIVERY_ATTEMPTED_FAILED_WILL_TRY_AGAIN");

  /** The event {@code DELIVERY_ATTEMPTED_FORWARDING_TO_PICKUP_LOCATION}. */
  public static final ShipmentEventName DELIVERY_ATTEMPTED_FORWARDING_TO_PICKUP_LOCATION = REGISTRY.known("DELIVERY_ATTEMPTED_FORWARDING_TO_PICKUP_LOCATION");

  /** The event {@code DELIVERY_ATTEMPTED_LAST_ATTEMPT}. */
  public static final ShipmentEventName DELIVERY_ATTEMPTED_LAST_ATTEMPT = REGISTRY.known("DELIVERY_ATTEMPTED_LAST_ATTEMPT");

  /** The event {@code DELIVERY_ATTEMPTED_RECIPIENT_NOT_AT_HOME}. */
  public static final ShipmentEventName DELIVERY_ATTEMPTED_RECIPIENT_NOT_AT_HOME = REGISTRY.known("DELIVERY_ATTEMPTED_RECIPIENT_NOT_AT_HOME");

  /** The event {@code DELIVERY_ATTEMPTED_RECIPIENT_NOT_AT_HOME_CARD_LEFT}. */
  public static final ShipmentEventName DELIVERY_ATTEMPTED_RECIPIENT_NOT_AT_HOME_CARD_LEFT = REGISTRY.known("DELIVERY_ATTEMPTED_RECIPIENT_NOT_AT_HOME_CARD_LEFT");

  /** The event {@code DELIVERY_ATTEMPTED_REJECTED_BY_ADDRESSEE}. */
  public static final ShipmentEventName DELIVERY_ATTEMPTED_REJECTED_BY_ADDRESSEE = REGISTRY.known("DELIVERY_ATTEMPTED_REJECTED_BY_ADDRESSEE");

  /** The event {@code DELIVERY_FAILED_SHIPMENT_DESTROYED}. */
  public static final ShipmentEventName DELIVERY_FAILED_SHIPMENT_DESTROYED = REGISTRY.known("DELIVERY_FAILED_SHIPMENT_DESTROYED");

  /** The event {@code DELIVERY_LAPSED}. */
  public static final ShipmentEventName DELIVERY_LAPSED = REGISTRY.known("DELIVERY_LAPSED");

  /** The event {@code DELIVERY_OPTION_ALTERNATE_LOCATION_REQUESTED}. */
  public static final ShipmentEventName DELIVERY_OPTION_ALTERNATE_LOCATION_REQUESTED = REGISTRY.known("DELIVERY_OPTION_ALTERNATE_LOCATION_REQUESTED");

  /** The event {@code DELIVERY_OPTION_ALTERNATE_LOCATION_REQUESTED_LOCKER}. */
  public static final ShipmentEventName DELIVERY_OPTION_ALTERNATE_LOCATION_REQUESTED_LOCKER = REGISTRY.known("DELIVERY_OPTION_ALTERNATE_LOCATION_REQUESTED_LOCKER");

  /** The event {@code DELIVERY_OPTION_ALTERNATE_LOCATION_REQUESTED_SHOP}. */
  public static final ShipmentEventName DELIVERY_OPTION_ALTERNATE_LOCATION_REQUESTED_SHOP = REGISTRY.known("DELIVERY_OPTION_ALTERNATE_LOCATION_REQUESTED_SHOP");

  /** The event {@code DELIVERY_OPTION_ALTERNATE_TIME_REQUESTED}. */
  public static final ShipmentEventName DELIVERY_OPTION_ALTERNATE_TIME_REQUESTED = REGISTRY.known("DELIVERY_OPTION_ALTERNATE_TIME_REQUESTED");

  /** The event {@code DELIVERY_OPTION_REQUESTED_BY_RECEIVER}. */
  public static final ShipmentEventName DELIVERY_OPTION_REQUESTED_BY_RECEIVER = REGISTRY.known("DELIVERY_OPTION_REQUESTED_BY_RECEIVER");

  /** The event {@code DELIVERY_SCHEDULED_IN_THE_FINAL_DELIVERY_DEPOT}. */
  public static final ShipmentEventName DELIVERY_SCHEDULED_IN_THE_FINAL_DELIVERY_DEPOT = REGISTRY.known("DELIVERY_SCHEDULED_IN_THE_FINAL_DELIVERY_DEPOT");

  /** The event {@code DEPARTURE_FROM_TRANSPORT_HUB}. */
  public static final ShipmentEventName DEPARTURE_FROM_TRANSPORT_HUB = REGISTRY.known("DEPARTURE_FROM_TRANSPORT_HUB");

  /** The event {@code DISPATCHED_FROM_DELIVERY_CENTER}. */
  public static final ShipmentEventName DISPATCHED_FROM_DELIVERY_CENTER = REGISTRY.known("DISPATCHED_FROM_DELIVERY_CENTER");

  /** The event {@code DISPATCHED_FROM_FORWARDING_DEPOT}. */
  public static final ShipmentEventName DISPATCHED_FROM_FORWARDING_DEPOT = REGISTRY.known("DISPATCHED_FROM_FORWARDING_DEPOT");

  /** The event {@code DISPATCHED_FROM_SORTING_CENTER}. */
  public static final ShipmentEventName DISPATCHED_FROM_SORTING_CENTER = REGISTRY.known("DISPATCHED_FROM_SORTING_CENTER");

  /** The event {@code DISPATCHING_STARTED_AT_PROCESSING_CENTER}. */
  public static final ShipmentEventName DISPATCHING_STARTED_AT_PROCESSING_CENTER = REGISTRY.known("DISPATCHING_STARTED_AT_PROCESSING_CENTER");

  /** The event {@code ENCODING_COMPLETED_AT_PROCESSING_CENTER}. */
  public static final ShipmentEventName ENCODING_COMPLETED_AT_PROCESSING_CENTER = REGISTRY.known("ENCODING_COMPLETED_AT_PROCESSING_CENTER");

  /** The event {@code ENCODING_ERROR_IN_PROCESSING_AT_SORTING_CENTER}. */
  public static final ShipmentEventName ENCODING_ERROR_IN_PROCESSING_AT_SORTING_CENTER = REGISTRY.known("ENCODING_ERROR_IN_PROCESSING_AT_SORTING_CENTER");

  /** The event {@code ENCODING_STARTED_AT_PROCESSING_CENTER}. */
  public static final ShipmentEventName ENCODING_STARTED_AT_PROCESSING_CENTER = REGISTRY.known("ENCODING_STARTED_AT_PROCESSING_CENTER");

  /** The event {@code ERROR_IN_PARCEL_DATA_SUBMISSION}. */
  public static final ShipmentEventName ERROR_IN_PARCEL_DATA_SUBMISSION = REGISTRY.known("ERROR_IN_PARCEL_DATA_SUBMISSION");

  /** The event {@code ERROR_IN_PROCESSING_AT_SORTING_CENTER}. */
  public static final ShipmentEventName ERROR_IN_PROCESSING_AT_SORTING_CENTER = REGISTRY.known("ERROR_IN_PROCESSING_AT_SORTING_CENTER");

  /** The event {@code EXPORT_PROCESSING}. */
  public static final ShipmentEventName EXPORT_PROCESSING = REGISTRY.known("EXPORT_PROCESSING");

  /** The event {@code FAILED_TO_HAND_OVER_TO_DELIVERY_PARTNER}. */
  public static final ShipmentEventName FAILED_TO_HAND_OVER_TO_DELIVERY_PARTNER = REGISTRY.known("FAILED_TO_HAND_OVER_TO_DELIVERY_PARTNER");

  /** The event {@code HANDED_OVER_TO_DELIVERY_PARTNER}. */
  public static final ShipmentEventName HANDED_OVER_TO_DELIVERY_PARTNER = REGISTRY.known("HANDED_OVER_TO_DELIVERY_PARTNER");

  /** The event {@code HELD_AT_CUSTOMS}. */
  public static final ShipmentEventName HELD_AT_CUSTOMS = REGISTRY.known("HELD_AT_CUSTOMS");

  /** The event {@code HELD_AT_CUSTOMS_FOR_ADDITIONAL_PAYMENT}. */
  public static final ShipmentEventName HELD_AT_CUSTOMS_FOR_ADDITIONAL_PAYMENT = REGISTRY.known("HELD_AT_CUSTOMS_FOR_ADDITIONAL_PAYMENT");

  /** The event {@code HELD_AT_CUSTOMS_FOR_CLARIFICATIONS}. */
  public static final ShipmentEventName HELD_AT_CUSTOMS_FOR_CLARIFICATIONS = REGISTRY.known("HELD_AT_CUSTOMS_FOR_CLARIFICATIONS");

  /** The event {@code HELD_AT_EXPORT_PROCESSING}. */
  public static final ShipmentEventName HELD_AT_EXPORT_PROCESSING = REGISTRY.known("HELD_AT_EXPORT_PROCESSING");

  /** The event {@code INBOUND_FLIGHT_ARRIVED}. */
  public static final ShipmentEventName INBOUND_FLIGHT_ARRIVED = REGISTRY.known("INBOUND_FLIGHT_ARRIVED");

  /** The event {@code INBOUND_TRUCK_ARRIVED}. */
  public static final ShipmentEventName INBOUND_TRUCK_ARRIVED = REGISTRY.known("INBOUND_TRUCK_ARRIVED");

  /** The event {@code IN_DELIVERY}. */
  public static final ShipmentEventName IN_DELIVERY = REGISTRY.known("IN_DELIVERY");

  /** The event {@code ISSUES_IN_PROCESSING_BY_CUSTOMS_AUTHORITIES}. */
  public static final ShipmentEventName ISSUES_IN_PROCESSING_BY_CUSTOMS_AUTHORITIES = REGISTRY.known("ISSUES_IN_PROCESSING_BY_CUSTOMS_AUTHORITIES");

  /** The event {@code MISSING_SHIPMENT_INFORMATION}. */
  public static final ShipmentEventName MISSING_SHIPMENT_INFORMATION = REGISTRY.known("MISSING_SHIPMENT_INFORMATION");

  /** The event {@code MORE_INFO_ON_CARRIER_WEBSITE}. */
  public static final ShipmentEventName MORE_INFO_ON_CARRIER_WEBSITE = REGISTRY.known("MORE_INFO_ON_CARRIER_WEBSITE");

  /** The event {@code NO_DELIVERY_ATTEMPT_ON_ROUTE}. */
  public static final ShipmentEventName NO_DELIVERY_ATTEMPT_ON_ROUTE = REGISTRY.known("NO_DELIVERY_ATTEMPT_ON_ROUTE");

  /** The event {@code ORDER_CANCELLED}. */
  public static final ShipmentEventName ORDER_CANCELLED = REGISTRY.known("ORDER_CANCELLED");

  /** The event {@code ORDER_CREATED}. */
  public static final ShipmentEventName ORDER_CREATED = REGISTRY.known("ORDER_CREATED");

  /** The event {@code ORDER_DELAYED}. */
  public static final ShipmentEventName ORDER_DELAYED = REGISTRY.known("ORDER_DELAYED");

  /** The event {@code ORDER_IN_PROCESSING}. */
  public static final ShipmentEventName ORDER_IN_PROCESSING = REGISTRY.known("ORDER_IN_PROCESSING");

  /** The event {@code ORDER_PROCESSED}. */
  public static final ShipmentEventName ORDER_PROCESSED = REGISTRY.known("ORDER_PROCESSED");

  /** The event {@code OUTBOUND_FLIGHT_DEPARTED}. */
  public static final ShipmentEventName OUTBOUND_FLIGHT_DEPARTED = REGISTRY.known("OUTBOUND_FLIGHT_DEPARTED");

  /** The event {@code OUTBOUND_TRUCK_DEPARTED}. */
  public static final ShipmentEventName OUTBOUND_TRUCK_DEPARTED = REGISTRY.known("OUTBOUND_TRUCK_DEPARTED");

  /** The event {@code OUT_FOR_DELIVERY}. */
  public static final ShipmentEventName OUT_FOR_DELIVERY = REGISTRY.known("OUT_FOR_DELIVERY");

  /** The event {@code PACKAGE_REROUTING_CANCELED_ROUTE_TO_HOME}. */
  public static final ShipmentEventName PACKAGE_REROUTING_CANCELED_ROUTE_TO_HOME = REGISTRY.known("PACKAGE_REROUTING_CANCELED_ROUTE_TO_HOME");

  /** The event {@code PARCEL_COLLECTED_FROM_DROP_OFF_LOCATION}. */
  public static final ShipmentEventName PARCEL_COLLECTED_FROM_DROP_OFF_LOCATION = REGISTRY.known("PARCEL_COLLECTED_FROM_DROP_OFF_LOCATION");

  /** The event {@code PARCEL_DATA_SUBMISSION_DELAYED}. */
  public static final ShipmentEventName PARCEL_DATA_SUBMISSION_DELAYED = REGISTRY.known("PARCEL_DATA_SUBMISSION_DELAYED");

  /** The event {@code PARCEL_DATA_SUBMITTED_TO_CARRIER}. */
  public static final ShipmentEventName PARCEL_DATA_SUBMITTED_TO_CARRIER = REGISTRY.known("PARCEL_DATA_SUBMITTED_TO_CARRIER");

  /** The event {@code PARCEL_DISPATCHED}. */
  public static final ShipmentEventName PARCEL_DISPATCHED = REGISTRY.known("PARCEL_DISPATCHED");

  /** The event {@code PARCEL_DROPPED_OFF_AT_PARCEL_LOCKER}. */
  public static final ShipmentEventName PARCEL_DROPPED_OFF_AT_PARCEL_LOCKER = REGISTRY.known("PARCEL_DROPPED_OFF_AT_PARCEL_LOCKER");

  /** The event {@code PARCEL_DROPPED_OFF_AT_POST_OFFICE}. */
  public static final ShipmentEventName PARCEL_DROPPED_OFF_AT_POST_OFFICE = REGISTRY.known("PARCEL_DROPPED_OFF_AT_POST_OFFICE");

  /** The event {@code PARCEL_DROPPED_OFF_IN_PARCEL_SHOP}. */
  public static final ShipmentEventName PARCEL_DROPPED_OFF_IN_PARCEL_SHOP = REGISTRY.known("PARCEL_DROPPED_OFF_IN_PARCEL_SHOP");

  /** The event {@code PARCEL_DROPPED_OFF_OVER_THE_COUNTER}. */
  public static final ShipmentEventName PARCEL_DROPPED_OFF_OVER_THE_COUNTER = REGISTRY.known("PARCEL_DROPPED_OFF_OVER_THE_COUNTER");

  /** The event {@code PARCEL_DROPPED_OFF_WITH_CARRIER}. */
  public static final ShipmentEventName PARCEL_DROPPED_OFF_WITH_CARRIER = REGISTRY.known("PARCEL_DROPPED_OFF_WITH_CARRIER");

  /** The event {@code PARCEL_READY_FOR_PICKUP}. */
  public static final ShipmentEventName PARCEL_READY_FOR_PICKUP = REGISTRY.known("PARCEL_READY_FOR_PICKUP");

  /** The event {@code PARCEL_TRANSFERRED_TO_THIRD_PARTY}. */
  public static final ShipmentEventName PARCEL_TRANSFERRED_TO_THIRD_PARTY = REGISTRY.known("PARCEL_TRANSFERRED_TO_THIRD_PARTY");

  /** The event {@code PATCHED}. */
  public static final ShipmentEventName PATCHED = REGISTRY.known("PATCHED");

  /** The event {@code PICKUP_ATTEMPTED}. */
  public static final ShipmentEventName PICKUP_ATTEMPTED = REGISTRY.known("PICKUP_ATTEMPTED");

  /** The event {@code PICKUP_DELAYED}. */
  public static final ShipmentEventName PICKUP_DELAYED = REGISTRY.known("PICKUP_DELAYED");

  /** The event {@code PICKUP_FAILED}. */
  public static final ShipmentEventName PICKUP_FAILED = REGISTRY.known("PICKUP_FAILED");

  /** The event {@code PICKUP_SUCCESSFUL}. */
  public static final ShipmentEventName PICKUP_SUCCESSFUL = REGISTRY.known("PICKUP_SUCCESSFUL");

  /** The event {@code PROCEEDING_TO_CARRIER_FACILITY}. */
  public static final ShipmentEventName PROCEEDING_TO_CARRIER_FACILITY = REGISTRY.known("PROCEEDING_TO_CARRIER_FACILITY");

  /** The event {@code PROCESSED_AT_DELIVERY_CENTER}. */
  public static final ShipmentEventName PROCESSED_AT_DELIVERY_CENTER = REGISTRY.known("PROCESSED_AT_DELIVERY_CENTER");

  /** The event {@code PROCESSING_AT_TRANSPORT_HUB}. */
  public static final ShipmentEventName PROCESSING_AT_TRANSPORT_HUB = REGISTRY.known("PROCESSING_AT_TRANSPORT_HUB");

  /** The event {@code RECEIPT_AT_FORWARDING_DEPOT}. */
  public static final ShipmentEventName RECEIPT_AT_FORWARDING_DEPOT = REGISTRY.known("RECEIPT_AT_FORWARDING_DEPOT");

  /** The event {@code RETURNED_TO_DELIVERY_DEPOT}. */
  public static final ShipmentEventName RETURNED_TO_DELIVERY_DEPOT = REGISTRY.known("RETURNED_TO_DELIVERY_DEPOT");

  /** The event {@code RETURN_IN_PROGRESS}. */
  public static final ShipmentEventName RETURN_IN_PROGRESS = REGISTRY.known("RETURN_IN_PROGRESS");

  /** The event {@code RETURN_TO_ORIGIN_COUNTRY_CANCELLED}. */
  public static final ShipmentEventName RETURN_TO_ORIGIN_COUNTRY_CANCELLED = REGISTRY.known("RETURN_TO_ORIGIN_COUNTRY_CANCELLED");

  /** The event {@code RETURN_TO_ORIGIN_COUNTRY_COMPLETED}. */
  public static final ShipmentEventName RETURN_TO_ORIGIN_COUNTRY_COMPLETED = REGISTRY.known("RETURN_TO_ORIGIN_COUNTRY_COMPLETED");

  /** The event {@code RETURN_TO_ORIGIN_COUNTRY_FAILED}. */
  public static final ShipmentEventName RETURN_TO_ORIGIN_COUNTRY_FAILED = REGISTRY.known("RETURN_TO_ORIGIN_COUNTRY_FAILED");

  /** The event {@code RETURN_TO_SENDER_COMPLETED}. */
  public static final ShipmentEventName RETURN_TO_SENDER_COMPLETED = REGISTRY.known("RETURN_TO_SENDER_COMPLETED");

  /** The event {@code RETURN_TO_SENDER_FAILED}. */
  public static final ShipmentEventName RETURN_TO_SENDER_FAILED = REGISTRY.known("RETURN_TO_SENDER_FAILED");

  /** The event {@code RETURN_TO_SENDER_FAILED_RECIPIENT_VERIFICATION}. */
  public static final ShipmentEventName RETURN_TO_SENDER_FAILED_RECIPIENT_VERIFICATION = REGISTRY.known("RETURN_TO_SENDER_FAILED_RECIPIENT_VERIFICATION");

  /** The event {@code SCANNED_AT_PROCESSING_CENTER}. */
  public static final ShipmentEventName SCANNED_AT_PROCESSING_CENTER = REGISTRY.known("SCANNED_AT_PROCESSING_CENTER");

  /** The event {@code SHIPMENT_AT_FINAL_DELIVERY_CENTER}. */
  public static final ShipmentEventName SHIPMENT_AT_FINAL_DELIVERY_CENTER = REGISTRY.known("SHIPMENT_AT_FINAL_DELIVERY_CENTER");

  /** The event {@code SHIPMENT_DAMAGED}. */
  public static final ShipmentEventName SHIPMENT_DAMAGED = REGISTRY.known("SHIPMENT_DAMAGED");

  /** The event {@code SHIPMENT_DELAYED_DUE_TO_CUSTOMER_REQUEST}. */
  public static final ShipmentEventName SHIPMENT_DELAYED_DUE_TO_CUSTOMER_REQUEST = REGISTRY.known("SHIPMENT_DELAYED_DUE_TO_CUSTOMER_REQUEST");

  /** The event {@code SHIPMENT_EN_ROUTE}. */
  public static final ShipmentEventName SHIPMENT_EN_ROUTE = REGISTRY.known("SHIPMENT_EN_ROUTE");

  /** The event {@code SHIPMENT_INFO_SENT_TO_LAST_MILE_SERVICE_PROVIDER}. */
  public static final ShipmentEventName SHIPMENT_INFO_SENT_TO_LAST_MILE_SERVICE_PROVIDER = REGISTRY.known("SHIPMENT_INFO_SENT_TO_LAST_MILE_SERVICE_PROVIDER");

  /** The event {@code SHIPMENT_LOST}. */
  public static final ShipmentEventName SHIPMENT_LOST = REGISTRY.known("SHIPMENT_LOST");

  /** The event {@code SHIPMENT_LOST_IN_DELIVERY}. */
  public static final ShipmentEventName SHIPMENT_LOST_IN_DELIVERY = REGISTRY.known("SHIPMENT_LOST_IN_DELIVERY");

  /** The event {@code SHIPMENT_LOST_IN_PROCESSING}. */
  public static final ShipmentEventName SHIPMENT_LOST_IN_PROCESSING = REGISTRY.known("SHIPMENT_LOST_IN_PROCESSING");

  /** The event {@code SHIPMENT_LOST_IN_SORTING_CENTER}. */
  public static final ShipmentEventName SHIPMENT_LOST_IN_SORTING_CENTER = REGISTRY.known("SHIPMENT_LOST_IN_SORTING_CENTER");

  /** The event {@code SHIPMENT_LOST_IN_TRANSIT}. */
  public static final ShipmentEventName SHIPMENT_LOST_IN_TRANSIT = REGISTRY.known("SHIPMENT_LOST_IN_TRANSIT");

  /** The event {@code SHIPMENT_LOST_IN_TRANSPORT}. */
  public static final ShipmentEventName SHIPMENT_LOST_IN_TRANSPORT = REGISTRY.known("SHIPMENT_LOST_IN_TRANSPORT");

  /** The event {@code SHIPMENT_LOST_UNKNOWN_REASON}. */
  public static final ShipmentEventName SHIPMENT_LOST_UNKNOWN_REASON = REGISTRY.known("SHIPMENT_LOST_UNKNOWN_REASON");

  /** The event {@code SHIPMENT_MISROUTED}. */
  public static final ShipmentEventName SHIPMENT_MISROUTED = REGISTRY.known("SHIPMENT_MISROUTED");

  /** The event {@code SHIPMENT_NEVER_ARRIVED}. */
  public static final ShipmentEventName SHIPMENT_NEVER_ARRIVED = REGISTRY.known("SHIPMENT_NEVER_ARRIVED");

  /** The event {@code SHIPMENT_NOT_PICKED_UP_FROM_DEPOT_RETURNED_TO_BASE}. */
  public static final ShipmentEventName SHIPMENT_NOT_PICKED_UP_FROM_DEPOT_RETURNED_TO_BASE = REGISTRY.known("SHIPMENT_NOT_PICKED_UP_FROM_DEPOT_RETURNED_TO_BASE");

  /** The event {@code SHIPMENT_NOT_PICKED_UP_FROM_DEPOT_RETURNED_TO_ORIGIN_COUNTRY}. */
  public static final ShipmentEventName SHIPMENT_NOT_PICKED_UP_FROM_DEPOT_RETURNED_TO_ORIGIN_COUNTRY = REGISTRY.known("SHIPMENT_NOT_PICKED_UP_FROM_DEPOT_RETURNED_TO_ORIGIN_COUNTRY");

  /** The event {@code SHIPMENT_NOT_PICKED_UP_FROM_PARCEL_LOCKER_RETURNED_TO_BASE}. */
  public static final ShipmentEventName SHIPMENT_NOT_PICKED_UP_FROM_PARCEL_LOCKER_RETURNED_TO_BASE = REGISTRY.known("SHIPMENT_NOT_PICKED_UP_FROM_PARCEL_LOCKER_RETURNED_TO_BASE");

  /** The event {@code SHIPMENT_NOT_PICKED_UP_FROM_PARCEL_LOCKER_RETURNED_TO_ORIGIN_COUNTRY}. */
  public static final ShipmentEventName SHIPMENT_NOT_PICKED_UP_FROM_PARCEL_LOCKER_RETURNED_TO_ORIGIN_COUNTRY = REGISTRY.known("SHIPMENT_NOT_PICKED_UP_FROM_PARCEL_LOCKER_RETURNED_TO_ORIGIN_COUNTRY");

  /** The event {@code SHIPMENT_NOT_PICKED_UP_FROM_PARCEL_SHOP_RETURNED_TO_BASE}. */
  public static final ShipmentEventName SHIPMENT_NOT_PICKED_UP_FROM_PARCEL_SHOP_RETURNED_TO_BASE = REGISTRY.known("SHIPMENT_NOT_PICKED_UP_FROM_PARCEL_SHOP_RETURNED_TO_BASE");

  /** The event {@code SHIPMENT_NOT_PICKED_UP_FROM_PARCEL_SHOP_RETURNED_TO_ORIGIN_COUNTRY}. */
  public static final ShipmentEventName SHIPMENT_NOT_PICKED_UP_FROM_PARCEL_SHOP_RETURNED_TO_ORIGIN_COUNTRY = REGISTRY.known("SHIPMENT_NOT_PICKED_UP_FROM_PARCEL_SHOP_RETURNED_TO_ORIGIN_COUNTRY");

  /** The event {@code SHIPMENT_NOT_PICKED_UP_FROM_POST_OFFICE_RETURNED_TO_BASE}. */
  public static final ShipmentEventName SHIPMENT_NOT_PICKED_UP_FROM_POST_OFFICE_RETURNED_TO_BASE = REGISTRY.known("SHIPMENT_NOT_PICKED_UP_FROM_POST_OFFICE_RETURNED_TO_BASE");

  /** The event {@code SHIPMENT_NOT_PICKED_UP_FROM_POST_OFFICE_RETURNED_TO_ORIGIN_COUNTRY}. */
  public static final ShipmentEventName SHIPMENT_NOT_PICKED_UP_FROM_POST_OFFICE_RETURNED_TO_ORIGIN_COUNTRY = REGISTRY.known("SHIPMENT_NOT_PICKED_UP_FROM_POST_OFFICE_RETURNED_TO_ORIGIN_COUNTRY");

  /** The event {@code SHIPMENT_NOT_PICKED_UP_RETURNED_TO_BASE}. */
  public static final ShipmentEventName SHIPMENT_NOT_PICKED_UP_RETURNED_TO_BASE = REGISTRY.known("SHIPMENT_NOT_PICKED_UP_RETURNED_TO_BASE");

  /** The event {@code SHIPMENT_NOT_PICKED_UP_RETURNED_TO_ORIGIN_COUNTRY}. */
  public static final ShipmentEventName SHIPMENT_NOT_PICKED_UP_RETURNED_TO_ORIGIN_COUNTRY = REGISTRY.known("SHIPMENT_NOT_PICKED_UP_RETURNED_TO_ORIGIN_COUNTRY");

  /** The event {@code SHIPMENT_ON_HOLD_IN_DELIVERY_CENTER}. */
  public static final ShipmentEventName SHIPMENT_ON_HOLD_IN_DELIVERY_CENTER = REGISTRY.known("SHIPMENT_ON_HOLD_IN_DELIVERY_CENTER");

  /** The event {@code SHIPMENT_ON_ITS_WAY_TO_PICKUP_LOCATION}. */
  public static final ShipmentEventName SHIPMENT_ON_ITS_WAY_TO_PICKUP_LOCATION = REGISTRY.known("SHIPMENT_ON_ITS_WAY_TO_PICKUP_LOCATION");

  /** The event {@code SHIPMENT_REJECTED_RETURNING_TO_SENDER}. */
  public static final ShipmentEventName SHIPMENT_REJECTED_RETURNING_TO_SENDER = REGISTRY.known("SHIPMENT_REJECTED_RETURNING_TO_SENDER");

  /** The event {@code SHIPMENT_RETURNED_TO_ORIGIN_COUNTRY}. */
  public static final ShipmentEventName SHIPMENT_RETURNED_TO_ORIGIN_COUNTRY = REGISTRY.known("SHIPMENT_RETURNED_TO_ORIGIN_COUNTRY");

  /** The event {@code SHIPMENT_RETURNED_TO_SENDER}. */
  public static final ShipmentEventName SHIPMENT_RETURNED_TO_SENDER = REGISTRY.known("SHIPMENT_RETURNED_TO_SENDER");

  /** The event {@code SHIPMENT_RETURNING_TO_SENDER}. */
  public static final ShipmentEventName SHIPMENT_RETURNING_TO_SENDER = REGISTRY.known("SHIPMENT_RETURNING_TO_SENDER");

  /** The event {@code SHIPMENT_SUCCESSFULLY_RETURNED_TO_SENDER}. */
  public static final ShipmentEventName SHIPMENT_SUCCESSFULLY_RETURNED_TO_SENDER = REGISTRY.known("SHIPMENT_SUCCESSFULLY_RETURNED_TO_SENDER");

  /** The event {@code SHIPMENT_UPDATED_ETA}. */
  public static final ShipmentEventName SHIPMENT_UPDATED_ETA = REGISTRY.known("SHIPMENT_UPDATED_ETA");

  /** The event {@code SORTING_COMPLETED_AT_PROCESSING_CENTER}. */
  public static final ShipmentEventName SORTING_COMPLETED_AT_PROCESSING_CENTER = REGISTRY.known("SORTING_COMPLETED_AT_PROCESSING_CENTER");

  /** The event {@code SORTING_ERROR_IN_PROCESSING_AT_SORTING_CENTER}. */
  public static final ShipmentEventName SORTING_ERROR_IN_PROCESSING_AT_SORTING_CENTER = REGISTRY.known("SORTING_ERROR_IN_PROCESSING_AT_SORTING_CENTER");

  /** The event {@code SORTING_STARTED_AT_PROCESSING_CENTER}. */
  public static final ShipmentEventName SORTING_STARTED_AT_PROCESSING_CENTER = REGISTRY.known("SORTING_STARTED_AT_PROCESSING_CENTER");

  /** The event {@code START_OF_CUSTOMS_PROCESSING}. */
  public static final ShipmentEventName START_OF_CUSTOMS_PROCESSING = REGISTRY.known("START_OF_CUSTOMS_PROCESSING");

  /** The event {@code START_OF_EXPORT_PROCESSING}. */
  public static final ShipmentEventName START_OF_EXPORT_PROCESSING = REGISTRY.known("START_OF_EXPORT_PROCESSING");

  /** The event {@code SUCCESSFULLY_COLLECTED}. */
  public static final ShipmentEventName SUCCESSFULLY_COLLECTED = REGISTRY.known("SUCCESSFULLY_COLLECTED");

  /** The event {@code SUCCESSFULLY_COLLECTED_AT_PARCEL_LOCKER}. */
  public static final ShipmentEventName SUCCESSFULLY_COLLECTED_AT_PARCEL_LOCKER = REGISTRY.known("SUCCESSFULLY_COLLECTED_AT_PARCEL_LOCKER");

  /** The event {@code SUCCESSFULLY_COLLECTED_AT_PARCEL_SHOP}. */
  public static final ShipmentEventName SUCCESSFULLY_COLLECTED_AT_PARCEL_SHOP = REGISTRY.known("SUCCESSFULLY_COLLECTED_AT_PARCEL_SHOP");

  /** The event {@code SUCCESSFULLY_COLLECTED_AT_POST_OFFICE}. */
  public static final ShipmentEventName SUCCESSFULLY_COLLECTED_AT_POST_OFFICE = REGISTRY.known("SUCCESSFULLY_COLLECTED_AT_POST_OFFICE");

  /** The event {@code SUCCESSFULLY_DELIVERED}. */
  public static final ShipmentEventName SUCCESSFULLY_DELIVERED = REGISTRY.known("SUCCESSFULLY_DELIVERED");

  /** The event {@code SUCCESSFULLY_DELIVERED_AND_CASH_ON_DELIVERY_COLLECTED}. */
  public static final ShipmentEventName SUCCESSFULLY_DELIVERED_AND_CASH_ON_DELIVERY_COLLECTED = REGISTRY.known("SUCCESSFULLY_DELIVERED_AND_CASH_ON_DELIVERY_COLLECTED");

  /** The event {@code SUCCESSFULLY_DELIVERED_AND_LEFT_AT_DOOR}. */
  public static final ShipmentEventName SUCCESSFULLY_DELIVERED_AND_LEFT_AT_DOOR = REGISTRY.known("SUCCESSFULLY_DELIVERED_AND_LEFT_AT_DOOR");

  /** The event {@code SUCCESSFULLY_DELIVERED_AND_LEFT_AT_LETTER_BOX}. */
  public static final ShipmentEventName SUCCESSFULLY_DELIVERED_AND_LEFT_AT_LETTER_BOX = REGISTRY.known("SUCCESSFULLY_DELIVERED_AND_LEFT_AT_LETTER_BOX");

  /** The event {@code SUCCESSFULLY_DELIVERED_AND_PROOF_OF_DELIVERY_COLLECTED}. */
  public static final ShipmentEventName SUCCESSFULLY_DELIVERED_AND_PROOF_OF_DELIVERY_COLLECTED = REGISTRY.known("SUCCESSFULLY_DELIVERED_AND_PROOF_OF_DELIVERY_COLLECTED");

  /** The event {@code SUCCESSFULLY_DELIVERED_TO_NEIGHBOR}. */
  public static final ShipmentEventName SUCCESSFULLY_DELIVERED_TO_NEIGHBOR = REGISTRY.known("SUCCESSFULLY_DELIVERED_TO_NEIGHBOR");

  /** The event {@code SUCCESSFULLY_DELIVERED_TO_THE_COMMUNITY_MAILBOX}. */
  public static final ShipmentEventName SUCCESSFULLY_DELIVERED_TO_THE_COMMUNITY_MAILBOX = REGISTRY.known("SUCCESSFULLY_DELIVERED_TO_THE_COMMUNITY_MAILBOX");

  /** The event {@code TRANSPORT_ARRIVED}. */
  public static final ShipmentEventName TRANSPORT_ARRIVED = REGISTRY.known("TRANSPORT_ARRIVED");

  /** The event {@code TRANSPORT_DEPARTED}. */
  public static final ShipmentEventName TRANSPORT_DEPARTED = REGISTRY.known("TRANSPORT_DEPARTED");

  /** The event {@code USER_SUCCESSFULLY_DELIVERED}. */
  public static final ShipmentEventName USER_SUCCESSFULLY_DELIVERED = REGISTRY.known("USER_SUCCESSFULLY_DELIVERED");

  private ShipmentEventName(String value, boolean known) {
    super(value, known);
  }

  /** Returns the constant for {@code value}, or a value that keeps an unknown string. */
  @JsonCreator
  public static ShipmentEventName of(String value) {
    return REGISTRY.of(value);
  }

  /** Returns the values this SDK version knows. */
  public static Collection<ShipmentEventName> knownValues() {
    return REGISTRY.values();
  }
}
