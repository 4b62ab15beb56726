package io.cxkit.survey.testkit.builtins;

import static org.assertj.core.api.Assertions.assertThat;

import io.cxkit.survey.spi.QuestionType;
import io.cxkit.survey.testkit.QuestionTypeCompatibilityKit;
import io.cxkit.survey.types.BuiltInTypes;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 4, item 5: "All built-ins pass it" — so a new built-in type cannot arrive without a kit. */
class EveryBuiltInHasAKitTest {

  private static final List<Class<? extends QuestionTypeCompatibilityKit<?, ?>>> KITS = List.of(
      NpsCompatibilityTest.class, CsatCompatibilityTest.class, CesCompatibilityTest.class,
      RatingCompatibilityTest.class, GoalCompletionCompatibilityTest.class,
      SingleChoiceCompatibilityTest.class, MultipleChoiceCompatibilityTest.class,
      OpenTextCompatibilityTest.class, ContactConsentCompatibilityTest.class);

  @Test
  void theKitsCoverBuiltInTypesAll() throws ReflectiveOperationException {
    List<Class<?>> tested = new ArrayList<>();
    for (Class<? extends QuestionTypeCompatibilityKit<?, ?>> kit : KITS) {
      Method type = kit.getDeclaredMethod("type");
      type.setAccessible(true);
      tested.add(type.invoke(kit.getDeclaredConstructor().newInstance()).getClass());
    }

    List<Class<?>> builtIns = new ArrayList<>();
    for (QuestionType<?, ?> type : BuiltInTypes.all()) {
      builtIns.add(type.getClass());
    }
    assertThat(tested).containsExactlyElementsOf(builtIns);
  }
}
