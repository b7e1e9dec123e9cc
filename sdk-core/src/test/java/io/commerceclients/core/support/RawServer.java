package io.commerceclients.core.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A loopback HTTP/1.1 server that hands each request to a handler writing raw bytes, for servers
 * that misbehave on purpose: answers that trickle or never end, connections closed while idle.
 * It records each request line and its headers, and which connection (by number) carried it.
 */
public final class RawServer implements AutoCloseable {
  /** Writes the answer to one request; {@code exchange} has the request and the socket. */
  @FunctionalInterface
  public interface Handler {
    void handle(Exchange exchange) throws IOException;
  }

  /** One request read from a connection. */
  public static final class Exchange {
    public final Socket socket;
    public final String requestLine;
    public final List<String> headers;
    public final String body;
    public final int connection;

    Exchange(Socket socket, String requestLine, List<String> headers, String body, int connection) {
      this.socket = socket;
      this.requestLine = requestLine;
      this.headers = headers;
      this.body = body;
      this.connection = connection;
    }

    public OutputStream out() throws IOException {
      return socket.getOutputStream();
    }

    public void write(String text) throws IOException {
      out().write(text.getBytes(StandardCharsets.ISO_8859_1));
      out().flush();
    }

    /** Writes {@code head}, then {@code unit} every {@code everyMillis} ms until the server closes or the client goes. */
    public void trickle(String head, String unit, long everyMillis) throws IOException {
      write(head);
      try {
        while (true) {
          Thread.sleep(everyMillis);
          write(unit);
        }
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
      }
    }

    /** Writes {@code head}, then nothing until the server closes: only a timeout ends the client's wait. */
    public void stall(String head) throws IOException {
      write(head);
      try {
        Thread.sleep(Long.MAX_VALUE);
      } catch (InterruptedException stopped) {
        Thread.currentThread().interrupt();
      }
    }

    public String header(String name) {
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
    Thread t = new Thread(r, "raw-server");
    t.setDaemon(true);
    return t;
  });
  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
  private final List<Socket> sockets = new CopyOnWriteArrayList<>();
  private final AtomicInteger connections = new AtomicInteger();
  private final Handler handler;

  public RawServer(Handler handler) throws IOException {
    this.handler = handler;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    threads.execute(this::accept);
  }

  public String url() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/";
  }

  public int port() {
    return server.getLocalPort();
  }

  public List<Exchange> exchanges() {
    return new ArrayList<>(exchanges);
  }

  public int connections() {
    return connections.get();
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        sockets.add(socket);
        int number = connections.incrementAndGet();
        threads.execute(() -> serve(socket, number));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket, int number) {
    try (socket) {
      BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
      while (true) {
        String requestLine = in.readLine();
        if (requestLine == null || requestLine.isEmpty()) {
          return;
        }
        List<String> headers = new ArrayList<>();
        int length = 0;
        for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
          headers.add(line);
          if (line.toLowerCase().startsWith("content-length:")) {
            length = Integer.parseInt(line.substring(15).trim());
          }
        }
        char[] body = new char[length];
        int read = 0;
        while (read < length) {
          int n = in.read(body, read, length - read);
          if (n < 0) {
            break;
          }
          read += n;
        }
        Exchange exchange = new Exchange(socket, requestLine, headers, new String(body, 0, read), number);
        exchanges.add(exchange);
        handler.handle(exchange);
        if (socket.isClosed()) {
          return;
        }
      }
    } catch (IOException | RuntimeException ended) {
      // the client went away or the handler closed the connection
    }
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
