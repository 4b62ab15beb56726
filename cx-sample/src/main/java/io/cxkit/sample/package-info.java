/**
 * The sample shop: {@link io.cxkit.sample.ShopSample} defines it (seed, customers, period, zone)
 * and streams its profiles, events and responses, or writes them as files that cxkit's own readers
 * read back; {@link io.cxkit.sample.Headline} lists the figures it is built to produce.
 */
@NullMarked
package io.cxkit.sample;

import org.jspecify.annotations.NullMarked;
