package io.commerceclients.kiliba.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.commerceclients.kiliba.model.customers.Customer;
import org.junit.jupiter.api.Test;

/** A model serialised by a mapper that is not the SDK's (a Spring controller's) leaves absent fields out. */
class PlainMapperJsonTest {

  private final ObjectMapper plain =
      new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule());

  @Test
  void customerWithAbsentFieldsHasNoNulls() throws Exception {
    Customer customer = Customer.builder().idCustomer(KilibaId.of(7)).email("jane@example.com").build();

    String json = plain.writeValueAsString(customer);

    assertEquals(plain.readTree("{\"id_customer\":7,\"email\":\"jane@example.com\"}"), plain.readTree(json), json);
    assertEquals(customer, plain.readValue(json, Customer.class));
  }
}
