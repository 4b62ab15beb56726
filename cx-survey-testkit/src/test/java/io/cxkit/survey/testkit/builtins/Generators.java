package io.cxkit.survey.testkit.builtins;

import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.types.Choice;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Arbitraries shared by the built-in types' kit tests: ids, texts in en/ru/zh, scores off a scale. */
final class Generators {

  private static final List<String> OTHER_TAGS = List.of("ru", "zh");

  private Generators() {}

  /** @return ids a survey accepts: a letter, then letters, digits, {@code _ - .} */
  static Arbitrary<String> ids() {
    Arbitrary<Character> first = Arbitraries.chars().range('a', 'z').range('A', 'Z');
    Arbitrary<String> rest = Arbitraries.strings().withCharRange('a', 'z').numeric().withChars("_-.")
        .ofMaxLength(15);
    return Combinators.combine(first, rest).as((head, tail) -> head + tail);
  }

  /** @return one text: Latin, Cyrillic or CJK letters with spaces and punctuation, never blank */
  static Arbitrary<String> words() {
    Arbitrary<String> latin = Arbitraries.strings().withCharRange('a', 'z').withChars(" ?,'\"\\")
        .ofMaxLength(30);
    Arbitrary<String> cyrillic = Arbitraries.strings().withCharRange('а', 'я').withChars(" ?ё")
        .ofMaxLength(30);
    Arbitrary<String> cjk = Arbitraries.strings().withCharRange('\u4e00', '\u4fff').withChars("？，")
        .ofMaxLength(15);
    return Combinators.combine(Arbitraries.of("How", "Как", "您", "Ok"), Arbitraries.oneOf(latin, cyrillic, cjk))
        .as((head, tail) -> head + tail);
  }

  /**
   * @return a text in English and maybe Russian and Chinese, in any order: every text has English,
   *     so all texts of a question share a locale, as a survey requires of its default locale
   */
  static Arbitrary<LocalizedText> texts() {
    Arbitrary<List<String>> tags = Arbitraries.subsetOf(OTHER_TAGS)
        .flatMap(others -> Arbitraries.integers().between(0, others.size()).map(at -> {
          List<String> order = new ArrayList<>(others);
          order.add(at, "en");
          return order;
        }));
    return tags.flatMap(order -> words().list().ofSize(order.size()).map(values -> {
      Map<String, String> texts = new LinkedHashMap<>();
      for (int i = 0; i < order.size(); i++) {
        texts.put(order.get(i), values.get(i));
      }
      return new LocalizedText(texts);
    }));
  }

  /** @return 1 to 6 choices with distinct codes, none of them the reserved {@code other} */
  static Arbitrary<List<Choice>> choices() {
    Arbitrary<String> codes = Combinators.combine(Arbitraries.chars().range('a', 'z'),
            Arbitraries.strings().withCharRange('a', 'z').numeric().ofMaxLength(7))
        .as((head, tail) -> head + tail)
        .filter(code -> !code.equals(Choice.OTHER));
    return codes.list().uniqueElements().ofMinSize(1).ofMaxSize(6)
        .flatMap(list -> texts().list().ofSize(list.size()).map(labels -> {
          List<Choice> choices = new ArrayList<>();
          for (int i = 0; i < list.size(); i++) {
            choices.add(new Choice(list.get(i), labels.get(i)));
          }
          return choices;
        }));
  }

  /** A code no generated choice has: generated codes have no '-'. */
  static final String UNKNOWN_CODE = "no-such-choice";

  /** @return a text, or null about a third of the time */
  static Arbitrary<LocalizedText> optionalTexts() {
    return texts().injectNull(0.33);
  }

  /**
   * @param min the lowest point of a scale
   * @param max the highest point of a scale
   * @return whole numbers off {@code min..max}, near it and far from it
   */
  static Arbitrary<Integer> offScale(int min, int max) {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(Integer.MIN_VALUE, min - 1).edgeCases(c -> c.includeOnly(min - 1)),
        Arbitraries.integers().between(max + 1, Integer.MAX_VALUE).edgeCases(c -> c.includeOnly(max + 1)),
        Arbitraries.of(min - 1, max + 1));
  }
}
