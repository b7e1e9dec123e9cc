package io.commerceclients.karla.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.commerceclients.karla.KarlaClient;
import io.commerceclients.karla.model.campaign.CreateAbTestRequest;
import io.commerceclients.karla.model.campaign.PromotionType;
import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.server.FakeJson;
import io.commerceclients.testing.server.RecordedRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Input Karla's reference allows goes over the wire as given, and FakeKarla accepts it. */
class KarlaDocumentedInputTest {

  private static final OffsetDateTime T = OffsetDateTime.parse("2024-10-01T00:00:00Z");

  @RegisterExtension
  static FakeKarla karla = new FakeKarla();

  private KarlaClient client;

  @BeforeEach
  void setUp() {
    karla.reset();
    client = karla.clientBuilder(KarlaClient.Builder.class).maxRetries(0).build();
  }

  @AfterEach
  void tearDown() {
    client.close();
  }

  @Test
  void abTestWithoutCampaignsOrEndingBeforeItStartsIsSent() {
    client.shop().abTests().create(CreateAbTestRequest.builder().name("n").segment("s")
        .campaignType(PromotionType.BASIC).startDate(T).endDate(T.minusDays(1)).build());

    JsonNode sent = body(single());
    assertEquals("[]", sent.get("campaigns").toString());
    assertEquals(T.minusDays(1), OffsetDateTime.parse(sent.get("end_date").asText()));
  }

  private static RecordedRequest single() {
    List<RecordedRequest> sent = karla.requests();
    assertEquals(1, sent.size(), () -> "sent: " + sent);
    return sent.get(0);
  }

  private static JsonNode body(RecordedRequest request) {
    try {
      return FakeJson.mapper().readTree(request.bodyText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
