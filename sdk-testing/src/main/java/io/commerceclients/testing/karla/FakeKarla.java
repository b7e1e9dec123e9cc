package io.commerceclients.testing.karla;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.commerceclients.testing.server.FakeApi;
import io.commerceclients.testing.server.FakeHttpServer;
import io.commerceclients.testing.server.FakeJson;
import io.commerceclients.testing.server.FakeRequest;
import io.commerceclients.testing.server.FakeResponse;
import io.commerceclients.testing.server.Handler;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A stateful fake of the Karla API on loopback, for tests: it checks HTTP Basic credentials, keeps
 * shops, orders and their shipments and events, claims, campaigns, A/B tests, discounts, deals,
 * announcements, webhooks, Shopify webhooks, settings, keys and organizations, paginates lists as
 * Karla does (bare arrays), answers errors in Karla's {@code {errors, key, message, type}} body
 * with its keys ({@code order_not_found}, {@code campaign_exists}, …) and invalid bodies with
 * FastAPI's 422 {@code {detail: [...]}}, and can deliver signed webhook events.
 *
 * <p>It starts with one shop, {@value #DEFAULT_SHOP}, and accepts the user {@value
 * #DEFAULT_USERNAME} with the key {@value #DEFAULT_API_KEY}. Use it as a JUnit 5 extension, which
 * injects the fake and a ready {@code KarlaClient} (built by {@link #clientBuilder()}, closed after
 * the test) into test methods:
 *
 * <pre>{@code
 * @RegisterExtension static FakeKarla karla = new FakeKarla();
 *
 * @Test void placesAnOrder(KarlaClient client) {
 *   client.orders().place(order);
 *   assertEquals(1, karla.orders(karla.shop()).size());
 * }
 * }</pre>
 *
 * <p>Fault injection ({@link #faults()}) and request recording ({@link #requests()}) come from
 * {@link FakeHttpServer}; the ways to create, reset and connect to it are those of every {@link FakeApi}.
 */
public class FakeKarla extends FakeApi {

  /** The user name the fake accepts unless told otherwise. */
  public static final String DEFAULT_USERNAME = "gokarla";

  /** The API key the fake accepts unless told otherwise. */
  public static final String DEFAULT_API_KEY = "karla-fake-api-key-0001";

  /** The shop that exists from the start. */
  public static final String DEFAULT_SHOP = "gokarla";

  private final KarlaState state;
  private final String username;
  private final String apiKey;
  private volatile boolean keyExpired;

  /** Creates a fake, not started, with the default credentials and shop; JUnit starts it when registered. */
  public FakeKarla() {
    this(DEFAULT_USERNAME, DEFAULT_API_KEY, Clock.systemUTC());
  }

  /**
   * Creates a fake, not started, that accepts {@code username} and {@code apiKey}, with the default shop.
   *
   * @throws IllegalArgumentException if either is null or blank
   */
  public FakeKarla(String username, String apiKey) {
    this(username, apiKey, Clock.systemUTC());
  }

  /**
   * Creates a fake, not started, with the given credentials whose timestamps come from {@code clock}.
   *
   * @throws IllegalArgumentException if a credential is null or blank
   */
  public FakeKarla(String username, String apiKey, Clock clock) {
    super("io.commerceclients.karla.KarlaClient", "karla-client");
    this.username = credential(username, "username");
    this.apiKey = credential(apiKey, "apiKey");
    this.state = new KarlaState(Objects.requireNonNull(clock, "clock"));
    new ShopRoutes(state).register(this);
    new WebhookRoutes(state).register(this);
    new OrderRoutes(state).register(this);
    new ClaimRoutes(state).register(this);
    new CampaignRoutes(state).register(this);
    new MarketingRoutes(state).register(this);
    new OrgRoutes(state).register(this);
    addShop(DEFAULT_SHOP);
  }

  /** Creates a fake, not started, with the default credentials and shop: the same as {@code new FakeKarla()}. */
  public static FakeKarla create() {
    return new FakeKarla();
  }

  /** Creates and starts a fake with the default credentials and shop; close it when done. */
  public static FakeKarla started() {
    return new FakeKarla().start();
  }

  /** Starts the fake on a free loopback port; does nothing if it runs already. */
  @Override
  public synchronized FakeKarla start() {
    super.start();
    return this;
  }

  /** Returns the user name the fake accepts. */
  public String username() {
    return username;
  }

  /** Returns the API key the fake accepts. */
  public String apiKey() {
    return apiKey;
  }

  /** Returns the shop that exists from the start, {@value #DEFAULT_SHOP}: the default shop of {@link #clientBuilder()}. */
  public String shop() {
    return DEFAULT_SHOP;
  }

  /**
   * Returns the fake to its first state, on the same port with the same credentials and clock:
   * forgets every shop but a fresh {@value #DEFAULT_SHOP}, with everything kept under the shops
   * (orders, shipments and their events, claims, campaigns, A/B tests, discounts, announcements,
   * webhooks, Shopify webhooks, keys, settings, images), every deal, organization and member, and
   * {@link #expireApiKey()}; and every recorded request and pending fault.
   */
  @Override
  public void reset() {
    synchronized (state) {
      state.clear();
      keyExpired = false;
      addShop(DEFAULT_SHOP);
    }
    super.reset();
  }

  /** Points a {@code KarlaClient.Builder} at the fake: its base URL, user name, API key and {@link #shop()}. */
  @Override
  protected Map<String, Object> clientSettings() {
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("baseUrl", baseUrl());
    settings.put("username", username());
    settings.put("apiKey", apiKey());
    settings.put("shop", shop());
    return settings;
  }

  /** Makes every further request answer 401 {@code api_key_expired}, as Karla does for an expired key. */
  public FakeKarla expireApiKey() {
    keyExpired = true;
    return this;
  }

  /**
   * Adds a shop (and its organization, named like it) if it does not exist yet.
   *
   * @throws IllegalArgumentException if {@code slug} is blank or holds a {@code /}, {@code ?} or {@code #}
   * @throws NullPointerException if {@code slug} is null
   */
  public FakeKarla addShop(String slug) {
    if (Objects.requireNonNull(slug, "slug").isBlank() || slug.matches(".*[/?#].*")) {
      throw new IllegalArgumentException("a shop slug must be a non-blank path segment, got '" + slug + "'");
    }
    synchronized (state) {
      if (!state.shops.containsKey(slug)) {
        ObjectNode shop = FakeJson.object();
        shop.put("name", slug);
        shop.put("slug", slug);
        shop.put("organization", slug);
        ShopRoutes.create(state, shop);
      }
    }
    return this;
  }

  /**
   * Sets when a shop goes live with Karla's services ({@code go_live_at} of the shop, which no
   * request of the API sets).
   *
   * @throws IllegalArgumentException if the fake has no such shop
   */
  public FakeKarla goLiveAt(String slug, Instant at) {
    synchronized (state) {
      seeded(slug).shop.put("go_live_at", Objects.requireNonNull(at, "at").toString());
    }
    return this;
  }

  /**
   * Returns a copy of a shop's announcements. Karla's search requires an announcement's UUID and
   * text, and creating one answers nothing, so a test finds the UUID here.
   *
   * @throws IllegalArgumentException if the fake has no such shop
   */
  public List<JsonNode> announcements(String shop) {
    synchronized (state) {
      return seeded(shop).announcements.values().stream()
          .map(node -> (JsonNode) node.deepCopy())
          .collect(Collectors.toList());
    }
  }

  /**
   * Returns a copy of a shop's orders (with their trackings) as Karla would answer them.
   *
   * @throws IllegalArgumentException if the fake has no such shop
   */
  public List<JsonNode> orders(String shop) {
    synchronized (state) {
      return seeded(shop).orders.values().stream()
          .map(node -> (JsonNode) node.deepCopy())
          .collect(Collectors.toList());
    }
  }

  /**
   * Returns a copy of a shop's claims.
   *
   * @throws IllegalArgumentException if the fake has no such shop
   */
  public List<JsonNode> claims(String shop) {
    synchronized (state) {
      return seeded(shop).claims.values().stream()
          .map(node -> (JsonNode) node.deepCopy())
          .collect(Collectors.toList());
    }
  }

  /**
   * Returns a copy of one shipment (tracking).
   *
   * @throws IllegalArgumentException if the fake has no such shop, or the shop no such shipment
   */
  public JsonNode shipment(String shop, String shipmentId) {
    synchronized (state) {
      return shipmentOf(seeded(shop), shipmentId).deepCopy();
    }
  }

  /**
   * Returns the images uploaded to a shop, in order.
   *
   * @throws IllegalArgumentException if the fake has no such shop
   */
  public List<UploadedImage> images(String shop) {
    synchronized (state) {
      return new ArrayList<>(seeded(shop).images);
    }
  }

  /**
   * Delivers a shipment-update event about {@code shipmentId} to every active webhook of the shop,
   * signed with each webhook's secret, and returns the status codes the receivers answered.
   *
   * @throws IllegalArgumentException if the fake has no such shop, or the shop no such shipment
   */
  public List<Integer> deliverShipmentUpdate(String shop, String shipmentId) {
    List<String[]> targets = new ArrayList<>();
    byte[] body;
    synchronized (state) {
      KarlaState.ShopState shopState = seeded(shop);
      body = Events.shipmentUpdate(state, shopState, shipmentOf(shopState, shipmentId))
          .toString()
          .getBytes(StandardCharsets.UTF_8);
      for (ObjectNode hook : shopState.webhooks.values()) {
        if ("active".equals(Routes.text(hook, "status"))) {
          targets.add(new String[] {Routes.text(hook, "url"), Routes.text(hook, "secret")});
        }
      }
    }
    List<Integer> statuses = new ArrayList<>();
    for (String[] target : targets) {
      statuses.add(WebhookDelivery.post(target[0], target[1], state.nowTime().toInstant(), body));
    }
    return statuses;
  }

  /**
   * Signs {@code eventJson} (the raw body) with {@code secret} as Karla does, POSTs it to {@code
   * url} and returns the receiver's status code.
   */
  public int deliverEvent(String url, String secret, String eventJson) {
    return WebhookDelivery.post(
        url, secret, state.nowTime().toInstant(), eventJson.getBytes(StandardCharsets.UTF_8));
  }

  /** Returns a shop's state for a test's inspection, or throws naming the shops there are. */
  private KarlaState.ShopState seeded(String slug) {
    KarlaState.ShopState shop = state.shops.get(Objects.requireNonNull(slug, "shop"));
    if (shop == null) {
      throw new IllegalArgumentException("FakeKarla has no shop '" + slug + "' (its shops: " + state.shops.keySet()
          + "); add one with addShop(slug)");
    }
    return shop;
  }

  private static ObjectNode shipmentOf(KarlaState.ShopState shop, String shipmentId) {
    try {
      return shop.shipment(Objects.requireNonNull(shipmentId, "shipmentId"));
    } catch (KarlaError missing) {
      throw new IllegalArgumentException("FakeKarla has no shipment '" + shipmentId + "' in this shop", missing);
    }
  }

  /** Answers FastAPI's 404 for a path no route serves. */
  @Override
  protected FakeResponse notFound(FakeRequest request) {
    return FakeResponse.json(404, FakeJson.object().put("detail", "Not Found"));
  }

  /** Answers FastAPI's 405 for a served path with another method. */
  @Override
  protected FakeResponse methodNotAllowed(FakeRequest request) {
    return FakeResponse.json(405, FakeJson.object().put("detail", "Method Not Allowed"));
  }

  /** Registers a Karla route: credentials checked, state locked, errors in Karla's format. */
  final void on(String method, String pathTemplate, Handler handler) {
    route(
        method,
        pathTemplate,
        request -> {
          FakeResponse denied = authenticate(request);
          if (denied != null) {
            return denied;
          }
          try {
            synchronized (state) {
              return handler.handle(request);
            }
          } catch (KarlaError e) {
            return e.response();
          } catch (FakeRequest.MalformedBodyException e) {
            Problems problems = Problems.body();
            problems.add("json_invalid", "JSON decode error");
            return KarlaError.validation(problems.detail()).response();
          }
        });
  }

  private @Nullable FakeResponse authenticate(FakeRequest request) {
    String header = request.header("Authorization").orElse(null);
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return FakeResponse.json(401, FakeJson.object().put("detail", "Not authenticated"))
          .header("WWW-Authenticate", "Basic");
    }
    String expected =
        Base64.getEncoder()
            .encodeToString((username + ":" + apiKey).getBytes(StandardCharsets.UTF_8));
    if (!header.substring(6).trim().equals(expected)) {
      return KarlaError.karla(400, "invalid_credentials", "Incorrect username or API key")
          .response();
    }
    if (keyExpired) {
      return KarlaError.karla(401, "api_key_expired", "The API key has expired").response();
    }
    return null;
  }

  /** An image a test uploaded: its type, file name, content type and size in bytes. */
  public static final class UploadedImage {
    private final String imageType;
    private final @Nullable String filename;
    private final @Nullable String contentType;
    private final long size;

    UploadedImage(String imageType, @Nullable String filename, @Nullable String contentType, long size) {
      this.imageType = imageType;
      this.filename = filename;
      this.contentType = contentType;
      this.size = size;
    }

    /** Returns the image type of the path, such as {@code logo}. */
    public String imageType() {
      return imageType;
    }

    /** Returns the file name of the part, or null. */
    public @Nullable String filename() {
      return filename;
    }

    /** Returns the content type of the part, or null. */
    public @Nullable String contentType() {
      return contentType;
    }

    /** Returns the size of the part in bytes. */
    public long size() {
      return size;
    }
  }
}
