package io.commerceclients.kibo.importexport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

/** A model serialised by a mapper that is not the SDK's (a Spring controller's) leaves absent fields out. */
class PlainMapperJsonTest {

  private final ObjectMapper plain =
      new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule());

  @Test
  void importJobWithAbsentFieldsHasNoNulls() throws Exception {
    ImportJob job = ImportJob.builder().id("job-1").status("Pending").build();

    String json = plain.writeValueAsString(job);

    assertEquals(plain.readTree("{\"id\":\"job-1\",\"status\":\"Pending\",\"resources\":[],\"files\":[]}"),
        plain.readTree(json), json);
    assertEquals(job, plain.readValue(json, ImportJob.class));
  }
}
