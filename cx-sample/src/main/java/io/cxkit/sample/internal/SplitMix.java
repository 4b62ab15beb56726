package io.cxkit.sample.internal;

/**
 * SplitMix64 (Steele, Lea and Flood, "Fast splittable pseudorandom number generators", OOPSLA
 * 2014; the constants of Vigna's reference C code): a 64-bit state advanced by the golden gamma and
 * mixed by Stafford's variant 13. Written out here rather than taken from {@link
 * java.util.SplittableRandom}, whose algorithm the JDK does not promise to keep, because the sample
 * must be the same byte for byte on every JVM; each draw is a pure function of the seed.
 */
public final class SplitMix {
  private static final long GAMMA = 0x9E3779B97F4A7C15L;
  private long state;

  /** @param seed the starting state */
  public SplitMix(long seed) {
    this.state = seed;
  }

  /**
   * @param seed the sample's seed
   * @param a a first key, such as the customer's number
   * @param b a second key, such as the visit's number
   * @param purpose a third key telling apart the streams of one (a, b)
   * @return a generator whose draws depend on all four keys
   */
  public static SplitMix of(long seed, long a, long b, long purpose) {
    long h = mix(seed ^ GAMMA);
    h = mix(h ^ (a * GAMMA));
    h = mix(h ^ (b + 0x632BE59BD9B4E019L));
    h = mix(h ^ (purpose * 0xD1B54A32D192ED03L));
    return new SplitMix(h);
  }

  /** Stafford's mix13, the output function of SplitMix64. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  /** @return the next 64 random bits */
  public long nextLong() {
    state += GAMMA;
    return mix(state);
  }

  /** @return a double uniform on [0, 1), from the top 53 bits */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /**
   * @param p a probability
   * @return true with probability p
   */
  public boolean chance(double p) {
    return nextDouble() < p;
  }

  /**
   * @param bound the exclusive upper bound, positive
   * @return an int uniform on [0, bound), by Lemire's multiply-shift (bias below 2⁻³²)
   */
  public int nextInt(int bound) {
    return (int) (((nextLong() >>> 32) * bound) >>> 32);
  }

  /**
   * @param low the lowest value
   * @param high the highest value, inclusive
   * @return an int uniform on [low, high]
   */
  public int between(int low, int high) {
    return low + nextInt(high - low + 1);
  }

  /**
   * @param mean the mean, positive
   * @return an exponential draw with that mean; {@link StrictMath} so every JVM gives the same
   */
  public double exponential(double mean) {
    return -mean * StrictMath.log1p(-nextDouble());
  }

  /**
   * @param weights non-negative weights, not all zero
   * @return an index drawn with probability proportional to its weight
   */
  public int pick(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = nextDouble() * total;
    for (int i = 0; i < weights.length - 1; i++) {
      u -= weights[i];
      if (u < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
