package dev.tempo.engine.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.tempo.engine.events.RunEvent;
import dev.tempo.engine.events.RunSummary;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fetch() in a test file, against a server on the loopback address: status, headers, bodies both ways,
 * redirects, a refused connection; data: and file: URLs; fetch mocked the usual ways; fake timers do not hold a
 * request back.
 */
class FetchTest {
    @TempDir
    Path dir;

    HttpServer server;

    @BeforeEach
    void startServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/json", x -> reply(x, 200, "application/json", "{\"ok\":true}"));
        server.createContext("/echo", x -> {
            String body = new String(x.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            String header = String.valueOf(x.getRequestHeaders().getFirst("x-h"));
            reply(x, 200, "text/plain", x.getRequestMethod() + " " + header + " " + body);
        });
        server.createContext("/redirect", x -> {
            x.getResponseHeaders().add("Location", "/json");
            x.sendResponseHeaders(302, -1);
            x.close();
        });
        server.createContext("/missing", x -> reply(x, 404, "text/plain", "nope"));
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop(0);
    }

    private static void reply(HttpExchange x, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", type);
        x.getResponseHeaders().add("X-Multi", "a");
        x.getResponseHeaders().add("X-Multi", "b");
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    private static int closedPort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    @Test
    void fetchesOverHttpAndFromDataAndFileUrls() throws Exception {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Files.writeString(dir.resolve("local.txt"), "from disk");
        RunFiles r = new RunFiles(dir).file("fetch.test.js", """
                const base = '%s';
                test('GET, status, headers and a JSON body', async () => {
                  const res = await fetch(base + '/json');
                  expect([res.status, res.statusText, res.ok, res.url, res.redirected]).toEqual([200, 'OK', true, base + '/json', false]);
                  expect(res.headers.get('content-type')).toBe('application/json');
                  expect(res.headers.get('x-multi')).toBe('a, b');
                  expect(await res.json()).toEqual({ ok: true });
                });
                test('POST with a body and a header', async () => {
                  const res = await fetch(base + '/echo', { method: 'POST', body: 'payload', headers: { 'X-H': 'hv' } });
                  expect(await res.text()).toBe('POST hv payload');
                  const viaRequest = await fetch(new Request(base + '/echo', { method: 'PUT', body: new URLSearchParams('a=1') }));
                  expect(await viaRequest.text()).toBe('PUT null a=1');
                });
                test('redirects are followed unless told not to; errors keep their status', async () => {
                  const followed = await fetch(base + '/redirect');
                  expect([followed.status, followed.url, followed.redirected]).toEqual([200, base + '/json', true]);
                  const manual = await fetch(base + '/redirect', { redirect: 'manual' });
                  expect([manual.status, manual.headers.get('location')]).toEqual([302, '/json']);
                  const missing = await fetch(base + '/missing');
                  expect([missing.status, missing.ok, missing.statusText, await missing.text()]).toEqual([404, false, 'Not Found', 'nope']);
                });
                test('a refused connection rejects with a TypeError', async () => {
                  const e = await fetch('http://127.0.0.1:%d/').catch((x) => x);
                  expect([e.name, e.code, e.message]).toEqual(['TypeError', 'ECONNREFUSED', 'ECONNREFUSED: Unable to connect. Is the computer able to access the url?']);
                  await expect(fetch('nope://x')).rejects.toThrow('protocol must be http:, https: or s3:');
                  await expect(fetch('not a url')).rejects.toThrow('fetch() URL is invalid');
                });
                test('data: and file: URLs', async () => {
                  expect(await (await fetch('data:text/plain;base64,aGk=')).text()).toBe('hi');
                  const d = await fetch('data:,hello%%20world');
                  expect([d.status, d.headers.get('content-type'), await d.text()]).toEqual([200, null, 'hello world']);
                  expect(await (await fetch(require('node:url').pathToFileURL(__dirname + '/local.txt'))).text()).toBe('from disk');
                });
                test('an aborted signal rejects before anything is fetched', async () => {
                  const c = new AbortController();
                  c.abort();
                  await expect(fetch(base + '/json', { signal: c.signal })).rejects.toThrow('This operation was aborted');
                });
                test('fake timers do not hold a request back', async () => {
                  jest.useFakeTimers();
                  try {
                    expect((await fetch(base + '/json')).status).toBe(200);
                  } finally {
                    jest.useRealTimers();
                  }
                });
                test('fetch mocked with spyOn and with a jest.fn answering Responses', async () => {
                  const spy = jest.spyOn(globalThis, 'fetch').mockResolvedValue(Response.json({ mocked: 1 }));
                  expect(await (await fetch('http://example.invalid/')).json()).toEqual({ mocked: 1 });
                  expect(spy).toHaveBeenCalledWith('http://example.invalid/');
                  spy.mockRestore();
                  const original = globalThis.fetch;
                  globalThis.fetch = jest.fn(async () => new Response('{"a":2}', { status: 201 }));
                  const res = await fetch('http://x/');
                  expect([res.status, await res.json()]).toEqual([201, { a: 2 }]);
                  globalThis.fetch = original;
                });
                """.formatted(base, closedPort()));
        RunSummary summary = r.run(r.request(1));
        assertThat(r.all(RunEvent.TestFinished.class)).extracting(t -> t.result().errors()).allMatch(List::isEmpty);
        assertThat(summary.pass()).isEqualTo(8);
        assertThat(summary.unhandledErrors()).isZero();
    }
}
