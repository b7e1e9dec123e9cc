package com.example.shop;

import io.commerceclients.karla.KarlaClient;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kiliba.KilibaClient;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** A merchant's Spring Boot service with the three clients as beans. */
@SpringBootApplication
public class ShopApplication {

  public static void main(String[] args) {
    SpringApplication.run(ShopApplication.class, args);
  }

  @Bean(destroyMethod = "close")
  KilibaClient kilibaClient(@Value("${shop.kiliba.base-url}") String baseUrl,
                            @Value("${shop.kiliba.api-key}") String apiKey) {
    return KilibaClient.builder().baseUrl(baseUrl).apiKey(apiKey).build();
  }

  @Bean(destroyMethod = "close")
  KarlaClient karlaClient(@Value("${shop.karla.base-url}") String baseUrl,
                          @Value("${shop.karla.username}") String username,
                          @Value("${shop.karla.api-key}") String apiKey) {
    return KarlaClient.builder().baseUrl(baseUrl).username(username).apiKey(apiKey).build();
  }

  @Bean(destroyMethod = "close")
  KiboImportExportClient kiboClient(@Value("${shop.kibo.auth-host}") String authHost,
                                    @Value("${shop.kibo.tenant-id}") long tenantId,
                                    @Value("${shop.kibo.client-id}") String clientId,
                                    @Value("${shop.kibo.shared-secret}") String sharedSecret) {
    return KiboImportExportClient.builder().authHost(authHost).tenantId(tenantId)
        .clientId(clientId).sharedSecret(sharedSecret).build();
  }
}
