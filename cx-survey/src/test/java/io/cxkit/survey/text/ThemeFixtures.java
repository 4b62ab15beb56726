package io.cxkit.survey.text;

import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.OpenTextAnswer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Small hand-checked responses for the theme-summary tests: an NPS question and a "why" comment. */
final class ThemeFixtures {
  private ThemeFixtures() {}

  static Response response(String id, @Nullable Integer nps, @Nullable String why,
      @Nullable Locale locale) {
    Response.Builder builder = Response.builder(id, "nps-why", 1)
        .context(new ResponseContext(null, null, null, null, locale, null, Map.of()));
    if (nps != null) {
      builder.answer("nps", new NpsAnswer(nps));
    }
    if (why != null) {
      builder.answer("why", new OpenTextAnswer(why));
    }
    return builder.build();
  }

  /**
   * Eleven responses, the themes each comment has by {@link Codebook#ecommerce()} in the comment:
   * detractors d1–d4 talk about delivery (3 of 4), promoters r1–r4 less (2 of the 3 covered).
   */
  static List<Response> npsCorpus() {
    Locale en = Locale.ENGLISH;
    return List.of(
        response("d1", 2, "The delivery took two weeks and the courier was rude.", en), // delivery
        response("d2", 5, "Way too expensive, and the shipping fee doubled the price.", en), // delivery, price
        response("d3", 6, "Checkout crashed when I entered my postcode", en), // checkout-error
        response("d4", 0, "Доставка была очень медленной!", Locale.forLanguageTag("ru")), // delivery
        response("p1", 7, "Lovely shoes, thank you!", en), // no theme
        response("p2", 8, null, en), // no comment
        response("r1", 10, "Fast delivery, great prices", en), // delivery, price
        response("r2", 9, "Lovely shoes", en), // no theme
        response("r3", 9, "Schnelle Lieferung", Locale.GERMAN), // not covered
        response("r4", 10, "送货很快", Locale.CHINESE), // delivery: [送货, 很快]
        response("n1", null, "Support never replied", en)); // no NPS answer: customer-service
  }
}
