/**
 * The compatibility kit of the question-type SPI: {@link
 * io.cxkit.survey.testkit.QuestionTypeCompatibilityKit}, the abstract JUnit 5 and jqwik test class
 * that every question type's tests extend, built-in or a team's own.
 */
@NullMarked
package io.cxkit.survey.testkit;

import org.jspecify.annotations.NullMarked;
