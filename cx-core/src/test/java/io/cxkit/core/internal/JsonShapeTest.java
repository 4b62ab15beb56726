package io.cxkit.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.cxkit.core.InvalidValueException;
import io.cxkit.core.SerialFormException;
import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JsonShape's typed getters, including those no value of cx-core uses yet. */
class JsonShapeTest {

  private static JsonShape open(Object... members) {
    Map<String, Object> shape = new LinkedHashMap<>();
    shape.put("format", 1);
    shape.put("kind", "reason-breakdown");
    for (int i = 0; i < members.length; i += 2) {
      shape.put((String) members[i], members[i + 1]);
    }
    return JsonShape.open(shape, SerialKind.REASON_BREAKDOWN);
  }

  @Test
  void startAndSeal() {
    Map<String, Object> shape = JsonShape.start(SerialKind.CSAT);
    shape.put("n", 3L);
    Map<String, Object> sealed = JsonShape.seal(shape);
    assertThat(sealed).containsExactly(Map.entry("format", 1), Map.entry("kind", "csat"), Map.entry("n", 3L));
    assertThatThrownBy(() -> sealed.put("n", 4L)).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void countMapKeepsItsOrderAndChecksEveryValue() {
    Map<String, Object> reasons = new LinkedHashMap<>();
    reasons.put("price", 3);
    reasons.put("delivery", 5L);
    assertThat(open("reasons", reasons).countMap("reasons"))
        .containsExactly(Map.entry("price", 3L), Map.entry("delivery", 5L));
    reasons.put("support", -1);
    assertThatThrownBy(() -> open("reasons", reasons).countMap("reasons"))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read reason-breakdown: reasons.support = -1: must be ≥ 0");
    assertThat(open("reasons", Map.of()).countMap("reasons")).isEmpty();
  }

  @Test
  void hasIsFalseForMissingAndNull() {
    Map<String, Object> members = new LinkedHashMap<>();
    members.put("format", 1);
    members.put("kind", "reason-breakdown");
    members.put("label", null);
    JsonShape shape = JsonShape.open(members, SerialKind.REASON_BREAKDOWN);
    assertThat(shape.has("label")).isFalse();
    assertThat(shape.has("other")).isFalse();
    assertThat(shape.has("kind")).isTrue();
  }

  @Test
  void typedGetters() {
    JsonShape shape = open("label", "late", "share", 12.5, "big", BigInteger.valueOf(Long.MAX_VALUE),
        "nested", Map.of("deeper", Map.of("n", 2)), "list", List.of(1, 2L, BigInteger.TEN));
    assertThat(shape.string("label")).isEqualTo("late");
    assertThat(shape.number("share")).isEqualTo(12.5);
    assertThat(shape.count("big")).isEqualTo(Long.MAX_VALUE);
    assertThat(shape.object("nested").object("deeper").count("n")).isEqualTo(2);
    assertThat(shape.counts("list")).containsExactly(1, 2, 10);
    assertThatThrownBy(() -> shape.object("nested").object("deeper").string("n"))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read reason-breakdown: nested.deeper.n = 2: must be a string");
    assertThatThrownBy(() -> shape.object("nested").object("deeper").count("missing"))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read reason-breakdown: member nested.deeper.missing is missing");
    assertThatThrownBy(() -> shape.number("label"))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read reason-breakdown: label = \"late\": must be a finite number");
    assertThatThrownBy(() -> open("share", Double.POSITIVE_INFINITY).number("share"))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read reason-breakdown: share = Infinity: must be a finite number");
    assertThatThrownBy(() -> shape.integer("big"))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read reason-breakdown: big = 9223372036854775807: must be an int");
    assertThatThrownBy(() -> shape.object("list"))
        .isExactlyInstanceOf(SerialFormException.class)
        .hasMessage("cannot read reason-breakdown: list = [1, 2, 10]: must be an object");
  }

  @Test
  void invalidWrapsTheRuleViolation() {
    JsonShape shape = open();
    InvalidValueException cause = new InvalidValueException("threshold", 6, "must lie on scale 1..5");
    assertThat(shape.invalid(cause))
        .hasMessage("cannot read reason-breakdown: the JSON shape describes an invalid value: "
            + "threshold = 6: must lie on scale 1..5")
        .hasCause(cause);
  }
}
