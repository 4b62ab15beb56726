/**
 * The {@code cx} command line: {@code demo}, {@code report}, {@code validate}, {@code schema} and
 * {@code sample}, parsed by picocli; {@link io.cxkit.cli.Cx} is the entry point.
 */
@NullMarked
package io.cxkit.cli;

import org.jspecify.annotations.NullMarked;
