package io.commerceclients.kibo.importexport.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.commerceclients.core.error.ProtocolException;
import io.commerceclients.kibo.importexport.model.ImportJob;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/**
 * The spec types Kibo's dates as {@code date-time} (RFC 3339): any offset, a colon-less one and .NET's
 * seven fractional digits decode to the same instant; a date without any offset is a contract break,
 * a {@link ProtocolException} naming the operation and the field.
 */
@WireMockTest
class KiboDateAnswersTest extends KiboWireBase {

  private static final String JOB = "/api/platform/data/import/j1";

  @Test
  void datesInOtherOffsetsAndPrecisionsDecodeToTheSameInstant() {
    OffsetDateTime utc = OffsetDateTime.parse("2025-10-03T18:15:37.734Z");
    for (String date : new String[] {"2025-10-03T18:15:37.734Z", "2025-10-03T20:15:37.734+02:00",
        "2025-10-03T13:15:37.734-05:00", "2025-10-03T20:15:37.734+0200", "2025-10-03T18:15:37.7340000Z"}) {
      stubFor(get(JOB).willReturn(okJson(job(date))));
      ImportJob job = client().imports().get("j1");
      OffsetDateTime read = job.auditInfo().orElseThrow().createDate().orElseThrow();
      assertEquals(utc.toInstant(), read.toInstant(), date);
    }
  }

  @Test
  void aDateWithoutAnOffsetIsAProtocolFailureNamingTheField() {
    stubFor(get(JOB).willReturn(okJson(job("2025-10-03T18:15:37.734"))));
    ProtocolException e = assertThrows(ProtocolException.class, () -> client().imports().get("j1"));
    assertTrue(e.getMessage().contains("GET /platform/data/import/{id}"), e.getMessage());
    assertTrue(e.getMessage().contains("auditInfo.createDate"), e.getMessage());
    assertFalse(e.getMessage().contains("tok-1"), e.getMessage());
  }

  private static String job(String createDate) {
    return "{\"id\":\"j1\",\"status\":\"complete\",\"isComplete\":true,\"auditInfo\":{\"createDate\":\"" + createDate + "\"}}";
  }
}
