package com.example.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import io.commerceclients.kiliba.model.KilibaId;
import io.commerceclients.kiliba.model.customers.Customer;
import io.commerceclients.testing.karla.FakeKarla;
import io.commerceclients.testing.kibo.FakeKibo;
import io.commerceclients.testing.kiliba.FakeKiliba;
import kotlin.KotlinVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

@SpringBootTest
class ShopApplicationTest {
  static final FakeKiliba kiliba = FakeKiliba.started();
  static final FakeKarla karla = FakeKarla.started();
  static final FakeKibo kibo = FakeKibo.started();

  @DynamicPropertySource
  static void fakes(DynamicPropertyRegistry registry) {
    registry.add("shop.kiliba.base-url", kiliba::baseUrl);
    registry.add("shop.kiliba.api-key", kiliba::apiKey);
    registry.add("shop.karla.base-url", karla::baseUrl);
    registry.add("shop.karla.username", karla::username);
    registry.add("shop.karla.api-key", karla::apiKey);
    registry.add("shop.kibo.auth-host", kibo::baseUrl);
    registry.add("shop.kibo.tenant-id", kibo::tenantId);
    registry.add("shop.kibo.client-id", kibo::clientId);
    registry.add("shop.kibo.shared-secret", kibo::sharedSecret);
  }

  @AfterAll
  static void stopFakes() {
    kiliba.close();
    karla.close();
    kibo.close();
  }

  @Autowired
  ShopService shop;

  @Autowired
  ObjectMapper objectMapper;

  @Test
  void beansCallTheFakes() {
    kiliba.customers().addGenerated(3);

    assertEquals(3, shop.customerCount());
    assertEquals(1, shop.placeOrder("1001"));
    assertEquals(0, shop.importJobCount());
  }

  @Test
  void springsObjectMapperLeavesAbsentFieldsOut() throws Exception {
    Customer customer = Customer.builder().idCustomer(KilibaId.of(7)).email("jane@example.com").build();

    String json = objectMapper.writeValueAsString(customer);

    assertEquals(objectMapper.readTree("{\"id_customer\":7,\"email\":\"jane@example.com\"}"),
        objectMapper.readTree(json), json);
  }

  @Test
  void runsOnVersionsTheSdkSupports() {
    System.out.println("Spring Boot 3 resolves Jackson " + PackageVersion.VERSION + ", Kotlin stdlib "
        + KotlinVersion.CURRENT + ", JUnit " + Test.class.getPackage().getImplementationVersion());
    assertTrue(PackageVersion.VERSION.compareTo(new Version(2, 19, 0, null, null, null)) >= 0);
    assertTrue(KotlinVersion.CURRENT.isAtLeast(1, 9, 25));
  }
}
