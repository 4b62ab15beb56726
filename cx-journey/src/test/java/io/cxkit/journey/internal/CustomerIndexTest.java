package io.cxkit.journey.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class CustomerIndexTest {

  @Test
  void numbersCustomersInTheOrderFirstSeen() {
    CustomerIndex index = new CustomerIndex();

    // c1 → 0, c2 → 1, c1 again keeps 0, c3 → 2.
    assertThat(index.indexOf("c1")).isZero();
    assertThat(index.indexOf("c2")).isEqualTo(1);
    assertThat(index.indexOf("c1")).isZero();
    assertThat(index.indexOf("c3")).isEqualTo(2);
    assertThat(index.size()).isEqualTo(3);
    assertThat(index.idOf(1)).isEqualTo("c2");
    assertThat(index.find("c3")).isEqualTo(2);
    assertThat(index.find("c4")).isEqualTo(-1);
    assertThat(index.size()).isEqualTo(3);
  }

  @Test
  void growsPastManyRehashesWithoutLosingAnyone() {
    CustomerIndex index = new CustomerIndex();
    for (int i = 0; i < 100_000; i++) {
      assertThat(index.indexOf("c" + i)).isEqualTo(i);
    }
    // Every id still finds the number it was given, after 13 doublings of the table.
    for (int i = 0; i < 100_000; i += 997) {
      assertThat(index.find("c" + i)).isEqualTo(i);
      assertThat(index.idOf(i)).isEqualTo("c" + i);
    }
  }

  @Test
  void refusesNumbersItNeverGave() {
    CustomerIndex index = new CustomerIndex();
    index.indexOf("c1");
    assertThatThrownBy(() -> index.idOf(1)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> index.indexOf(null)).isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }

  @Test
  void growKeepsContentsAndReturnsTheSameArrayWhenLargeEnough() {
    long[] small = {1, 2, 3};
    assertThat(CustomerIndex.grow(small, 3)).isSameAs(small);
    long[] grown = CustomerIndex.grow(small, 4);
    // 3 + 3/2 + 16 = 20 slots, the old values first.
    assertThat(grown).hasSize(20).startsWith(1, 2, 3);
    assertThat(CustomerIndex.grow(new int[0], 100)).hasSize(100);
  }

  @Property(tries = 200)
  void agreesWithAHashMap(@ForAll @Size(max = 300) List<@StringLength(max = 6) String> ids) {
    CustomerIndex index = new CustomerIndex();
    Map<String, Integer> expected = new HashMap<>();
    for (String id : ids) {
      expected.putIfAbsent(id, expected.size());
      assertThat(index.indexOf(id)).isEqualTo(expected.get(id));
    }
    assertThat(index.size()).isEqualTo(expected.size());
    expected.forEach((id, number) -> assertThat(index.idOf(number)).isEqualTo(id));
  }
}
