package io.cxkit.journey.internal;

import java.util.Arrays;
import java.util.Objects;

/**
 * Numbers customers 0, 1, 2… in the order first seen, so that per-customer state can live in
 * primitive arrays indexed by that number rather than in an object per customer. An
 * open-addressing table of the id strings and their numbers: about 12 bytes of table per customer
 * besides the id string itself (a {@code HashMap<String, Integer>} costs about 48 more). Not
 * thread-safe.
 */
public final class CustomerIndex {
  /** The most customers one index holds: arrays indexed by the number must stay addressable. */
  public static final int MAX_CUSTOMERS = 1 << 29;

  private String[] ids = new String[16];
  /** Slots holding number + 1, 0 for empty; the length is a power of two. */
  private int[] slots = new int[32];
  private int size;

  /** @return the number of customers seen */
  public int size() {
    return size;
  }

  /**
   * @param id a customer id
   * @return its number, given now if the id is new
   * @throws IllegalStateException if {@link #MAX_CUSTOMERS} are already numbered
   */
  public int indexOf(String id) {
    Objects.requireNonNull(id, "id");
    int mask = slots.length - 1;
    int slot = mix(id.hashCode()) & mask;
    while (true) {
      int held = slots[slot];
      if (held == 0) {
        break;
      }
      if (ids[held - 1].equals(id)) {
        return held - 1;
      }
      slot = (slot + 1) & mask;
    }
    if (size == MAX_CUSTOMERS) {
      throw new IllegalStateException("more than " + MAX_CUSTOMERS + " customers in one index;"
          + " split the input by customer and merge the results");
    }
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, ids.length * 2);
    }
    ids[size] = id;
    slots[slot] = ++size;
    if (size * 2 > slots.length) {
      rehash();
    }
    return size - 1;
  }

  /**
   * @param id a customer id
   * @return its number, or -1 if it was never seen
   */
  public int find(String id) {
    Objects.requireNonNull(id, "id");
    int mask = slots.length - 1;
    int slot = mix(id.hashCode()) & mask;
    while (true) {
      int held = slots[slot];
      if (held == 0) {
        return -1;
      }
      if (ids[held - 1].equals(id)) {
        return held - 1;
      }
      slot = (slot + 1) & mask;
    }
  }

  /**
   * @param index a number given by {@link #indexOf}
   * @return the customer id it was given to
   * @throws IndexOutOfBoundsException if no customer has that number
   */
  public String idOf(int index) {
    Objects.checkIndex(index, size);
    return ids[index];
  }

  private void rehash() {
    int[] grown = new int[slots.length * 2];
    int mask = grown.length - 1;
    for (int i = 0; i < size; i++) {
      int slot = mix(ids[i].hashCode()) & mask;
      while (grown[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      grown[slot] = i + 1;
    }
    slots = grown;
  }

  /** Spreads the bits of a String hash, whose low bits cluster for ids like "c000123". */
  private static int mix(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  /**
   * @param array an array indexed by customer number
   * @param needed the length needed
   * @return the array, or a copy grown by half (at least to {@code needed})
   */
  public static long[] grow(long[] array, int needed) {
    return needed <= array.length ? array
        : Arrays.copyOf(array, Math.max(needed, array.length + (array.length >> 1) + 16));
  }

  /** @see #grow(long[], int) */
  public static int[] grow(int[] array, int needed) {
    return needed <= array.length ? array
        : Arrays.copyOf(array, Math.max(needed, array.length + (array.length >> 1) + 16));
  }

  /** @see #grow(long[], int) */
  public static byte[] grow(byte[] array, int needed) {
    return needed <= array.length ? array
        : Arrays.copyOf(array, Math.max(needed, array.length + (array.length >> 1) + 16));
  }

  /** @see #grow(long[], int) */
  public static short[] grow(short[] array, int needed) {
    return needed <= array.length ? array
        : Arrays.copyOf(array, Math.max(needed, array.length + (array.length >> 1) + 16));
  }
}
