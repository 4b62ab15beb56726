package io.cxkit.survey;

/**
 * One answer in a {@link Response}. Every question type has its own immutable answer class
 * implementing this interface, named in JSON by the type's id ({@code "type": "nps"}), so a
 * response can be read on its own and checked against its survey afterwards.
 */
public interface Answer {}
