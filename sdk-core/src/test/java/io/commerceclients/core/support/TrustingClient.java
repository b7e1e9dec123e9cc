package io.commerceclients.core.support;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.OkHttpClient;

/** An OkHttp client that trusts any certificate and host name: for tests against a loopback https server only. */
public final class TrustingClient {
  private TrustingClient() {}

  public static OkHttpClient trustingEveryCertificate() throws GeneralSecurityException {
    X509TrustManager trustAll = new X509TrustManager() {
      @Override
      public void checkClientTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public void checkServerTrusted(X509Certificate[] chain, String authType) {}

      @Override
      public X509Certificate[] getAcceptedIssuers() {
        return new X509Certificate[0];
      }
    };
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, new TrustManager[] {trustAll}, new SecureRandom());
    return new OkHttpClient.Builder().sslSocketFactory(context.getSocketFactory(), trustAll)
        .hostnameVerifier((host, session) -> true).build();
  }
}
