/**
 * Typed survey definitions, question types and responses, built on cx-core. The module is in
 * place so that its boundaries (it reads cx-core, and nothing reads upward) hold from the start;
 * its API arrives with the cx-survey issues.
 */
@NullMarked
package io.cxkit.survey;

import org.jspecify.annotations.NullMarked;
