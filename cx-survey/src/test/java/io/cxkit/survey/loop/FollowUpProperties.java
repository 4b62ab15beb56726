package io.cxkit.survey.loop;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.RoutingExamples;
import io.cxkit.survey.Survey;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.NpsAnswer;
import java.io.StringWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/**
 * Issue 10's invariants: no respondent without consent ever appears with contact details, by any
 * route (the list, its JSON, its CSV, toString); and merging partitions equals the whole, also
 * through their JSON documents.
 */
class FollowUpProperties {
  private static final Survey SURVEY = consentingNps();
  private static final FollowUpFinder FINDER = FollowUpRules.of(
      FollowUpRule.detractor("nps").withPriority(2),
      FollowUpRule.matching(io.cxkit.survey.condition.Condition.answer("nps").inRange(7, 8))
          .withId("passive").withPriority(4)).bind(SURVEY);

  /** The NPS survey of RoutingExamples, with a contact consent question added at the end. */
  private static Survey consentingNps() {
    Survey base = RoutingExamples.npsFollowUps();
    return Survey.builder("nps-consent")
        .title(base.title()).kind(base.kind())
        .questions(base.questions())
        .question(new io.cxkit.survey.types.ContactConsentQuestion("contact",
            io.cxkit.survey.LocalizedText.of("en", "May we contact you?"), false))
        .build();
  }

  /** How a generated response's respondent may be reached: the oracle's view. */
  enum Respondents { NONE, ID_ONLY, CONSENT_WITH_DETAILS, CONSENT_WITHOUT_DETAILS }

  enum ConsentAnswers { NONE, DECLINING, CONSENTING_WITH_EMAIL, CONSENTING_WITHOUT_EMAIL }

  /** A generated response and whether, by the documented rule, its respondent may be contacted. */
  record Case(Response response, boolean consents, String email, String name, String respondentId) {}

  @Provide
  Arbitrary<List<Case>> cases() {
    Arbitrary<Integer> scores = Arbitraries.integers().between(0, 10);
    Arbitrary<Respondents> respondents = Arbitraries.of(Respondents.class);
    Arbitrary<ConsentAnswers> answers = Arbitraries.of(ConsentAnswers.class);
    Arbitrary<Integer> minutes = Arbitraries.integers().between(0, 5);
    return Combinators.combine(scores, respondents, answers, minutes).as(Spec::new)
        .list().ofMinSize(0).ofMaxSize(40)
        .map(FollowUpProperties::build);
  }

  record Spec(int score, Respondents respondent, ConsentAnswers answer, int minute) {}

  private static List<Case> build(List<Spec> specs) {
    List<Case> out = new ArrayList<>();
    for (int i = 0; i < specs.size(); i++) {
      Spec spec = specs.get(i);
      // Every response has details of its own, so a leak is visible as that exact text.
      String email = "person" + i + "@mail" + i + ".example";
      String name = "Name" + i + "Zq";
      String id = "cust" + i + "Zq";
      Respondent respondent = switch (spec.respondent()) {
        case NONE -> null;
        case ID_ONLY -> Respondent.of(id);
        case CONSENT_WITH_DETAILS -> Respondent.withConsent(id, new ContactDetails(email, name,
            "+1 555 01" + i));
        case CONSENT_WITHOUT_DETAILS -> new Respondent(id, true, null);
      };
      Response.Builder builder = Response.builder("resp" + i + "Zq", "nps-consent", 1)
          .submittedAt(Instant.parse("2024-03-01T10:00:00Z").plusSeconds(60L * spec.minute()))
          .answer("nps", new NpsAnswer(spec.score()));
      if (respondent != null) {
        builder.respondent(respondent);
      }
      switch (spec.answer()) {
        case DECLINING -> builder.answer("contact", ContactConsentAnswer.declining());
        case CONSENTING_WITH_EMAIL -> builder.answer("contact", ContactConsentAnswer.consenting(email));
        case CONSENTING_WITHOUT_EMAIL -> builder.answer("contact", new ContactConsentAnswer(true, null));
        default -> { }
      }
      // The documented rule, written independently: a declining answer wins; otherwise consent
      // with a way to reach them, from the answer's e-mail or the respondent's details.
      boolean consents = spec.answer() != ConsentAnswers.DECLINING
          && (spec.answer() == ConsentAnswers.CONSENTING_WITH_EMAIL
              || spec.respondent() == Respondents.CONSENT_WITH_DETAILS);
      out.add(new Case(builder.build(), consents, email, name, id));
    }
    return out;
  }

  @Property(tries = 200)
  void noRespondentWithoutConsentEverAppearsWithContactDetails(@ForAll("cases") List<Case> cases,
      @ForAll @IntRange(min = 1, max = 50) int capacity) {
    FollowUpCollector collector = FINDER.collector(capacity);
    for (Case c : cases) {
      collector.add(c.response());
    }
    FollowUpList list = collector.result();
    StringBuilder everything = new StringBuilder();
    everything.append(FollowUpJson.standard().writeList(list)).append('\n');
    StringWriter csv = new StringWriter();
    FollowUpCsv.standard().writeEntries(list, csv);
    everything.append(csv).append('\n').append(list).append('\n').append(collector);
    for (FollowUpEntry entry : list.entries()) {
      everything.append(entry).append('\n');
    }
    String all = everything.toString();
    long contactable = 0;
    for (Case c : cases) {
      boolean matched = c.response().answer("nps", NpsAnswer.class).orElseThrow().score() <= 8;
      if (matched && c.consents()) {
        contactable++;
      }
      if (!c.consents()) {
        // Neither their details nor anything that identifies them: ids, e-mail, name.
        assertThat(all).doesNotContain(c.email()).doesNotContain(c.name())
            .doesNotContain("\"" + c.response().id() + "\"")
            .doesNotContain("," + c.response().id() + ",")
            .doesNotContain(c.respondentId() + "\"").doesNotContain(c.respondentId() + ",");
      }
    }
    for (FollowUpEntry entry : list.entries()) {
      Case c = cases.get(Integer.parseInt(entry.responseId().replaceAll("\\D", "")));
      assertThat(c.consents()).isTrue();
    }
    assertThat(list.counts().contactable()).isEqualTo(contactable);
    assertThat(list.entries()).hasSize((int) Math.min(capacity, contactable));
    // toString of an entry never holds its details either, consent or not.
    for (FollowUpEntry entry : list.entries()) {
      assertThat(entry.toString()).doesNotContain("@");
    }
  }

  @Property(tries = 200)
  void mergingPartitionsEqualsTheWhole(@ForAll("cases") List<Case> cases,
      @ForAll @Size(max = 4) List<@IntRange(min = 0, max = 40) Integer> cuts,
      @ForAll @IntRange(min = 1, max = 12) int capacity) {
    List<Response> responses = new ArrayList<>();
    for (Case c : cases) {
      responses.add(c.response());
    }
    FollowUpCollector whole = FINDER.collector(capacity);
    responses.forEach(whole::add);

    List<Integer> bounds = new ArrayList<>();
    bounds.add(0);
    cuts.stream().map(k -> Math.min(k, responses.size())).sorted().forEach(bounds::add);
    bounds.add(responses.size());
    FollowUpList merged = FINDER.collector(capacity).result();
    FollowUpCollector mergedCollector = FINDER.collector(capacity);
    // The same partitions as another process would hand them over: written, then read back.
    FollowUpList mergedFromJson = FINDER.collector(capacity).result();
    for (int p = 0; p + 1 < bounds.size(); p++) {
      FollowUpCollector part = FINDER.collector(capacity);
      responses.subList(bounds.get(p), bounds.get(p + 1)).forEach(part::add);
      merged = merged.plus(part.result());
      mergedCollector.merge(part);
      FollowUpList read = FollowUpJson.standard().readList(
          FollowUpJson.standard().writeList(part.result()));
      assertThat(read).isEqualTo(part.result());
      mergedFromJson = mergedFromJson.plus(read);
    }
    assertThat(mergedFromJson).isEqualTo(whole.result());
    // Counts add up, and the kept entries are the first `capacity` of a total order, so the
    // merge equals the whole even when the cap drops entries.
    assertThat(merged).isEqualTo(whole.result());
    assertThat(mergedCollector.result()).isEqualTo(whole.result());
    assertThat(merged.counts().matched())
        .isEqualTo(merged.counts().contactable() + merged.counts().notContactable());
  }
}
