package io.commerceclients.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.commerceclients.kibo.importexport.KiboImportExportClient;
import io.commerceclients.kibo.importexport.model.DropLocation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.BufferedSink;
import okio.Okio;

/**
 * Runs in a child JVM with a 128 MB heap: after three 64 MB warm-up round trips (a service is warm),
 * uploads a file to a running FakeKibo and downloads it back, through the SDK or through
 * hand-written OkHttp and Jackson, and reports MB/s each way and peak heap. Arguments: auth host URL, tenant id, client id, shared secret, {@code sdk|baseline},
 * source file, download target.
 */
public final class FileTransfer {
  private static final MediaType OCTETS = MediaType.get("application/octet-stream");

  private FileTransfer() {}

  /** Entry point of the child JVM. */
  public static void main(String[] args) throws Exception {
    String authHost = args[0];
    long tenant = Long.parseLong(args[1]);
    boolean sdk = args[4].equals("sdk");
    Path source = Path.of(args[5]);
    Path target = Path.of(args[6]);
    long size = Files.size(source);
    Path warmUp = Files.createTempFile("cc-warm-up", ".bin");
    Path warmUpBack = Files.createTempFile("cc-warm-up-back", ".bin");
    try (var out = Files.newOutputStream(warmUp)) {
      byte[] chunk = new byte[1 << 20];
      for (int i = 0; i < 64; i++) {
        out.write(chunk);
      }
    }
    for (int i = 0; i < 3; i++) {
      if (sdk) {
        viaSdk(args[0], tenant, args[2], args[3], warmUp, warmUpBack);
      } else {
        viaBaseline(args[0], tenant, args[2], args[3], warmUp, warmUpBack);
      }
    }
    Files.delete(warmUp);
    Files.delete(warmUpBack);
    System.gc();
    PeakHeap.reset();
    double[] seconds = sdk ? viaSdk(authHost, tenant, args[2], args[3], source, target)
        : viaBaseline(authHost, tenant, args[2], args[3], source, target);
    if (Files.size(target) != size) {
      throw new IllegalStateException("downloaded " + Files.size(target) + " bytes of " + size);
    }
    double mb = size / (1024.0 * 1024.0);
    ForkedJvm.report("uploadMBps", mb / seconds[0]);
    ForkedJvm.report("downloadMBps", mb / seconds[1]);
    ForkedJvm.report("peakHeapMb", PeakHeap.bytes() / (1024.0 * 1024.0));
    System.exit(0);
  }

  private static double[] viaSdk(String authHost, long tenant, String clientId, String secret, Path source, Path target) {
    try (KiboImportExportClient client = KiboImportExportClient.builder().authHost(authHost).tenantId(tenant)
        .clientId(clientId).sharedSecret(secret).build()) {
      long t0 = System.nanoTime();
      DropLocation file = client.files().upload(source, "big.zip");
      long t1 = System.nanoTime();
      client.files().download(file.id().orElseThrow(), target);
      long t2 = System.nanoTime();
      return new double[] {(t1 - t0) / 1e9, (t2 - t1) / 1e9};
    }
  }

  private static double[] viaBaseline(String authHost, long tenant, String clientId, String secret, Path source, Path target)
      throws Exception {
    OkHttpClient http = new OkHttpClient();
    ObjectMapper mapper = new ObjectMapper();
    String token;
    Request auth = new Request.Builder().url(authHost + "/api/platform/applications/authtickets/oauth")
        .post(RequestBody.create(mapper.writeValueAsBytes(Map.of("client_id", clientId, "client_secret", secret,
            "grant_type", "client_credentials")), MediaType.get("application/json"))).build();
    try (Response r = http.newCall(auth).execute()) {
      token = mapper.readTree(r.body().byteStream()).path("access_token").asText();
    }
    String tenantHost;
    Request lookup = new Request.Builder().url(authHost + "/api/platform/tenants/" + tenant)
        .header("Authorization", "Bearer " + token).build();
    try (Response r = http.newCall(lookup).execute()) {
      JsonNode body = mapper.readTree(r.body().byteStream());
      String domain = body.path("domain").asText();
      tenantHost = domain.startsWith("http") ? domain : authHost.substring(0, authHost.indexOf("://") + 3) + domain;
    }
    long t0 = System.nanoTime();
    Request upload = new Request.Builder()
        .url(tenantHost + "/api/platform/data/files?fileType=import&fileName=big.zip")
        .header("Authorization", "Bearer " + token).header("x-vol-tenant", Long.toString(tenant))
        .post(RequestBody.create(source.toFile(), OCTETS)).build();
    String id;
    try (Response r = http.newCall(upload).execute()) {
      id = mapper.readTree(r.body().byteStream()).path("id").asText();
    }
    long t1 = System.nanoTime();
    Request download = new Request.Builder().url(tenantHost + "/api/platform/data/files/" + id + "/content")
        .header("Authorization", "Bearer " + token).header("x-vol-tenant", Long.toString(tenant)).build();
    try (Response r = http.newCall(download).execute(); BufferedSink sink = Okio.buffer(Okio.sink(target))) {
      sink.writeAll(r.body().source());
    }
    long t2 = System.nanoTime();
    http.dispatcher().executorService().shutdown();
    return new double[] {(t1 - t0) / 1e9, (t2 - t1) / 1e9};
  }
}
