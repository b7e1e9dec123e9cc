package io.commerceclients.kiliba.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.commerceclients.kiliba.model.emails.TransactionalEmail;
import io.commerceclients.kiliba.model.emails.TransactionalEmailResult;
import io.commerceclients.kiliba.model.stores.CreateUploadRequest;
import io.commerceclients.kiliba.model.stores.SourceConfig;
import io.commerceclients.kiliba.model.stores.UploadOutput;
import io.commerceclients.kiliba.model.stores.UploadSession;
import io.commerceclients.kiliba.model.stores.UploadState;
import io.commerceclients.kiliba.model.stores.UploadStatus;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoreAndEmailModelsTest {

  private static final Map<String, Object> PROPERTIES = Map.of("property1", "string", "property2", "string");

  @Test
  void createUploadRequestSample() {
    CreateUploadRequest expected = CreateUploadRequest.builder()
        .filename("string").contentType("text/tab-separated-values").size(0L).provider("retail")
        .datasetType("string").adapterKey("string").adapterVersion("v1")
        .sourceConfig(SourceConfig.builder().addShopId("string").defaultShopId("string")
            .addCustomerGroupId("string").defaultCustomerGroupId("string")
            .langIsoCode("st").build())
        .build();

    assertEquals(expected, Samples.read("create-upload-request.json", CreateUploadRequest.class));
    Samples.assertSerialisesTo("create-upload-request.json", expected);
  }

  @Test
  void uploadSessionSampleHidesThePresignedUrlInToString() {
    UploadSession session = Samples.read("upload-session.json", UploadSession.class);

    assertEquals("string", session.uploadId());
    assertSame(UploadState.CREATED, session.status().orElseThrow());
    assertEquals(Optional.of("string"), session.s3Key());
    assertEquals(Optional.of("string"), session.presignedUrl());
    assertEquals(Optional.of("string"), session.expiresAt());
    Samples.assertSerialisesTo("upload-session.json", session);

    UploadSession secret = UploadSession.builder().uploadId("u1")
        .presignedUrl("https://bucket.s3.amazonaws.com/k?X-Amz-Signature=abc123").build();
    assertFalse(secret.toString().contains("abc123"), secret.toString());
  }

  @Test
  void uploadStatusSample() {
    UploadStatus status = Samples.read("upload-status.json", UploadStatus.class);

    UploadStatus expected = UploadStatus.builder()
        .uploadId("string").status(UploadState.CREATED).currentStage("detect").detectionStatus("pending")
        .detectionError(PROPERTIES).datasetType("string").adapterKey("string").adapterVersion("string")
        .detectedDatasetType("string").detectedAdapterKey("string").detectedAdapterVersion("string")
        .detectedParserKey("string").detectedParserVersion("string").addDetectedDataset("string")
        .latestAttemptId("f9c2524e-9e28-4b41-bedc-c81b7dedf778")
        .rowsTotal(0L).rowsAccepted(0L).rowsRejected(0L).reportS3Key("string")
        .addOutput(UploadOutput.builder().datasetType("string").topic("string").canonicalS3Key("string")
            .rejectsS3Key("string").rowsTotal(0L).rowsAccepted(0L).rowsRejected(0L)
            .validationSummary(PROPERTIES).publishSummary(PROPERTIES).status("string").error(PROPERTIES).build())
        .build();
    assertEquals(expected, status);
    Samples.assertSerialisesTo("upload-status.json", status);
  }

  @Test
  void uploadStatesKeepUnknownValues() {
    assertTrue(UploadState.of("completed").isKnown());
    assertFalse(UploadState.of("quarantined").isKnown());
  }

  @Test
  void transactionalEmailSamples() {
    TransactionalEmail expected = TransactionalEmail.builder().transactionalEmailId("string").email("string")
        .language("string").variables(Map.of("property1", "string", "property2", "string")).build();

    assertEquals(expected, Samples.read("transactional-email.json", TransactionalEmail.class));
    Samples.assertSerialisesTo("transactional-email.json", expected);

    TransactionalEmailResult result = Samples.read("transactional-email-result.json", TransactionalEmailResult.class);
    assertEquals(Optional.of("string"), result.status());
    Samples.assertSerialisesTo("transactional-email-result.json", result);
  }
}
