package io.cxkit.sample.internal;

import io.cxkit.sample.Headline;
import java.util.List;

/** PLACEHOLDER: the headline figures. */
final class Headlines {
  static final List<Headline> ALL = List.of();

  private Headlines() {}
}
