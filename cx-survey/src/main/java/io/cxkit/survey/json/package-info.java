/**
 * JSON and JSON Schema for surveys (with their routing), responses and conditions: {@link
 * io.cxkit.survey.json.SurveyJson} reads and writes documents strictly, {@link
 * io.cxkit.survey.json.CxSurveyModule} is the Jackson module behind it (question and answer types
 * named by type id, never by class name), and {@link io.cxkit.survey.json.SurveySchema} generates
 * draft 2020-12 schemas from a registry, so a team's own question types are included.
 */
@NullMarked
package io.cxkit.survey.json;

import org.jspecify.annotations.NullMarked;
