/**
 * The streaming machinery cx-survey's readers and writers share, for cx-journey's readers of
 * events and profiles: record iteration and bad-record handling, JSON Lines lines, strict CSV
 * decoding and rows, timestamps, CSV output. <b>Not API</b>: exported only to {@code
 * io.cxkit.journey}, and it may change in any release.
 */
@NullMarked
package io.cxkit.survey.internal.io;

import org.jspecify.annotations.NullMarked;
