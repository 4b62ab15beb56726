package io.cxkit.sample.internal;

import io.cxkit.sample.SampleSink;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/** PLACEHOLDER: the simulation. */
public final class ShopSimulation {
  /** The attribute names events may carry, in the order of CSV columns. */
  public static final java.util.List<String> EVENT_ATTRIBUTES =
      java.util.List.of("variant", "order", "value", "error", "late", "plan");
  /** The context attribute names responses may carry, in the order of CSV columns. */
  public static final java.util.List<String> RESPONSE_ATTRIBUTES = java.util.List.of("order");

  /**
   * @param seed s
   * @param customers n
   * @param start from
   * @param end to
   * @param zone zone
   */
  public ShopSimulation(long seed, int customers, Instant start, Instant end, ZoneId zone) {}

  /** @param sink s */
  public void run(SampleSink sink) {}

  /** @return c */
  public Cursor cursor() {
    return new Cursor();
  }

  /** Pulls records. */
  public final class Cursor {
    /** @return next */
    public @Nullable Object next() {
      return null;
    }
  }
}
