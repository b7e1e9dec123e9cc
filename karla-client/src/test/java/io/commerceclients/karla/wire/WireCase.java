package io.commerceclients.karla.wire;

import io.commerceclients.karla.KarlaClient;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;

/** One operation: the call, what must go over the wire, the canned answer, and checks on the result. */
final class WireCase {
  final String name;
  final String method;
  final String path;
  final Map<String, String> query = new LinkedHashMap<>();
  String requestJson;
  String contentTypePrefix;
  int status = 200;
  String responseJson = "null";
  final Function<KarlaClient, Object> call;
  Consumer<Object> check = result -> {};

  private WireCase(String name, String method, String path, Function<KarlaClient, Object> call) {
    this.name = name;
    this.method = method;
    this.path = path;
    this.call = call;
  }

  static WireCase of(String name, String method, String path, Function<KarlaClient, Object> call) {
    return new WireCase(name, method, path, call);
  }

  static WireCase run(String name, String method, String path, Consumer<KarlaClient> call) {
    return new WireCase(name, method, path, client -> {
      call.accept(client);
      return null;
    });
  }

  WireCase query(String name, String value) {
    query.put(name, value);
    return this;
  }

  WireCase body(String json) {
    this.requestJson = json;
    return this;
  }

  WireCase multipart() {
    this.contentTypePrefix = "multipart/form-data";
    return this;
  }

  WireCase answer(int status, String json) {
    this.status = status;
    this.responseJson = json;
    return this;
  }

  WireCase answer(String json) {
    return answer(200, json);
  }

  WireCase check(Consumer<Object> check) {
    this.check = check;
    return this;
  }

  @Override
  public String toString() {
    return name;
  }
}
