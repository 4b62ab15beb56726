package io.cxkit.sample;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.GoalOutcome;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.io.EventJsonLines;
import io.cxkit.journey.io.EventReader;
import io.cxkit.journey.io.RecordWriter;
import io.cxkit.journey.profile.AttributeValue;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseStatus;
import io.cxkit.survey.ResponseValidator;
import io.cxkit.survey.Survey;
import io.cxkit.survey.io.OnBadRecord;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What every sample promises, whatever its settings, checked over all its records: what the
 * javadoc of {@link ShopSample} and {@link SampleSink} says (the period, the order, one pass and
 * the streams agreeing), what cxkit's readers and validator accept, and that each response fits
 * what happened to its respondent and the exit form's routing.
 */
final class SampleInvariants {
  private SampleInvariants() {}

  /** Runs the sample once through {@link ShopSample#generate} and checks every record. */
  static void check(ShopSample sample) {
    List<CustomerProfile> profiles = new ArrayList<>();
    List<JourneyEvent> events = new ArrayList<>();
    List<Response> responses = new ArrayList<>();
    sample.generate(new SampleSink() {
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
    String name = sample.toString();
    // The streams are each a run of their own and give what the one pass gave.
    assertThat(sample.profiles().toList()).as("%s: profiles()", name).isEqualTo(profiles);
    assertThat(sample.events().toList()).as("%s: events()", name).isEqualTo(events);
    assertThat(sample.responses().toList()).as("%s: responses()", name).isEqualTo(responses);

    checkProfiles(sample, profiles, events);
    checkEvents(sample, events);
    checkResponses(sample, events, responses);
  }

  private static void checkProfiles(ShopSample sample, List<CustomerProfile> profiles,
      List<JourneyEvent> events) {
    // One profile per customer, in customer order (ShopSample.profiles()).
    assertThat(profiles).extracting(CustomerProfile::customerId).as("%s", sample)
        .containsExactlyElementsOf(java.util.stream.IntStream.range(0, sample.customers())
            .mapToObj(sample::customerId).toList());
    Map<String, JourneyEvent> first = new HashMap<>();
    for (JourneyEvent event : events) {
      first.putIfAbsent(event.customerId(), event);
    }
    for (CustomerProfile profile : profiles) {
      LocalDate signedUp = ((AttributeValue.DateAttribute)
          profile.attribute("signed-up").orElseThrow()).value();
      // The first visit is on the day of signing up, in the shop's zone, in the first session.
      JourneyEvent visit = first.get(profile.customerId());
      assertThat(visit).as("%s: first event of %s", sample, profile.customerId()).isNotNull();
      assertThat(visit.at().atZone(sample.zone()).toLocalDate()).as("%s: %s", sample, visit)
          .isEqualTo(signedUp);
      assertThat(visit.sessionId()).as("%s: %s", sample, visit)
          .isEqualTo(profile.customerId() + "-1");
    }
  }

  private static void checkEvents(ShopSample sample, List<JourneyEvent> events) {
    Instant start = sample.startInstant();
    Instant end = sample.end();
    Instant previous = start;
    Map<String, Instant> purchased = new HashMap<>();
    Set<String> members = new HashSet<>();
    for (JourneyEvent event : events) {
      // In [startInstant, end) and in time order (SampleSink.event).
      assertThat(event.at()).as("%s: %s", sample, event).isAfterOrEqualTo(previous)
          .isBefore(end);
      previous = event.at();
      String order = event.attributes().get("order");
      if (event.kind() == EventKind.PURCHASE) {
        assertThat(purchased.put(order, event.at())).as("%s: %s", sample, event).isNull();
      } else if (order != null) {
        // Shipping, delivery, support and the review request follow the order.
        assertThat(purchased).as("%s: %s", sample, event).containsKey(order);
      }
      if (event.touchpointId().equals("membership")) {
        // A member joins once and cancels at most once, after joining.
        boolean changed = event.kind() == EventKind.START ? members.add(event.customerId())
            : members.remove(event.customerId());
        assertThat(changed).as("%s: %s", sample, event).isTrue();
      }
    }
    // What the library's reader, checking against the map, makes of them: each, and nothing bad.
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (RecordWriter<JourneyEvent> writer = EventJsonLines.writer(bytes)) {
      events.forEach(writer::write);
    }
    List<JourneyEvent> read = new ArrayList<>();
    try (EventReader reader = EventJsonLines.reader().checkingAgainst(sample.journeyMap())
        .onBadRecord(OnBadRecord.SKIP_AND_COLLECT).build()
        .open(new ByteArrayInputStream(bytes.toByteArray()))) {
      reader.forEachRemaining(read::add);
      assertThat(reader.report().badRecords()).as("%s: bad records", sample).isEmpty();
      assertThat(reader.reordered()).as("%s: reordered", sample).isZero();
    }
    assertThat(read).as("%s: events read back", sample).isEqualTo(events);
  }

  private static void checkResponses(ShopSample sample, List<JourneyEvent> events,
      List<Response> responses) {
    ResponseValidator validator = ResponseValidator.of(sample.surveys().toArray(Survey[]::new));
    Map<String, List<JourneyEvent>> history = new HashMap<>();
    Map<String, Instant> delivered = new HashMap<>();
    for (JourneyEvent event : events) {
      history.computeIfAbsent(event.customerId(), c -> new ArrayList<>()).add(event);
      if (event.kind() == EventKind.COMPLETE && event.touchpointId().equals("delivery")) {
        delivered.put(event.attributes().get("order"), event.at());
      }
    }
    Instant previous = sample.startInstant();
    Set<String> ids = new HashSet<>();
    for (Response response : responses) {
      String what = sample + ": " + response.id();
      Instant at = response.submittedAt();
      assertThat(at).as(what).isAfterOrEqualTo(previous).isBefore(sample.end());
      previous = at;
      assertThat(ids.add(response.id())).as("%s: a second response with the id", what).isTrue();
      assertThat(validator.validate(response)).as(what).isEmpty();
      List<JourneyEvent> before = history.getOrDefault(response.respondent().id(), List.of())
          .stream().filter(e -> !e.at().isAfter(at)).toList();
      String order = response.context().attributes().get("order");
      switch (response.surveyId()) {
        case ShopSample.POST_PURCHASE, ShopSample.DELIVERY_CSAT -> {
          // After the order's delivery; the NPS e-mail is the review request, also before.
          assertThat(delivered.get(order)).as(what).isNotNull().isBefore(at);
          if (response.surveyId().equals(ShopSample.POST_PURCHASE)) {
            assertThat(before).as(what).anyMatch(e -> e.touchpointId().equals("review-request")
                && order.equals(e.attributes().get("order")));
          }
        }
        case ShopSample.SUPPORT_CES -> assertThat(before).as(what).anyMatch(e ->
            // The contact it rates, at its touchpoint, within two hours, about the same order.
            e.kind() == EventKind.CONTACT
                && e.touchpointId().equals(response.context().touchpointId())
                && e.at().isAfter(at.minus(Duration.ofHours(2)))
                && Objects.equals(order, e.attributes().get("order")));
        default -> checkExitFeedback(what, response, before);
      }
    }
  }

  private static void checkExitFeedback(String what, Response response,
      List<JourneyEvent> before) {
    Instant at = response.submittedAt();
    // Shown as the visitor left the touchpoint it names, within the hour.
    assertThat(before).as(what).anyMatch(e ->
        e.touchpointId().equals(response.context().touchpointId())
            && e.at().isAfter(at.minus(Duration.ofHours(1))));
    Optional<GoalCompletionAnswer> goal = response.answer("goal", GoalCompletionAnswer.class);
    Optional<MultipleChoiceAnswer> reasons =
        response.answer("reasons", MultipleChoiceAnswer.class);
    Optional<ContactConsentAnswer> contact =
        response.answer("contact", ContactConsentAnswer.class);
    if (goal.isPresent() && goal.get().outcome() == GoalOutcome.FULLY) {
      // Routing: "fully" ends the form.
      assertThat(response.answers().keySet()).as(what).containsExactly("goal");
    }
    if (contact.isPresent()) {
      // Routing: contact is asked only after a technical problem.
      assertThat(reasons.map(r -> r.choices().contains("technical-problem")).orElse(false))
          .as(what).isTrue();
    }
    // Consent on the form and on the respondent go together, with the same e-mail.
    boolean consented = contact.map(ContactConsentAnswer::consent).orElse(false);
    assertThat(response.respondent().contactConsent()).as(what).isEqualTo(consented);
    if (consented) {
      assertThat(response.respondent().contact().email()).as(what)
          .isEqualTo(contact.get().email());
    }
    if (response.status() == ResponseStatus.PARTIAL) {
      // The one place the form is left: after the goal, at the reasons.
      assertThat(response.lastQuestionSeen()).as(what).isEqualTo("reasons");
      assertThat(response.answers().keySet()).as(what).containsExactly("goal");
    }
  }
}
