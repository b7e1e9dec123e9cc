package io.commerceclients.kibo.importexport.reliability;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A loopback server speaking raw HTTP/1.1 for Kibo's transfer tests: it answers the token request
 * itself and hands every other request (line, headers, body bytes) to a handler that writes what it
 * likes on the socket: a body cut short, longer than its length, a reset, a stall.
 */
final class RawKibo implements AutoCloseable {

  /** Writes the answer to one request. */
  @FunctionalInterface
  interface Handler {
    void handle(Request request, Socket socket) throws IOException;
  }

  /** One request as read. */
  record Request(String line, List<String> headers, byte[] body) {
    String header(String name) {
      for (String h : headers) {
        int colon = h.indexOf(':');
        if (colon > 0 && h.substring(0, colon).trim().equalsIgnoreCase(name)) {
          return h.substring(colon + 1).trim();
        }
      }
      return null;
    }
  }

  private final ServerSocket server;
  private final ExecutorService threads = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "raw-kibo");
    t.setDaemon(true);
    return t;
  });
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile Handler handler;

  RawKibo(Handler handler) throws IOException {
    this.handler = handler;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  String url() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  void handler(Handler handler) {
    this.handler = handler;
  }

  /** Requests other than the token's. */
  List<Request> apiRequests() {
    return requests.stream().filter(r -> !r.line().contains("/oauth")).toList();
  }

  static void answer(Socket socket, String head, byte[] body) throws IOException {
    OutputStream out = socket.getOutputStream();
    out.write(head.getBytes(StandardCharsets.ISO_8859_1));
    out.write(body);
    out.flush();
  }

  static byte[] bytes(int size, int seed) {
    byte[] content = new byte[size];
    for (int i = 0; i < size; i++) {
      content[i] = (byte) ('a' + (i + seed) % 26);
    }
    return content;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        sockets.add(socket);
        threads.execute(() -> serve(socket));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = socket.getInputStream();
      while (true) {
        String head = readHead(in);
        if (head == null) {
          return;
        }
        String[] lines = head.split("\r\n");
        List<String> headers = List.of(lines).subList(1, lines.length);
        Request request = new Request(lines[0], headers, readBody(in, headers));
        requests.add(request);
        if (request.line().contains("/oauth")) {
          byte[] token = "{\"access_token\":\"tok-1\",\"expires_in\":3600}".getBytes(StandardCharsets.UTF_8);
          answer(socket, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: " + token.length
              + "\r\n\r\n", token);
          continue;
        }
        handler.handle(request, socket);
        if (socket.isClosed()) {
          return;
        }
      }
    } catch (IOException | RuntimeException ended) {
      // the client went away or the handler closed the connection
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    int b;
    while ((b = in.read()) != -1) {
      head.write(b);
      matched = (b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1) ? matched + 1 : 0;
      if (matched == 4) {
        String text = head.toString(StandardCharsets.ISO_8859_1);
        return text.substring(0, text.length() - 4);
      }
    }
    return null;
  }

  private static byte[] readBody(InputStream in, List<String> headers) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (String h : headers) {
      String lower = h.toLowerCase();
      if (lower.startsWith("content-length:")) {
        long length = Long.parseLong(h.substring(15).trim());
        for (long i = 0; i < length; i++) {
          int b = in.read();
          if (b < 0) {
            break;
          }
          body.write(b);
        }
      } else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
        while (true) {
          StringBuilder size = new StringBuilder();
          int b;
          while ((b = in.read()) != -1 && b != '\n') {
            if (b != '\r') {
              size.append((char) b);
            }
          }
          if (b < 0) {
            throw new IOException("chunked body cut");
          }
          int n = Integer.parseInt(size.toString().split(";")[0].trim(), 16);
          for (int i = 0; i < n; i++) {
            body.write(in.read());
          }
          in.read();
          in.read();
          if (n == 0) {
            break;
          }
        }
      }
    }
    return body.toByteArray();
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket s : sockets) {
      s.close();
    }
    threads.shutdownNow();
  }
}
