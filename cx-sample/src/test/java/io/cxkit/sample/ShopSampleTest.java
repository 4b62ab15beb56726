package io.cxkit.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.cxkit.core.InvalidValueException;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import io.cxkit.journey.profile.AttributeValue;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.sample.internal.ShopSimulation;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The sample's settings, its determinism, and that its records are consistent with each other. */
class ShopSampleTest {
  private static final ShopSample SAMPLE = ShopSample.builder().customers(2_000).seed(5).build();
  private static List<JourneyEvent> events;
  private static List<Response> responses;
  private static List<CustomerProfile> profiles;

  @BeforeAll
  static void generate() {
    events = new ArrayList<>();
    responses = new ArrayList<>();
    profiles = new ArrayList<>();
    SAMPLE.generate(new SampleSink() {
      @Override
      public void profile(CustomerProfile profile) {
        profiles.add(profile);
      }

      @Override
      public void event(JourneyEvent event) {
        events.add(event);
      }

      @Override
      public void response(Response response) {
        responses.add(response);
      }
    });
  }

  @Test
  void defaultsAreTheShopsYear2026InBerlin() {
    ShopSample sample = ShopSample.builder().build();

    assertThat(sample.seed()).isEqualTo(42);
    assertThat(sample.customers()).isEqualTo(10_000);
    assertThat(sample.start()).isEqualTo(LocalDate.of(2026, 1, 1));
    assertThat(sample.months()).isEqualTo(12);
    assertThat(sample.zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
    // Midnight in Berlin is 23:00 UTC the day before in winter (CET = UTC+1).
    assertThat(sample.startInstant()).isEqualTo(Instant.parse("2025-12-31T23:00:00Z"));
    assertThat(sample.end()).isEqualTo(Instant.parse("2026-12-31T23:00:00Z"));
    assertThat(sample.endDate()).isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(sample).isEqualTo(ShopSample.of(10_000)).hasSameHashCodeAs(ShopSample.of(10_000))
        .isNotEqualTo(ShopSample.builder().seed(43).build());
  }

  @Test
  void settingsOutOfRangeAreRefusedNamingTheField() {
    assertThatThrownBy(() -> ShopSample.builder().customers(0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("customers")
        .hasMessageContaining("1 to 10000000");
    assertThatThrownBy(() -> ShopSample.of(10_000_001))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("10000001");
    assertThatThrownBy(() -> ShopSample.builder().months(37))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("months");
    assertThatThrownBy(() -> ShopSample.builder().months(0))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("months");
    assertThatThrownBy(() -> ShopSample.builder().start(LocalDate.of(1969, 12, 31)))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("start");
    assertThatThrownBy(() -> ShopSample.builder().zone("Mars/Olympus"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("Mars/Olympus");
    assertThatThrownBy(() -> ShopSample.builder().seed(1).seed(2))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("seed");
    assertThatThrownBy(() -> ShopSample.builder().zone((ZoneId) null))
        .isInstanceOf(NullPointerException.class).hasMessageContaining("zone");
    assertThatThrownBy(() -> SAMPLE.survey("nps-quarterly"))
        .isInstanceOf(InvalidValueException.class).hasMessageContaining("surveyId")
        .hasMessageContaining("nps-quarterly").hasMessageContaining("exit-feedback");
    assertThatThrownBy(() -> SAMPLE.customerId(2_000))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void aRefusedSettingLeavesTheBuilderAsItWas() {
    // A setting is "set" once it holds a value the builder accepted: a caller who catches the
    // refusal of a bad value (a command line reading user input) can still give a good one.
    ShopSample.Builder builder = ShopSample.builder();
    assertThatThrownBy(() -> builder.customers(0)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> builder.months(37)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> builder.start(LocalDate.of(9001, 1, 1)))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> builder.start(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("start");
    assertThatThrownBy(() -> builder.zone("Mars/Olympus"))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> builder.zone((ZoneId) null))
        .isInstanceOf(NullPointerException.class).hasMessage("zone");
    ShopSample sample = builder.customers(5).months(2).start(LocalDate.of(2026, 3, 29))
        .zone("Asia/Kathmandu").build();
    assertThat(sample).hasToString(
        "ShopSample{seed=42, customers=5, 2026-03-29 + 2 months, Asia/Kathmandu}");
  }

  @Test
  void aZoneSetTwiceIsRefusedWhicheverWayItIsGiven() {
    // The second call is refused for being second, before its id is read.
    assertThatThrownBy(() -> ShopSample.builder().zone(ZoneId.of("UTC")).zone("Asia/Tokyo"))
        .isInstanceOf(IllegalStateException.class).hasMessage("zone was already set");
    assertThatThrownBy(() -> ShopSample.builder().zone(ZoneId.of("UTC")).zone("Mars/Olympus"))
        .isInstanceOf(IllegalStateException.class).hasMessage("zone was already set");
    assertThatThrownBy(() -> ShopSample.builder().zone("UTC").zone(ZoneId.of("Asia/Tokyo")))
        .isInstanceOf(IllegalStateException.class).hasMessage("zone was already set");
    assertThatThrownBy(() -> ShopSample.builder().customers(5).customers(0))
        .isInstanceOf(IllegalStateException.class).hasMessage("customers was already set");
  }

  @Test
  void customersHaveEightDigitIdsInOrderOfSigningUp() {
    assertThat(SAMPLE.customerId(0)).isEqualTo("c-00000000");
    assertThat(SAMPLE.customerId(1_999)).isEqualTo("c-00001999");
    assertThat(profiles).hasSize(2_000);
    assertThat(profiles).extracting(CustomerProfile::customerId)
        .containsExactlyElementsOf(SAMPLE.profiles().map(CustomerProfile::customerId).toList());
    assertThat(profiles).isEqualTo(SAMPLE.profiles().toList());
    // Signing up is in order of the customer's number, by day.
    List<LocalDate> signedUp = profiles.stream().map(p ->
        ((AttributeValue.DateAttribute) p.attribute("signed-up").orElseThrow()).value()).toList();
    assertThat(signedUp).isSortedAccordingTo(Comparator.naturalOrder());
  }

  @Test
  void theSameSeedGivesTheSameRecordsAndTheStreamsAgreeWithOnePass() {
    assertThat(SAMPLE.events().toList()).isEqualTo(events);
    assertThat(SAMPLE.responses().toList()).isEqualTo(responses);
    ShopSample again = ShopSample.builder().seed(5).customers(2_000).build();
    assertThat(again.events().limit(5_000).toList()).isEqualTo(events.subList(0, 5_000));
    ShopSample other = ShopSample.builder().seed(6).customers(2_000).build();
    assertThat(other.events().limit(100).toList()).isNotEqualTo(events.subList(0, 100));
  }

  @Test
  void theFirstEventsOfTenMillionCustomersComeAtOnce() {
    // Customers are let in day by day: the first events need the first day's 30 000 or so
    // (10 000 000 over 92 % of 365 days), not all ten million, whose profiles alone take over
    // ten seconds to compute. Here well under a second.
    ShopSample large = ShopSample.of(ShopSample.MAX_CUSTOMERS);
    List<JourneyEvent> first = assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> large.events().limit(10).toList());
    assertThat(first).hasSize(10).allMatch(e -> e.at().isBefore(
        large.startInstant().plus(Duration.ofDays(1))));
  }

  @Test
  void eachSurveysStreamHoldsItsResponsesInOrder() {
    int total = 0;
    for (String survey : List.of(ShopSample.POST_PURCHASE, ShopSample.EXIT_FEEDBACK,
        ShopSample.SUPPORT_CES, ShopSample.DELIVERY_CSAT)) {
      List<Response> one = SAMPLE.responses(survey).toList();
      assertThat(one).isNotEmpty().allMatch(r -> r.surveyId().equals(survey))
          .isEqualTo(responses.stream().filter(r -> r.surveyId().equals(survey)).toList());
      total += one.size();
    }
    assertThat(total).isEqualTo(responses.size());
  }

  @Test
  void everyRecordIsInTimeOrderWithinThePeriodAndAtATouchpointOfTheMap() {
    JourneyMap map = SAMPLE.journeyMap();
    Instant start = SAMPLE.startInstant();
    Instant end = SAMPLE.end();
    assertThat(events).extracting(JourneyEvent::at).isSortedAccordingTo(Comparator.naturalOrder())
        .allMatch(at -> !at.isBefore(start) && at.isBefore(end));
    assertThat(responses).extracting(Response::submittedAt)
        .isSortedAccordingTo(Comparator.naturalOrder())
        .allMatch(at -> !at.isBefore(start) && at.isBefore(end));
    assertThat(events).allMatch(e -> map.touchpoint(e.touchpointId()).isPresent());
    assertThat(responses).allMatch(r -> map.touchpoint(r.context().touchpointId()).isPresent());
    // Every survey is asked where the map says it is.
    assertThat(responses).allMatch(r -> map.requireTouchpoint(r.context().touchpointId())
        .surveyIds().contains(r.surveyId()));
  }

  @Test
  void sessionsBelongToOneCustomerAndOrdersAreUnique() {
    Map<String, String> sessionOwner = new HashMap<>();
    Set<String> orders = new HashSet<>();
    for (JourneyEvent e : events) {
      if (e.sessionId() != null) {
        assertThat(sessionOwner.computeIfAbsent(e.sessionId(), s -> e.customerId()))
            .isEqualTo(e.customerId());
        assertThat(e.sessionId()).startsWith(e.customerId() + "-");
      }
      if (e.kind() == EventKind.PURCHASE) {
        assertThat(orders.add(e.attributes().get("order"))).isTrue();
      }
    }
    assertThat(orders).isNotEmpty();
    assertThat(responses.stream().map(Response::id).distinct().count())
        .isEqualTo(responses.size());
  }

  @Test
  void responsesFollowWhatHappenedToTheRespondent() {
    Map<String, List<JourneyEvent>> byCustomer = events.stream()
        .collect(Collectors.groupingBy(JourneyEvent::customerId));
    Map<String, Instant> purchased = new HashMap<>();
    Map<String, Instant> delivered = new HashMap<>();
    for (JourneyEvent e : events) {
      if (e.kind() == EventKind.PURCHASE) {
        purchased.put(e.attributes().get("order"), e.at());
      } else if (e.kind() == EventKind.COMPLETE && e.touchpointId().equals("delivery")) {
        delivered.put(e.attributes().get("order"), e.at());
      }
    }
    for (Response r : responses) {
      String customer = r.respondent().id();
      List<JourneyEvent> history = byCustomer.getOrDefault(customer, List.of());
      Instant at = r.submittedAt();
      switch (r.surveyId()) {
        case ShopSample.POST_PURCHASE -> {
          String order = r.context().attributes().get("order");
          assertThat(delivered.get(order)).as(r.id()).isBefore(at);
          assertThat(purchased.get(order)).isBefore(delivered.get(order));
        }
        case ShopSample.DELIVERY_CSAT ->
            assertThat(delivered.get(r.context().attributes().get("order"))).as(r.id())
                .isBefore(at);
        case ShopSample.SUPPORT_CES -> assertThat(history).as(r.id()).anyMatch(e ->
            e.kind() == EventKind.CONTACT && e.touchpointId().equals(r.context().touchpointId())
                && !e.at().isAfter(at) && e.at().isAfter(at.minus(Duration.ofHours(2))));
        default -> assertThat(history).as(r.id()).anyMatch(e ->
            e.touchpointId().equals(r.context().touchpointId()) && !e.at().isAfter(at)
                && e.at().isAfter(at.minus(Duration.ofHours(1))));
      }
    }
    // Forms shown and closed are there too, as the survey completion rate needs them.
    assertThat(responses).anyMatch(r -> r.status() == ResponseStatus.DISMISSED)
        .anyMatch(r -> r.status() == ResponseStatus.PARTIAL);
  }

  @Test
  void eventAttributesAreInTheOrderOfTheCsvColumns() {
    // The JSON Lines writer writes an event's attributes in their map's order. Map.of iterates
    // in an order salted afresh by every JVM run, so attributes built with it made events.jsonl
    // differ from one run to the next; the order of the CSV columns is the one fixed order.
    long withSeveral = 0;
    for (JourneyEvent e : events) {
      List<String> names = List.copyOf(e.attributes().keySet());
      if (names.size() > 1) {
        withSeveral++;
        assertThat(names).as("%s", e).isEqualTo(ShopSimulation.EVENT_ATTRIBUTES.stream()
            .filter(names::contains).toList());
      }
    }
    // Orders (variant, order, value), deliveries (order, late) and checkout errors.
    assertThat(withSeveral).isPositive();
  }

  @Test
  void theToStringNamesTheSettings() {
    assertThat(SAMPLE).hasToString(
        "ShopSample{seed=5, customers=2000, 2026-01-01 + 12 months, Europe/Berlin}");
  }
}
