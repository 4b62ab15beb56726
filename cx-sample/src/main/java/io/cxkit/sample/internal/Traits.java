package io.cxkit.sample.internal;

import io.cxkit.journey.io.AttributeType;
import io.cxkit.journey.profile.AttributeValue;
import io.cxkit.journey.profile.CustomerProfile;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a customer is, drawn from the seed and the customer's number alone: persona, country,
 * language, age, device, how they came, interests, checkout variant and when they signed up. Kept
 * as a few primitives and recomputed whenever the simulation needs them, so that nothing per
 * customer has to be stored; {@link #profile()} builds the profile the personas' rules classify
 * back to the same persona.
 */
public final class Traits {
  /** The profile attributes in the order written, with their types (for CSV). */
  public static final Map<String, AttributeType> ATTRIBUTES = attributes();

  /** Persona numbers, in the order of {@link #PERSONA_IDS}. */
  public static final int LOYAL = 0;
  /** Bargain hunter. */
  public static final int BARGAIN = 1;
  /** Busy professional. */
  public static final int PROFESSIONAL = 2;
  /** Gift shopper. */
  public static final int GIFTER = 3;
  /** Cross-border shopper. */
  public static final int CROSS_BORDER = 4;
  /** The personas' ids by number. */
  public static final List<String> PERSONA_IDS = List.of("loyal-member", "bargain-hunter",
      "busy-professional", "gift-shopper", "cross-border");

  /** The share of customers in each persona. */
  private static final double[] PERSONA_MIX = {0.14, 0.22, 0.22, 0.22, 0.20};

  private static final String[] HOME_COUNTRIES = {"DE", "AT", "NL", "GB", "US"};
  private static final double[] HOME_WEIGHTS = {0.45, 0.10, 0.10, 0.20, 0.15};
  private static final String[] ABROAD_COUNTRIES = {"RU", "KZ", "CN", "SG"};
  private static final double[] ABROAD_WEIGHTS = {0.35, 0.15, 0.35, 0.15};
  private static final String[] INTERESTS = {"electronics", "home", "fashion", "books", "toys",
      "sports"};
  /** Visits by local hour of day: a morning rise, a lunch plateau and an evening peak. */
  static final double[] HOURS = {1.0, 0.5, 0.3, 0.2, 0.2, 0.3, 0.6, 1.2, 1.8, 2.2, 2.5, 2.6,
      2.8, 2.7, 2.6, 2.6, 2.7, 3.0, 3.4, 3.8, 4.0, 3.6, 2.6, 1.6};

  /** The share of the months over which customers sign up; the rest lets the last ones return. */
  static final double SIGNUP_SHARE = 0.92;

  private final int index;
  private final String id;
  private final int persona;
  private final String country;
  private final String language;
  private final int age;
  private final String device;
  private final String acquisition;
  private final int interests;
  private final boolean variantB;
  private final int signupDay;
  private final long signupSecond;
  private final LocalDate signupDate;

  private Traits(int index, int persona, String country, String language, int age, String device,
      String acquisition, int interests, boolean variantB, int signupDay, long signupSecond,
      LocalDate signupDate) {
    this.index = index;
    this.id = customerId(index);
    this.persona = persona;
    this.country = country;
    this.language = language;
    this.age = age;
    this.device = device;
    this.acquisition = acquisition;
    this.interests = interests;
    this.variantB = variantB;
    this.signupDay = signupDay;
    this.signupSecond = signupSecond;
    this.signupDate = signupDate;
  }

  private static Map<String, AttributeType> attributes() {
    Map<String, AttributeType> map = new LinkedHashMap<>();
    map.put("signed-up", AttributeType.DATE);
    map.put("country", AttributeType.TEXT);
    map.put("language", AttributeType.TEXT);
    map.put("age", AttributeType.NUMBER);
    map.put("device", AttributeType.TEXT);
    map.put("acquisition", AttributeType.TEXT);
    map.put("interests", AttributeType.SET);
    map.put("checkout-variant", AttributeType.TEXT);
    map.put("member-since", AttributeType.DATE);
    return Collections.unmodifiableMap(map);
  }

  /**
   * @param span the sample's length in days
   * @param customers the number of customers
   * @param index a customer's number
   * @param u the customer's uniform draw on [0, 1)
   * @return the day the customer signs up on, counted from the first day; non-decreasing in the
   *     number, so customers can be let in in order
   */
  static int signupDay(int span, int customers, int index, double u) {
    int day = (int) ((index + u) / customers * SIGNUP_SHARE * span);
    return Math.min(day, span - 1);
  }

  /**
   * @param seed the sample's seed
   * @param index the customer's number
   * @param customers the number of customers
   * @param start the first instant (midnight of the first day)
   * @param end the end, exclusive
   * @param zone the shop's zone
   * @return the customer's traits
   */
  public static Traits of(long seed, int index, int customers, Instant start, Instant end,
      ZoneId zone) {
    SplitMix r = SplitMix.of(seed, index, 0, 1);
    LocalDate first = start.atZone(zone).toLocalDate();
    int span = (int) (end.atZone(zone).toLocalDate().toEpochDay() - first.toEpochDay());
    int day = signupDay(span, customers, index, r.nextDouble());
    int persona = r.pick(PERSONA_MIX);
    String country;
    String language;
    if (persona == CROSS_BORDER) {
      country = ABROAD_COUNTRIES[r.pick(ABROAD_WEIGHTS)];
      language = country.equals("RU") || country.equals("KZ") ? "ru" : "zh";
    } else {
      country = HOME_COUNTRIES[r.pick(HOME_WEIGHTS)];
      // Many of a Berlin shop's customers at home speak Russian or Chinese at home too.
      double u = r.nextDouble();
      language = u < 0.84 ? "en" : u < 0.94 ? "ru" : "zh";
    }
    int age;
    String device;
    String acquisition;
    switch (persona) {
      case LOYAL -> {
        age = r.between(30, 62);
        device = r.chance(0.5) ? "mobile" : "desktop";
        acquisition = pickOf(r, "search", "referral", "direct", "ad");
      }
      case BARGAIN -> {
        age = r.between(18, 42);
        device = r.chance(0.75) ? "mobile" : "desktop";
        acquisition = "deal-site";
      }
      case PROFESSIONAL -> {
        age = r.between(28, 55);
        device = "desktop";
        acquisition = pickOf(r, "search", "search", "referral", "direct");
      }
      case GIFTER -> {
        age = r.between(24, 70);
        device = r.chance(0.8) ? "mobile" : "tablet";
        acquisition = pickOf(r, "search", "ad", "ad", "referral");
      }
      default -> {
        age = r.between(20, 50);
        device = r.chance(0.6) ? "mobile" : "desktop";
        acquisition = pickOf(r, "search", "ad", "referral", "deal-site");
      }
    }
    int interests = 0;
    int count = r.between(1, 3);
    for (int k = 0; k < count; k++) {
      interests |= 1 << r.nextInt(INTERESTS.length);
    }
    boolean variantB = SplitMix.of(seed, index, 0, 2).chance(0.5);
    int second = r.pick(HOURS) * 3600 + r.nextInt(3600);
    ZonedDateTime at = ZonedDateTime.of(first.plusDays(day), LocalTime.ofSecondOfDay(second), zone);
    long from = start.getEpochSecond();
    long signup = Math.max(at.toEpochSecond(), from);
    // The date of the instant, not the day drawn: a day the zone skips (Samoa's 30 December
    // 2011) has no time of its own, and its sign-ups happen on the day after.
    LocalDate date = Instant.ofEpochSecond(signup).atZone(zone).toLocalDate();
    return new Traits(index, persona, country, language, age, device, acquisition, interests,
        variantB, day, signup - from, date);
  }

  private static String pickOf(SplitMix r, String... values) {
    return values[r.nextInt(values.length)];
  }

  /**
   * @param index a customer's number
   * @return the customer's id: {@code c-} and the number in eight digits
   */
  public static String customerId(int index) {
    char[] id = {'c', '-', '0', '0', '0', '0', '0', '0', '0', '0'};
    int n = index;
    for (int i = id.length - 1; i >= 2 && n > 0; i--) {
      id[i] = (char) ('0' + n % 10);
      n /= 10;
    }
    return new String(id);
  }

  /** @return the customer's number */
  public int index() {
    return index;
  }

  /** @return the customer's id */
  public String id() {
    return id;
  }

  /** @return the persona's number: {@link #LOYAL} … {@link #CROSS_BORDER} */
  public int persona() {
    return persona;
  }

  /** @return the persona's id */
  public String personaId() {
    return PERSONA_IDS.get(persona);
  }

  /** @return the country, ISO 3166 alpha-2 */
  public String country() {
    return country;
  }

  /** @return whether the customer lives abroad (outside the shop's home markets) */
  public boolean abroad() {
    return persona == CROSS_BORDER;
  }

  /** @return the language the customer writes in: en, ru or zh */
  public String language() {
    return language;
  }

  /** @return mobile, desktop or tablet */
  public String device() {
    return device;
  }

  /** @return whether the customer uses a phone or tablet */
  public boolean mobile() {
    return !device.equals("desktop");
  }

  /** @return how the customer came: search, ad, referral, direct or deal-site */
  public String acquisition() {
    return acquisition;
  }

  /** @return whether the customer sees the checkout's variant B (which shows the delivery date) */
  public boolean variantB() {
    return variantB;
  }

  /** @return A or B */
  public String variant() {
    return variantB ? "B" : "A";
  }

  /**
   * @return the day drawn for signing up, counted from the first day; the customer is let in at
   *     its start (for a day the zone skips, the start of the next)
   */
  public int signupDay() {
    return signupDay;
  }

  /** @return the instant of signing up (the first visit), in seconds from the sample's start */
  public long signupSecond() {
    return signupSecond;
  }

  /** @return the customer's profile */
  public CustomerProfile profile() {
    Map<String, AttributeValue> attributes = new LinkedHashMap<>();
    attributes.put("signed-up", AttributeValue.date(signupDate));
    attributes.put("country", AttributeValue.text(country));
    attributes.put("language", AttributeValue.text(language));
    attributes.put("age", AttributeValue.number(age));
    attributes.put("device", AttributeValue.text(device));
    attributes.put("acquisition", AttributeValue.text(acquisition));
    List<String> set = new ArrayList<>(4);
    for (int k = 0; k < INTERESTS.length; k++) {
      if ((interests & (1 << k)) != 0) {
        set.add(INTERESTS[k]);
      }
    }
    if (persona == GIFTER) {
      set.add("gifts");
    }
    attributes.put("interests", AttributeValue.set(set.toArray(String[]::new)));
    attributes.put("checkout-variant", AttributeValue.text(variant()));
    if (persona == LOYAL) {
      attributes.put("member-since", AttributeValue.date(signupDate));
    }
    return new CustomerProfile(id(), attributes);
  }
}
