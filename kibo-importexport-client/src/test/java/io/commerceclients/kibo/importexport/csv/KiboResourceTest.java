package io.commerceclients.kibo.importexport.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.kibo.importexport.model.Domain;
import java.util.List;
import org.junit.jupiter.api.Test;

class KiboResourceTest {

  @Test
  void catalogueHoldsEveryResourceOfBothDomains() {
    assertEquals(29, KiboResource.ofDomain(Domain.CATALOG).size());
    assertEquals(9, KiboResource.ofDomain(Domain.CUSTOMER).size());
    assertEquals(
        List.of("Code", "CreditType", "CurrencyCode", "InitialBalance"),
        KiboResource.STORE_CREDITS.requiredFields());
    assertEquals(List.of("Description"), KiboResource.ATTRIBUTES.optionalFields());
    assertTrue(KiboResource.LOCATIONS.hasField("Hours of operation - Monday"));
    assertEquals(11, KiboResource.PRODUCTS.requiredFields().size());
  }

  @Test
  void namesResolveIgnoringCaseAndFromFileNames() {
    assertSame(KiboResource.PRODUCTS, KiboResource.of("products"));
    assertSame(KiboResource.CUSTOMER_ACCOUNTS, KiboResource.fromFileName("dir/customeraccounts.CSV").orElseThrow());
    assertTrue(KiboResource.fromFileName("notes.csv").isEmpty());
    assertFalse(KiboResource.of("Gadgets").isKnown());
    assertEquals("products.csv", KiboResource.PRODUCTS.fileName());
    assertEquals("CustomerAccounts.csv", KiboResource.CUSTOMER_ACCOUNTS.fileName());
  }

  @Test
  void customerResourcesSortIntoTheDocumentedProcessingOrder() {
    assertEquals(
        List.of(
            KiboResource.CUSTOMER_SEGMENTS,
            KiboResource.CUSTOMER_ACCOUNTS,
            KiboResource.CUSTOMER_CONTACTS,
            KiboResource.STORE_CREDITS,
            KiboResource.CUSTOMER_ATTRIBUTES),
        KiboResource.inProcessingOrder(
            List.of(
                KiboResource.CUSTOMER_ATTRIBUTES,
                KiboResource.STORE_CREDITS,
                KiboResource.CUSTOMER_CONTACTS,
                KiboResource.CUSTOMER_ACCOUNTS,
                KiboResource.CUSTOMER_SEGMENTS)));
    assertEquals(1, KiboResource.CUSTOMER_SEGMENTS.processingOrder().getAsInt());
    assertTrue(KiboResource.PRODUCTS.processingOrder().isEmpty());
  }
}
