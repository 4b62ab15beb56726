package io.cxkit.examples.ranking;

import io.cxkit.survey.InvalidResponseException;
import io.cxkit.survey.Answer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * An answer to a {@link RankingQuestion}: the option codes in the respondent's order, best first.
 * Whether they are exactly the question's options is checked against the question ({@link
 * RankingQuestionType#validate}). In JSON: {@code {"type": "ranking", "ranking": ["b", "a", "c"]}}.
 *
 * @param ranking the option codes, best first; copied, unmodifiable
 */
public record RankingAnswer(List<String> ranking) implements Answer {

  /**
   * Checks that the ranking is a list of codes.
   *
   * @throws InvalidResponseException if the list or one of its codes is missing
   */
  public RankingAnswer {
    if (ranking == null) {
      throw new InvalidResponseException("ranking", null, "must be a list of option codes, best first");
    }
    List<String> copy = new ArrayList<>(ranking.size());
    for (int i = 0; i < ranking.size(); i++) {
      String code = ranking.get(i);
      if (code == null) {
        throw new InvalidResponseException("ranking[" + i + "]", null, "must be an option code, not null");
      }
      copy.add(code);
    }
    ranking = Collections.unmodifiableList(copy);
  }

  /**
   * @param codes the option codes, best first
   * @return the answer
   */
  public static RankingAnswer of(String... codes) {
    return new RankingAnswer(List.of(codes));
  }
}
