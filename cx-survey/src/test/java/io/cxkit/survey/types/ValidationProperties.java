package io.cxkit.survey.types;

import static io.cxkit.survey.types.Fixtures.LABEL;
import static io.cxkit.survey.types.Fixtures.TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.core.CesVariant;
import io.cxkit.core.NpsVariant;
import io.cxkit.core.RatingScale;
import io.cxkit.survey.Violation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Validation reports a violation exactly when an answer breaks a rule, whatever the value, and
 * never throws: scores against every scale, choices against selection limits.
 */
class ValidationProperties {
  private static final List<Choice> CHOICES = List.of(Choice.of("a", "en", "A"),
      Choice.of("b", "en", "B"), Choice.of("c", "en", "C"), Choice.of("d", "en", "D"));

  @Property(tries = 300)
  void aScoreIsValidExactlyOnTheScale(@ForAll int score, @ForAll NpsVariant nps, @ForAll CesVariant ces,
      @ForAll @IntRange(min = 2, max = 10) int points) {
    checkScore(new NpsQuestionType().validate(new NpsQuestion("q", TEXT, true, nps, null, null),
        new NpsAnswer(score)), nps.scale(), score);
    checkScore(new CesQuestionType().validate(new CesQuestion("q", TEXT, true, ces, null),
        new CesAnswer(score)), ces.scale(), score);
    checkScore(new RatingQuestionType().validate(new RatingQuestion("q", TEXT, true, points, RatingStyle.NUMBERS),
        new RatingAnswer(score)), RatingScale.of(1, points), score);
    checkScore(new CsatQuestionType().validate(CsatQuestion.of("q", TEXT, 1, points),
        new CsatAnswer(score)), RatingScale.of(1, points), score);
  }

  @Property(tries = 300)
  void scoresNearTheEdgesAreJudgedRight(@ForAll @IntRange(min = -2, max = 12) int score,
      @ForAll NpsVariant variant) {
    checkScore(new NpsQuestionType().validate(new NpsQuestion("q", TEXT, true, variant, null, null),
        new NpsAnswer(score)), variant.scale(), score);
  }

  private static void checkScore(List<Violation> violations, RatingScale scale, int score) {
    if (scale.contains(score)) {
      assertThat(violations).isEmpty();
    } else {
      assertThat(violations).containsExactly(
          new Violation("score", String.valueOf(score), "must lie on scale " + scale));
    }
  }

  @Property(tries = 300)
  void selectionsAreValidExactlyWithinTheLimitsAndOptions(@ForAll("picks") List<String> picks,
      @ForAll @IntRange(max = 5) int min, @ForAll @IntRange(min = 1, max = 5) int max) {
    if (min > max) {
      return;
    }
    MultipleChoiceQuestion question = new MultipleChoiceQuestion("q", TEXT, true, CHOICES, LABEL, min, max);
    String otherText = picks.contains("other") ? "mine" : null;
    List<Violation> violations = new MultipleChoiceQuestionType().validate(question,
        new MultipleChoiceAnswer(picks, otherText));
    int distinct = new LinkedHashSet<>(picks).size();
    boolean known = question.codes().containsAll(picks);
    boolean valid = known && distinct == picks.size() && distinct >= min && distinct <= max;
    assertThat(violations.isEmpty()).isEqualTo(valid);
    for (Violation violation : violations) {
      assertThat(violation.path()).matches("choices(\\[\\d+])?");
    }
  }

  @Provide
  Arbitrary<List<String>> picks() {
    return Arbitraries.of("a", "b", "c", "d", "other", "zz", "A").list().ofMaxSize(7).map(ArrayList::new);
  }

  @Property(tries = 300)
  void anyTextIsJudgedByItsCodePoints(@ForAll String text, @ForAll @IntRange(min = 1, max = 20) int maxLength) {
    List<Violation> violations = new OpenTextQuestionType().validate(
        new OpenTextQuestion("q", TEXT, false, maxLength, null), new OpenTextAnswer(text));
    boolean valid = !text.isBlank() && text.codePointCount(0, text.length()) <= maxLength;
    assertThat(violations.isEmpty()).isEqualTo(valid);
    assertThat(violations).allSatisfy(v -> assertThat(v.path()).isEqualTo("text"));
  }

  @Property(tries = 300)
  void anyEmailIsJudgedWithoutThrowingOrLeakingIt(@ForAll boolean consent, @ForAll String email) {
    List<Violation> violations = new ContactConsentQuestionType().validate(
        new ContactConsentQuestion("q", TEXT, false), new ContactConsentAnswer(consent, email));
    assertThat(violations).allSatisfy(v -> {
      assertThat(v.path()).isEqualTo("email");
      assertThat(v.value()).isEqualTo("(redacted)");
    });
    if (!consent) {
      assertThat(violations).isNotEmpty();
    }
  }
}
