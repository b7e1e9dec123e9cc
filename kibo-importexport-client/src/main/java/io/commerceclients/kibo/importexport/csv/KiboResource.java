package io.commerceclients.kibo.importexport.csv;

import com.fasterxml.jackson.annotation.JsonCreator;
import io.commerceclients.core.json.ExpandableEnum;
import io.commerceclients.kibo.importexport.model.Domain;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A resource Kibo imports and exports (one CSV file each), with the required and optional fields
 * of Kibo's field list specification. The constants cover every resource of the catalog and
 * customer domains; {@link #of(String)} keeps a resource this SDK version does not know, with no
 * field lists.
 *
 * <p>Optional fields are not exported unless the export asks for them by name.
 */
public final class KiboResource extends ExpandableEnum {

  private static final Map<String, Spec> SPECS = new HashMap<>();
  private static final Map<String, KiboResource> BY_LOWER_NAME = new HashMap<>();
  private static final Registry<KiboResource> REGISTRY = new Registry<>(KiboResource::new);

  /** The catalog resource {@code Attributes}. */
  public static final KiboResource ATTRIBUTES =
      define(
          Domain.CATALOG,
          "Attributes",
          0,
          List.of(
          "MasterCatalogName",
          "AttributeCode",
          "AttributeName",
          "DataType",
          "InputType",
          "IsExtra",
          "IsOption",
          "IsProperty",
          "Namespace",
          "SearchableInStorefront",
          "SearchableInAdmin",
          "SearchDisplayValue"),
          List.of(
          "Description"));

  /** The catalog resource {@code AttributeValues}. */
  public static final KiboResource ATTRIBUTE_VALUES =
      define(
          Domain.CATALOG,
          "AttributeValues",
          0,
          List.of(
          "MasterCatalogName",
          "AttributeCode",
          "DataType",
          "Namespace",
          "Value",
          "Name",
          "DisplayOrder"),
          List.of());

  /** The catalog resource {@code ProductTypes}. */
  public static final KiboResource PRODUCT_TYPES =
      define(
          Domain.CATALOG,
          "ProductTypes",
          0,
          List.of(
          "MasterCatalogName",
          "ProductType",
          "Standard",
          "Configurable",
          "Bundle",
          "Component"),
          List.of(
          "GoodsType"));

  /** The catalog resource {@code ProductTypeAttributes}. */
  public static final KiboResource PRODUCT_TYPE_ATTRIBUTES =
      define(
          Domain.CATALOG,
          "ProductTypeAttributes",
          0,
          List.of(
          "MasterCatalogName",
          "ProductType",
          "AttributeCode",
          "Type",
          "Order"),
          List.of(
          "IsRequiredByAdmin",
          "IsHiddenProperty",
          "IsMultiValueProperty"));

  /** The catalog resource {@code ProductTypeAttributeValues}. */
  public static final KiboResource PRODUCT_TYPE_ATTRIBUTE_VALUES =
      define(
          Domain.CATALOG,
          "ProductTypeAttributeValues",
          0,
          List.of(
          "MasterCatalogName",
          "ProductType",
          "AttributeCode",
          "Type",
          "VocabularyValue"),
          List.of());

  /** The catalog resource {@code Categories}. */
  public static final KiboResource CATEGORIES =
      define(
          Domain.CATALOG,
          "Categories",
          0,
          List.of(
          "CatalogName",
          "CategoryCode",
          "CategoryName",
          "CategoryType"),
          List.of(
          "CategoryId",
          "ParentCategoryCode",
          "Expression",
          "IsDisplayed",
          "IsActive",
          "Sequence",
          "MetaTagTitle",
          "MetaTagDescription",
          "PageTitle",
          "CategoryDescription",
          "MetaTagKeyWords",
          "SEOUrl"));

  /** The catalog resource {@code CategoryImages}. */
  public static final KiboResource CATEGORY_IMAGES =
      define(
          Domain.CATALOG,
          "CategoryImages",
          0,
          List.of(
          "CatalogName",
          "CategoryCode",
          "ImageName"),
          List.of(
          "LocaleCode",
          "AltText",
          "ImageLabel",
          "Order"));

  /** The catalog resource {@code SortDefinitions}. */
  public static final KiboResource SORT_DEFINITIONS =
      define(
          Domain.CATALOG,
          "SortDefinitions",
          0,
          List.of(
          "CatalogName",
          "CategoryCode",
          "ProductSortDefinitionId",
          "Name"),
          List.of(
          "StartDate",
          "EndDate",
          "PrimaryAttribute",
          "PrimaryDirection",
          "SecondaryAttribute",
          "SecondaryDirection"));

  /** The catalog resource {@code ProductRankings}. */
  public static final KiboResource PRODUCT_RANKINGS =
      define(
          Domain.CATALOG,
          "ProductRankings",
          0,
          List.of(
          "CatalogName",
          "CategoryCode",
          "SortDefinitionId",
          "ProductCode",
          "Position"),
          List.of(
          "Locked"));

  /** The catalog resource {@code Products}. */
  public static final KiboResource PRODUCTS =
      define(
          Domain.CATALOG,
          "Products",
          0,
          List.of(
          "MasterCatalogName",
          "ProductCode",
          "ProductType",
          "ProductUsage",
          "ProductName",
          "Price",
          "VariationPricingMethod",
          "PackageWeight",
          "PackageLength",
          "PackageWidth",
          "PackageHeight"),
          List.of(
          "SalePrice",
          "Cost",
          "MSRP",
          "MAP",
          "MAPEffectiveStartDate",
          "MAPEffectiveEndDate",
          "RestrictDiscount",
          "RestrictDiscountStartDate",
          "RestrictDiscountEndDate",
          "ManufacturerPartNumber",
          "UPC",
          "DistributorPartNumber",
          "IsTaxable",
          "ManageStock",
          "IsPackagedStandAlone",
          "OutOfStockBehavior",
          "FulfillmentTypes",
          "ProductShortDescription",
          "ContentFullProductDescription",
          "ContentFullProductDescription2",
          "ContentFullProductDescription3",
          "SEOMetaTagTitle",
          "SEOMetaTagDescription",
          "SEOMetaTagKeywords",
          "SEOFriendlyURL"));

  /** The catalog resource {@code ProductPropertyLocale}. */
  public static final KiboResource PRODUCT_PROPERTY_LOCALE =
      define(
          Domain.CATALOG,
          "ProductPropertyLocale",
          0,
          List.of(
          "MasterCatalogName",
          "ProductCode",
          "AttributeName"),
          List.of(
          "Value"));

  /** The catalog resource {@code ProductCatalog}. */
  public static final KiboResource PRODUCT_CATALOG =
      define(
          Domain.CATALOG,
          "ProductCatalog",
          0,
          List.of(
          "MasterCatalogName",
          "CatalogName",
          "ProductCode",
          "IsActive"),
          List.of(
          "CategoryCodes",
          "ProductName",
          "Price",
          "SalePrice",
          "MSRP",
          "MAP",
          "MAPEffectiveStartDate",
          "MAPEffectiveEndDate",
          "ProductShortDescription",
          "ContentFullProductDescription",
          "SEOMetaTagTitle",
          "SEOMetaTagDescription",
          "SEOMetaTagKeywords",
          "SEOFriendlyURL"));

  /** The catalog resource {@code ProductBundles}. */
  public static final KiboResource PRODUCT_BUNDLES =
      define(
          Domain.CATALOG,
          "ProductBundles",
          0,
          List.of(
          "MasterCatalogName",
          "ProductCode",
          "Code",
          "Quantity"),
          List.of(
          "Name"));

  /** The catalog resource {@code ProductOptions}. */
  public static final KiboResource PRODUCT_OPTIONS =
      define(
          Domain.CATALOG,
          "ProductOptions",
          0,
          List.of(
          "MasterCatalogName",
          "ProductCode",
          "VariationCode",
          "Enabled"),
          List.of(
          "ExtraPrice",
          "FixedListPrice",
          "FixedSalePrice",
          "FixedMSRP",
          "DeltaMSRP",
          "FixedWeight",
          "ExtraWeight",
          "ExtraCost",
          "FulfillmentTypes",
          "MfgPartNo",
          "UPC",
          "DistPartNo"));

  /** The catalog resource {@code ProductExtras}. */
  public static final KiboResource PRODUCT_EXTRAS =
      define(
          Domain.CATALOG,
          "ProductExtras",
          0,
          List.of(
          "MasterCatalogName",
          "ProductCode",
          "AttributeCode",
          "Value"),
          List.of(
          "RequiredByShopper",
          "Defaulted",
          "MultiSelect",
          "Quantity"));

  /** The catalog resource {@code ProductOptionsLocale}. */
  public static final KiboResource PRODUCT_OPTIONS_LOCALE =
      define(
          Domain.CATALOG,
          "ProductOptionsLocale",
          0,
          List.of(
          "MasterCatalogName",
          "ProductCode",
          "VariationCode"),
          List.of(
          "Currency",
          "Extra Price",
          "Extra MSRP",
          "Extra Credit Value",
          "Fixed List Price",
          "Fixed Sale Price"));

  /** The catalog resource {@code ProductImages}. */
  public static final KiboResource PRODUCT_IMAGES =
      define(
          Domain.CATALOG,
          "ProductImages",
          0,
          List.of(
          "MasterCatalogName",
          "ProductCode",
          "Name"),
          List.of(
          "Sequence",
          "AltText",
          "ImageLabel",
          "VideoUrl"));

  /** The catalog resource {@code LocationTypes}. */
  public static final KiboResource LOCATION_TYPES =
      define(
          Domain.CATALOG,
          "LocationTypes",
          0,
          List.of(
          "LocationTypeCode",
          "LocationTypeName"),
          List.of());

  /** The catalog resource {@code Locations}. */
  public static final KiboResource LOCATIONS =
      define(
          Domain.CATALOG,
          "Locations",
          0,
          List.of(
          "LocationTypeCodes",
          "LocationCode",
          "Name",
          "IsDisabled",
          "Address1",
          "AddressType",
          "CityOrTown",
          "CountryCode",
          "PostalOrZipCode",
          "StateOrProvince",
          "Shipping Contact CompanyOrOrganization",
          "Shipping Contact PhoneNumber",
          "SupportsInventory",
          "AllowFulfillmentWithNoStock",
          "Latitude",
          "Longitude",
          "Express",
          "TransferEnabled",
          "IncludeInLocationExport",
          "IncludeInInventoryAggregrate",
          "WarehouseEnabled"),
          List.of(
          "Description",
          "FulfillmentTypes",
          "Address2",
          "Address3",
          "Address4",
          "Shipping Contact Email",
          "Shipping Contact FirstName",
          "Shipping Contact LastNameOrSurname",
          "Shipping Contact MiddleNameOrInitial",
          "Fax",
          "Phone",
          "Notes",
          "Tags",
          "Hours of operation - Sunday",
          "Hours of operation - Monday",
          "Hours of operation - Tuesday",
          "Hours of operation - Wednesday",
          "Hours of operation - Thursday",
          "Hours of operation - Friday",
          "Hours of operation - Saturday",
          "LastModifiedDate"));

  /** The catalog resource {@code LocationInventory}. */
  public static final KiboResource LOCATION_INVENTORY =
      define(
          Domain.CATALOG,
          "LocationInventory",
          0,
          List.of(
          "MasterCatalogName",
          "ProductCode",
          "LocationCode"),
          List.of(
          "ParentProductCode",
          "StockOnHand",
          "StockUpdateOption",
          "StockOnBackOrder",
          "StockAvailable"));

  /** The catalog resource {@code Images}. */
  public static final KiboResource IMAGES =
      define(
          Domain.CATALOG,
          "Images",
          0,
          List.of(
          "MasterCatalogName",
          "ImageUrl"),
          List.of(
          "Name",
          "Id",
          "Tags"));

  /** The catalog resource {@code LocationGroup}. */
  public static final KiboResource LOCATION_GROUP =
      define(
          Domain.CATALOG,
          "LocationGroup",
          0,
          List.of(
          "LocationGroupCode",
          "Name",
          "LocationCodes",
          "SiteIds"),
          List.of(
          "LastModifiedDate"));

  /** The catalog resource {@code LocationGroupConfiguration}. */
  public static final KiboResource LOCATION_GROUP_CONFIGURATION =
      define(
          Domain.CATALOG,
          "LocationGroupConfiguration",
          0,
          List.of(
          "LocationGroupCode",
          "SiteId",
          "CustomerFailedToPickupAfterAction",
          "CustomerFailedToPickupDeadline",
          "SendCustomerPickupReminder",
          "DefaultCarrier",
          "PrintReturnLabel",
          "DefaultPrinterType"),
          List.of(
          "LastModifiedDate"));

  /** The catalog resource {@code LocationGroupBoxTypeConfig}. */
  public static final KiboResource LOCATION_GROUP_BOX_TYPE_CONFIG =
      define(
          Domain.CATALOG,
          "LocationGroupBoxTypeConfig",
          0,
          List.of(
          "LocationGroupCode",
          "SiteId",
          "Name",
          "Height",
          "Length",
          "Width"),
          List.of());

  /** The catalog resource {@code LocationGroupCarrierConfig}. */
  public static final KiboResource LOCATION_GROUP_CARRIER_CONFIG =
      define(
          Domain.CATALOG,
          "LocationGroupCarrierConfig",
          0,
          List.of(
          "LocationGroupCode",
          "SiteId",
          "CarrierType",
          "IsEnabled",
          "EnableSmartPost",
          "Express1DayDefault",
          "Express2DayDefault",
          "Express3DayDefault",
          "ReturnLabelShippingMethod",
          "ShippingMethods",
          "StandardDefault"),
          List.of());

  /** The catalog resource {@code Pricelists}. */
  public static final KiboResource PRICELISTS =
      define(
          Domain.CATALOG,
          "Pricelists",
          0,
          List.of(
          "MasterCatalogName",
          "PriceListName",
          "PriceListCode",
          "Enabled",
          "ValidForAllSites",
          "ValidSites"),
          List.of(
          "ParentPriceListCode",
          "Description",
          "FilteredInStorefront",
          "IndexedSites",
          "DefaultForSites",
          "MappedCustomerSegments",
          "Resolvable",
          "ResolutionRank",
          "CreatedBy"));

  /** The catalog resource {@code PricelistEntries}. */
  public static final KiboResource PRICELIST_ENTRIES =
      define(
          Domain.CATALOG,
          "PricelistEntries",
          0,
          List.of(
          "MasterCatalogName",
          "PriceListCode",
          "ProductCode",
          "CurrencyCode",
          "StartDate",
          "IsVariation"),
          List.of(
          "ProductName",
          "OptionSummary",
          "EndDate",
          "PriceListEntryMode",
          "MsrpMode",
          "Msrp",
          "CostMode",
          "Cost",
          "MapMode",
          "Map",
          "MapStartDate",
          "MapEndDate",
          "DiscountsRestricted",
          "DiscountsRestrictedMode",
          "DiscountsRestrictedStartDate",
          "DiscountsRestrictedEndDate",
          "CreatedBy",
          "PriceListEntryTypeCode"));

  /** The catalog resource {@code PricelistEntryPrices}. */
  public static final KiboResource PRICELIST_ENTRY_PRICES =
      define(
          Domain.CATALOG,
          "PricelistEntryPrices",
          0,
          List.of(
          "MasterCatalogName",
          "PriceListCode",
          "ProductCode",
          "CurrencyCode",
          "StartDate",
          "MinimumQuantity"),
          List.of(
          "ListPriceMode",
          "SalePriceMode",
          "ListPrice",
          "SalePrice"));

  /** The catalog resource {@code PricelistEntryExtras}. */
  public static final KiboResource PRICELIST_ENTRY_EXTRAS =
      define(
          Domain.CATALOG,
          "PricelistEntryExtras",
          0,
          List.of(
          "MasterCatalogName",
          "PriceListCode",
          "ProductCode",
          "CurrencyCode",
          "StartDate",
          "AttributeFQN",
          "Value",
          "Price"),
          List.of(
          "DisplayValue",
          "AttributeCode"));

  /** The customer resource {@code CustomerSegments}. */
  public static final KiboResource CUSTOMER_SEGMENTS =
      define(
          Domain.CUSTOMER,
          "CustomerSegments",
          1,
          List.of(
          "Code",
          "Name"),
          List.of(
          "Customer Segment Id",
          "segmentId",
          "Description"));

  /** The customer resource {@code CustomerAccounts}. */
  public static final KiboResource CUSTOMER_ACCOUNTS =
      define(
          Domain.CUSTOMER,
          "CustomerAccounts",
          2,
          List.of(
          "Email"),
          List.of(
          "ExternalId",
          "AccountId",
          "CustomerAccountId",
          "UserName",
          "FirstName",
          "LastName",
          "CompanyOrOrganization",
          "CustomerSet",
          "CustomerSegments",
          "TaxExempt",
          "TaxId",
          "AcceptsMarketing",
          "IsAnonymous",
          "AccountTypeId",
          "LifetimeValue",
          "OrderCount",
          "PriceList",
          "LastOrderDate",
          "LastModifiedDate",
          "CustomerSinceDate",
          "UserId"));

  /** The customer resource {@code CustomerContacts}. */
  public static final KiboResource CUSTOMER_CONTACTS =
      define(
          Domain.CUSTOMER,
          "CustomerContacts",
          3,
          List.of(
          "AccountId"),
          List.of(
          "ExternalId",
          "CustomerAccountId",
          "ContactId",
          "Type",
          "IsPrimary",
          "CompanyOrOrganization",
          "FirstName",
          "MiddleName",
          "LastName",
          "Email",
          "FaxNumber",
          "HomePhone",
          "MobilePhone",
          "WorkPhone",
          "AddressType",
          "Address1",
          "Address2",
          "Address3",
          "Address4",
          "CityOrTown",
          "StateOrProvince",
          "PostalOrZipCode",
          "CountryCode",
          "Label",
          "LastModifiedDate"));

  /** The customer resource {@code PurchaseOrderAccounts}. */
  public static final KiboResource PURCHASE_ORDER_ACCOUNTS =
      define(
          Domain.CUSTOMER,
          "PurchaseOrderAccounts",
          4,
          List.of(
          "AccountId"),
          List.of(
          "ExternalId",
          "Enabled",
          "CreditLimit",
          "OverdraftAllowanceType",
          "OverdraftAllowance",
          "AvailableBalance"));

  /** The customer resource {@code PurchaseOrderPaymentTerms}. */
  public static final KiboResource PURCHASE_ORDER_PAYMENT_TERMS =
      define(
          Domain.CUSTOMER,
          "PurchaseOrderPaymentTerms",
          5,
          List.of(
          "ExternalId",
          "SiteName",
          "Code"),
          List.of(
          "AccountId"));

  /** The customer resource {@code PurchaseOrderTransactions}. */
  public static final KiboResource PURCHASE_ORDER_TRANSACTIONS =
      define(
          Domain.CUSTOMER,
          "PurchaseOrderTransactions",
          6,
          List.of(
          "AccountId",
          "SiteName",
          "TransactionAmount",
          "TransactionTypeId"),
          List.of(
          "OrderNumber",
          "OrderType",
          "PurchaseOrderNumber",
          "TransactionDescription",
          "Author",
          "TransactionDate",
          "AdditionalTransactionDetail",
          "CreditLimit"));

  /** The customer resource {@code StoreCredits}. */
  public static final KiboResource STORE_CREDITS =
      define(
          Domain.CUSTOMER,
          "StoreCredits",
          7,
          List.of(
          "Code",
          "CreditType",
          "CurrencyCode",
          "InitialBalance"),
          List.of(
          "ActivationDate",
          "CurrentBalance",
          "CustomerId",
          "ExpirationDate"));

  /** The customer resource {@code StoreCreditTransactions}. */
  public static final KiboResource STORE_CREDIT_TRANSACTIONS =
      define(
          Domain.CUSTOMER,
          "StoreCreditTransactions",
          8,
          List.of(
          "Code",
          "ImpactAmount",
          "TransactionType"),
          List.of(
          "Comments"));

  /** The customer resource {@code CustomerAttributes}. */
  public static final KiboResource CUSTOMER_ATTRIBUTES =
      define(
          Domain.CUSTOMER,
          "CustomerAttributes",
          9,
          List.of(
          "AttributeFQN",
          "Value"),
          List.of(
          "AccountId",
          "ExternalId"));

  private final Spec spec;

  private KiboResource(String value, boolean known) {
    super(value, known);
    this.spec = known ? SPECS.get(value) : Spec.UNKNOWN;
  }

  private static KiboResource define(
      Domain domain, String name, int order, List<String> required, List<String> optional) {
    SPECS.put(name, new Spec(Optional.of(domain), order, required, optional));
    KiboResource resource = REGISTRY.known(name);
    BY_LOWER_NAME.put(name.toLowerCase(Locale.ROOT), resource);
    return resource;
  }

  /**
   * Returns the constant whose name matches {@code value} ignoring case, or a value that keeps an
   * unknown resource name.
   */
  @JsonCreator
  public static KiboResource of(String value) {
    KiboResource known = BY_LOWER_NAME.get(value.toLowerCase(Locale.ROOT));
    return known != null ? known : REGISTRY.of(value);
  }

  /**
   * Returns the known resource a CSV file is named after ({@code products.csv} is {@link
   * #PRODUCTS}), ignoring case and the {@code .csv} extension.
   */
  public static Optional<KiboResource> fromFileName(String fileName) {
    String base = fileName.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    if (base.toLowerCase(Locale.ROOT).endsWith(".csv")) {
      base = base.substring(0, base.length() - 4);
    }
    return Optional.ofNullable(BY_LOWER_NAME.get(base.toLowerCase(Locale.ROOT)));
  }

  /** Returns the resources this SDK version knows, catalog first, in the guides' order. */
  public static Collection<KiboResource> knownValues() {
    return REGISTRY.values();
  }

  /** Returns the known resources of {@code domain}, in the guides' order. */
  public static List<KiboResource> ofDomain(Domain domain) {
    List<KiboResource> result = new ArrayList<>();
    for (KiboResource resource : REGISTRY.values()) {
      if (resource.domain().filter(domain::equals).isPresent()) {
        result.add(resource);
      }
    }
    return List.copyOf(result);
  }

  /**
   * Returns {@code resources} in the order Kibo processes them: customer resources by the
   * documented dependency order (segments, accounts, contacts, ..., attributes), everything else
   * where the caller put it, after them.
   */
  public static List<KiboResource> inProcessingOrder(Collection<KiboResource> resources) {
    List<KiboResource> sorted = new ArrayList<>(resources);
    sorted.sort(
        Comparator.comparingInt(
            r -> r.processingOrder().orElse(Integer.MAX_VALUE)));
    return List.copyOf(sorted);
  }

  /** Returns the domain of a known resource; empty for an unknown one. */
  public Optional<Domain> domain() {
    return spec.domain;
  }

  /** Returns the columns every import row must fill, in the guides' order. */
  public List<String> requiredFields() {
    return spec.required;
  }

  /** Returns the columns an import may add and an export returns only when asked for. */
  public List<String> optionalFields() {
    return spec.optional;
  }

  /** Returns the required fields followed by the optional ones. */
  public List<String> allFields() {
    List<String> all = new ArrayList<>(spec.required);
    all.addAll(spec.optional);
    return List.copyOf(all);
  }

  /**
   * Returns the CSV file name of this resource inside an import ZIP, following each guide's
   * example: lower case for catalog resources ({@code products.csv}), the resource name for
   * customer resources ({@code CustomerAccounts.csv}). Kibo matches them ignoring case.
   */
  public String fileName() {
    boolean catalog = domain().filter(Domain.CATALOG::equals).isPresent();
    return (catalog ? value().toLowerCase(Locale.ROOT) : value()) + ".csv";
  }

  /** Returns true if {@code field} is a required or optional field of this resource. */
  public boolean hasField(String field) {
    return spec.required.contains(field) || spec.optional.contains(field);
  }

  /**
   * Returns the position (1 first) of a customer resource in the documented import processing
   * order; empty for other resources.
   */
  public OptionalInt processingOrder() {
    return spec.order > 0 ? OptionalInt.of(spec.order) : OptionalInt.empty();
  }

  private static final class Spec {
    static final Spec UNKNOWN = new Spec(Optional.empty(), 0, List.of(), List.of());
    final Optional<Domain> domain;
    final int order;
    final List<String> required;
    final List<String> optional;

    Spec(Optional<Domain> domain, int order, List<String> required, List<String> optional) {
      this.domain = domain;
      this.order = order;
      this.required = List.copyOf(required);
      this.optional = List.copyOf(optional);
    }
  }
}
