package io.cxkit.sample.internal;

import io.cxkit.journey.profile.Persona;
import io.cxkit.journey.profile.PersonaSet;

/** PLACEHOLDER: the five personas (written by the content part). */
public final class SamplePersonas {
  /** The five personas. */
  public static final PersonaSet PERSONAS = PersonaSet.of(Persona.builder("x", "X").build());

  private SamplePersonas() {}
}
