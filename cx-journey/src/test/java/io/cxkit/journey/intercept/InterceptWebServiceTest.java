package io.cxkit.journey.intercept;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.cxkit.core.CxException;
import io.cxkit.journey.intercept.InterceptTestTriggers.Always;
import io.cxkit.journey.intercept.InterceptTestTriggers.ExitIntentOn;
import io.cxkit.journey.json.InterceptJson;
import io.cxkit.journey.profile.CustomerProfile;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The README's "wire the engine into a web service": the JDK's HTTP server on the loopback
 * address, one engine for every request, the browser's session in, the decision out.
 */
class InterceptWebServiceTest {
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private HttpServer server;
  private ExecutorService executor;
  private URI endpoint;
  /** What a real service keeps in a store (or a signed cookie): each person's survey history. */
  private final Map<String, SurveyHistory> histories = new ConcurrentHashMap<>();
  private final Map<String, CustomerProfile> profiles = new ConcurrentHashMap<>();

  @BeforeEach
  void start() throws IOException {
    InterceptEngine engine = InterceptEngine.builder()
        .intercepts(
            Intercept.builder("checkout-exit", "exit-feedback")
                .triggers(new ExitIntentOn("/checkout")).priority(10).build(),
            Intercept.builder("nps", "nps").triggers(new Always("every page")).priority(1)
                .samplePercent(100).build())
        .pacing(Pacing.standard())
        // Clock.systemUTC() in a service; fixed here so the answer can be checked.
        .clock(Clock.fixed(NOW, ZoneOffset.UTC))
        .build();
    InterceptJson json = InterceptJson.standard();

    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/intercept", exchange -> {
      try {
        if (!exchange.getRequestMethod().equals("POST")) {
          respond(exchange, 405, error("POST a visitor session"));
          return;
        }
        VisitorSession session = json.readSession(exchange.getRequestBody());
        String person = session.personId();
        InterceptDecision decision = engine.decide(session, profiles.get(person),
            histories.getOrDefault(person, SurveyHistory.empty()), List.of());
        // The engine records nothing: the service adds the contact when it shows a survey.
        decision.surveyId().ifPresent(survey -> histories.merge(person,
            SurveyHistory.empty().with(new SurveyContact(survey, decision.at(),
                ContactOutcome.SHOWN)),
            (old, added) -> old.with(added.contacts().get(0))));
        respond(exchange, 200, json.writeDecision(decision));
      } catch (CxException e) {
        // Bad input is the client's: a 400 naming the path, the value and the rule.
        respond(exchange, 400, error(e.getMessage()));
      } finally {
        exchange.close();
      }
    });
    executor = Executors.newFixedThreadPool(2);
    server.setExecutor(executor);
    server.start();
    endpoint = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/intercept");
  }

  private static String error(String message) throws IOException {
    return MAPPER.writeValueAsString(Map.of("error", message));
  }

  private static void respond(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    exchange.getResponseBody().write(bytes);
  }

  @AfterEach
  void stop() {
    server.stop(0);
    executor.shutdownNow();
  }

  private HttpResponse<String> post(String body) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest request = HttpRequest.newBuilder(endpoint)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    return client.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static final String LEAVING_CHECKOUT = """
      {"personId": "visitor-8f2c", "sessionId": "s-1",
       "events": [{"at": "2026-03-02T09:58:30Z", "type": "page-view", "page": "/checkout"},
                  {"at": "2026-03-02T10:00:00Z", "type": "exit-intent", "page": "/checkout"}]}
      """;

  @Test
  void theServiceAnswersWithTheSurveyToShowAndThenCoolsDown() throws Exception {
    HttpResponse<String> first = post(LEAVING_CHECKOUT);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(first.headers().firstValue("Content-Type")).contains("application/json; charset=utf-8");
    JsonNode decision = MAPPER.readTree(first.body());
    assertThat(decision.path("at").asText()).isEqualTo("2026-03-02T10:00:00Z");
    assertThat(decision.path("show").path("surveyId").asText()).isEqualTo("exit-feedback");
    // nps fired too (every page) but its priority 1 is below the exit survey's 10.
    JsonNode nps = decision.path("candidates").get(1);
    assertThat(nps.path("interceptId").asText()).isEqualTo("nps");
    assertThat(nps.path("reasons").get(0).path("reason").asText()).isEqualTo("outranked");
    assertThat(nps.path("reasons").get(0).path("interceptId").asText()).isEqualTo("checkout-exit");
    assertThat(histories.get("visitor-8f2c").contacts()).containsExactly(
        new SurveyContact("exit-feedback", NOW, ContactOutcome.SHOWN));

    // The same visitor again: the survey just shown holds every survey back for 14 days.
    JsonNode again = MAPPER.readTree(post(LEAVING_CHECKOUT).body());
    assertThat(again.path("show").isNull()).isTrue();
    for (JsonNode candidate : again.path("candidates")) {
      JsonNode reason = candidate.path("reasons").get(0);
      assertThat(reason.path("reason").asText()).isEqualTo("cooling-down");
      assertThat(reason.path("lastSurveyId").asText()).isEqualTo("exit-feedback");
      // 2026-03-02T10:00Z + 14 days.
      assertThat(reason.path("until").asText()).isEqualTo("2026-03-16T10:00:00Z");
    }
  }

  @Test
  void badRequestsGetA400NamingTheProblem() throws Exception {
    HttpResponse<String> response = post("{\"personId\": \"v\", \"sessionId\": \"s\", \"events\":"
        + " [{\"at\": \"2026-03-02T10:00:00Z\", \"type\": \"tap\", \"page\": \"/\"}]}");

    assertThat(response.statusCode()).isEqualTo(400);
    String message = MAPPER.readTree(response.body()).path("error").asText();
    assertThat(message).contains("$.events[0].type").contains("\"tap\" is not a session event type");
    assertThat(histories).isEmpty();
  }
}
