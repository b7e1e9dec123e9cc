package io.commerceclients.karla.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.commerceclients.karla.model.order.Order;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** A model serialised by a mapper that is not the SDK's (a Spring controller's) leaves absent fields out. */
class PlainMapperJsonTest {

  private final ObjectMapper plain =
      new ObjectMapper().registerModule(new Jdk8Module()).registerModule(new JavaTimeModule());

  @Test
  void orderWithAbsentFieldsHasNoNulls() throws Exception {
    Order order = Order.builder().uuid("o-1").orderNumber("1001").totalOrderPrice(new BigDecimal("19.90")).build();

    String json = plain.writeValueAsString(order);

    assertEquals(plain.readTree("{\"uuid\":\"o-1\",\"order_number\":\"1001\",\"total_order_price\":19.90,"
        + "\"products\":[],\"discounts\":[],\"segments\":[],\"trackings\":[]}"), plain.readTree(json), json);
    assertEquals(order, plain.readValue(json, Order.class));
  }
}
