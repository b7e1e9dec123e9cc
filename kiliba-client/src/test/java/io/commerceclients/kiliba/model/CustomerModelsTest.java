package io.commerceclients.kiliba.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.core.json.Json;
import io.commerceclients.kiliba.model.customers.BlacklistReason;
import io.commerceclients.kiliba.model.customers.Customer;
import io.commerceclients.kiliba.model.customers.CustomerEmails;
import io.commerceclients.kiliba.model.customers.CustomerPage;
import io.commerceclients.kiliba.model.customers.CustomerStatus;
import io.commerceclients.kiliba.model.customers.ProcessedEmails;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerModelsTest {

  private static final OffsetDateTime SAMPLE_DATE = OffsetDateTime.parse("2019-08-24T14:15:22Z");

  @Test
  void customerPageSample() {
    CustomerPage page = Samples.read("customers-page.json", CustomerPage.class);

    assertEquals(Optional.of(0L), page.total());
    assertEquals(Optional.of(0L), page.totalOutOfPackage());
    assertEquals(1, page.customers().size());
    Customer c = page.customers().get(0);
    assertEquals(KilibaId.of(0), c.idCustomer());
    assertTrue(c.idCustomer().isNumber());
    assertEquals(Optional.of("string"), c.idAccount());
    assertEquals(Optional.of("string"), c.firstname());
    assertEquals(Optional.of("string"), c.lastname());
    assertEquals(Optional.of(SAMPLE_DATE), c.dateAdd());
    assertEquals(Optional.of(SAMPLE_DATE), c.dateUpdate());
    assertEquals(Optional.of("user@example.com"), c.email());
    assertEquals(Optional.of("string"), c.idLang());
    assertEquals(
        Optional.of("{\"reasonName\":\"blacklist.Admin\",\"source\":\"ingestion\",\"userEmail\":\"\",\"customText\":\"\"}"),
        c.blacklistReason());
    assertEquals(
        Optional.of(BlacklistReason.builder().reasonName("blacklist.Admin").source("ingestion").userEmail("").customText("").build()),
        c.blacklistReasonDetails());
    assertEquals(Optional.of(SAMPLE_DATE), c.blacklistDate());
    assertEquals(Optional.of("Admin"), c.whitelistReason());
    assertEquals(Optional.of(SAMPLE_DATE), c.whitelistDate());
    assertEquals(Optional.of("1"), c.idGender());
    assertEquals(Optional.of("Champion"), c.customerSegmentV2());
    assertEquals(Optional.of(true), c.segmentActive());
    assertEquals(Optional.of(true), c.segmentPromotion());
    assertEquals(Optional.of(true), c.isGodson());
    assertEquals(Optional.of(true), c.isSolicitedForSponsorship());
    assertEquals(Optional.of(true), c.isSponsor());
    assertEquals(Optional.of(SAMPLE_DATE), c.lastVisitDate());
    assertEquals(Optional.of(SAMPLE_DATE), c.lastOrderDate());
    assertEquals(Optional.of(SAMPLE_DATE), c.recency());

    Samples.assertSerialisesTo("customers-page.json", page);
  }

  @Test
  void blacklistReasonThatIsNotJsonStaysRawAndParsesToEmpty() throws Exception {
    Customer c = Json.mapper().readValue("{\"id_customer\":\"7\",\"blacklist_reason\":\"Admin\"}", Customer.class);

    assertEquals(KilibaId.of("7"), c.idCustomer());
    assertEquals(Optional.of("Admin"), c.blacklistReason());
    assertEquals(Optional.empty(), c.blacklistReasonDetails());
  }

  @Test
  void customerEmailsAndProcessedEmailsSamples() {
    CustomerEmails body = Samples.read("customer-emails.json", CustomerEmails.class);
    assertEquals(List.of("string"), body.customerEmails());
    Samples.assertSerialisesTo("customer-emails.json", CustomerEmails.of(List.of("string")));

    ProcessedEmails processed = Samples.read("processed-emails.json", ProcessedEmails.class);
    assertEquals(Optional.of(0L), processed.processedEmails());
    Samples.assertSerialisesTo("processed-emails.json", processed);
  }

  @Test
  void customerStatusesKeepUnknownValues() {
    assertSame(CustomerStatus.INVALID_CONTACT, CustomerStatus.of("invalidContact"));
    assertEquals(6, CustomerStatus.knownValues().size());
    assertFalse(CustomerStatus.of("paused").isKnown());
    assertEquals("paused", CustomerStatus.of("paused").value());
  }
}
