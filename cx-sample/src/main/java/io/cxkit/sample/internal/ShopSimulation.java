package io.cxkit.sample.internal;

import io.cxkit.core.GoalOutcome;
import io.cxkit.journey.EventKind;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.profile.CustomerProfile;
import io.cxkit.sample.SampleSink;
import io.cxkit.sample.ShopSample;
import io.cxkit.sample.internal.Comments.Topic;
import io.cxkit.survey.Channel;
import io.cxkit.survey.ContactDetails;
import io.cxkit.survey.Respondent;
import io.cxkit.survey.Response;
import io.cxkit.survey.ResponseContext;
import io.cxkit.survey.types.CesAnswer;
import io.cxkit.survey.types.ContactConsentAnswer;
import io.cxkit.survey.types.CsatAnswer;
import io.cxkit.survey.types.GoalCompletionAnswer;
import io.cxkit.survey.types.MultipleChoiceAnswer;
import io.cxkit.survey.types.NpsAnswer;
import io.cxkit.survey.types.OpenTextAnswer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import org.jspecify.annotations.Nullable;

/**
 * The shop, run as a discrete-event simulation in time order. Each customer is, at any time, in
 * one of two states: waiting for the next visit, or waiting for the next step of the last order's
 * aftermath (shipping e-mail, delivery, a support contact about a late parcel, the CSAT and NPS
 * e-mails). A heap ordered by (time, customer) holds the customers still active with a compact
 * state each; a customer is let in on the day of signing up and leaves when lost or past the end.
 * Everything a customer does is drawn from generators keyed by (seed, customer, visit or order,
 * purpose), so a visit's events do not depend on the order customers are processed in.
 *
 * <p>A visit's events and responses (about an hour) are made at once and held in a small queue
 * ordered by (time, creation) until no later step can come before them; so the output is in time
 * order, and memory grows with the customers active, the visits in progress and the membership
 * cancellations already decided (dated up to 20 days ahead), not with the records written.
 */
public final class ShopSimulation {
  /** The attribute names events may carry, in the order of CSV columns. */
  public static final List<String> EVENT_ATTRIBUTES =
      List.of("variant", "order", "value", "error", "late", "plan");
  /** The context attribute names responses may carry, in the order of CSV columns. */
  public static final List<String> RESPONSE_ATTRIBUTES = List.of("order");

  private static final int DAY = 86_400;
  private static final int HOUR = 3_600;

  // Generator purposes: each keyed stream of draws has its own.
  private static final int VISIT = 10;
  private static final int ORDER = 11;
  private static final int CYCLE = 12;

  // Per persona, in the order of Traits: loyal, bargain, professional, gifter, cross-border.
  /** Chance that a visit puts something in the cart. */
  private static final double[] CART = {0.60, 0.56, 0.50, 0.42, 0.48};
  /** Chance that a cart goes on to checkout (else it is left: price, delivery costs). */
  private static final double[] CHECKOUT = {0.48, 0.27, 0.44, 0.40, 0.42};
  /** Chance of leaving at the delivery options in variant A, which hides the delivery date. */
  private static final double[] LEAVE_SHIPPING_A = {0.10, 0.20, 0.18, 0.45, 0.24};
  /** The same in variant B, which shows it. */
  private static final double[] LEAVE_SHIPPING_B = {0.03, 0.07, 0.06, 0.10, 0.09};
  /** Chance of reading reviews during a visit. */
  private static final double[] REVIEWS = {0.30, 0.45, 0.15, 0.25, 0.30};
  /** Chance of being lost after a visit or an order's aftermath, without a bad experience. */
  private static final double[] LOST = {0.03, 0.32, 0.22, 0.42, 0.36};
  /** Mean days until the next visit. */
  private static final double[] GAP_DAYS = {14, 18, 26, 45, 32};
  /** Mean order value in euros. */
  private static final double[] ORDER_VALUE = {65, 35, 90, 55, 70};
  /** Promoters and detractors after an order that went well (the rest are passives). */
  private static final double[] PROMOTERS = {0.68, 0.36, 0.52, 0.44, 0.34};
  private static final double[] DETRACTORS = {0.08, 0.30, 0.17, 0.24, 0.38};
  /**
   * The extra chance of being lost after a bad experience: "17 % of customers may leave after one
   * bad experience" (../shared/CONTEXT.md).
   */
  private static final double BAD_EXPERIENCE_LOSS = 0.17;

  /** Detractor scores 0..6, weighted to the top as real distributions are. */
  private static final double[] DETRACTOR_SCORES = {0.04, 0.03, 0.05, 0.08, 0.12, 0.25, 0.43};
  /** CES 1..7 after a quick question. */
  private static final double[] CES_EASY = {0.02, 0.03, 0.05, 0.10, 0.20, 0.30, 0.30};
  /** CES 1..7 after chasing a late parcel or a failed checkout. */
  private static final double[] CES_HARD = {0.10, 0.12, 0.16, 0.20, 0.18, 0.14, 0.10};
  /** CSAT 1..5 of a parcel on time. */
  private static final double[] CSAT_ON_TIME = {0.03, 0.04, 0.10, 0.33, 0.50};
  /** CSAT 1..5 of a late parcel. */
  private static final double[] CSAT_LATE = {0.22, 0.23, 0.30, 0.18, 0.07};

  // Why a visit ended where it did; it decides the exit-feedback answers and support contacts.
  private static final int PURCHASED = 0;
  private static final int BROWSED = 1;
  private static final int INFO_MISSING = 2;
  private static final int NOT_FOUND = 3;
  private static final int PRICE = 4;
  private static final int POSTCODE = 5;
  private static final int NO_DELIVERY_DATE = 6;
  private static final int PAYMENT = 7;

  // Flags of a customer's state.
  private static final int MEMBER = 1;
  private static final int BAD = 2;
  private static final int ASK_NPS = 4;
  private static final int IN_ORDER = 8;

  private static final Locale[] LOCALES = {Locale.ENGLISH, Locale.forLanguageTag("ru"),
      Locale.forLanguageTag("zh")};

  private final long seed;
  private final int customers;
  private final Instant start;
  private final Instant end;
  private final ZoneId zone;
  private final long startEpoch;
  private final long endSecond;
  private final LocalDate firstDay;
  /** Seconds from the start to each day's local midnight; one more than the days. */
  private final long[] dayStart;

  // The heap of active customers: key = time << 32 | customer, and the slot of its state.
  private long[] heapKey = new long[1024];
  private int[] heapSlot = new int[1024];
  private int size;

  // State per slot; slots of customers gone are reused.
  private int[] visits = new int[1024];
  private int[] orders = new int[1024];
  private int[] orderAt = new int[1024];
  private int[] step = new int[1024];
  private int[] lastNps = new int[1024];
  private int[] flags = new int[1024];
  private int[] free = new int[1024];
  private int freeCount;
  private int slots;

  private final PriorityQueue<Item> pending = new PriorityQueue<>();
  private final ArrayDeque<Object> ready = new ArrayDeque<>();
  private long sequence;
  private int nextCustomer;
  private @Nullable Traits nextTraits;
  private final boolean withProfiles;

  /** An output record with its instant (seconds from the start) and creation number. */
  private record Item(long at, long sequence, Object record) implements Comparable<Item> {
    @Override
    public int compareTo(Item o) {
      int byTime = Long.compare(at, o.at);
      return byTime != 0 ? byTime : Long.compare(sequence, o.sequence);
    }
  }

  /**
   * @param seed the sample's seed
   * @param customers the number of customers
   * @param start the first instant
   * @param end the end, exclusive
   * @param zone the shop's zone
   */
  public ShopSimulation(long seed, int customers, Instant start, Instant end, ZoneId zone) {
    this(seed, customers, start, end, zone, true);
  }

  private ShopSimulation(long seed, int customers, Instant start, Instant end, ZoneId zone,
      boolean withProfiles) {
    this.seed = seed;
    this.customers = customers;
    this.start = start;
    this.end = end;
    this.zone = zone;
    this.withProfiles = withProfiles;
    this.startEpoch = start.getEpochSecond();
    this.endSecond = end.getEpochSecond() - startEpoch;
    this.firstDay = start.atZone(zone).toLocalDate();
    int days = (int) (end.atZone(zone).toLocalDate().toEpochDay() - firstDay.toEpochDay());
    this.dayStart = new long[days + 1];
    for (int d = 0; d <= days; d++) {
      dayStart[d] = firstDay.plusDays(d).atStartOfDay(zone).toEpochSecond() - startEpoch;
    }
    this.nextTraits = customers > 0 ? traits(0) : null;
  }

  /**
   * Runs the whole shop into the sink.
   *
   * @param sink what receives the profiles, events and responses
   */
  public void run(SampleSink sink) {
    while (true) {
      boolean more = step();
      Object record;
      while ((record = ready.poll()) != null) {
        if (record instanceof JourneyEvent event) {
          sink.event(event);
        } else if (record instanceof Response response) {
          sink.response(response);
        } else {
          sink.profile((CustomerProfile) record);
        }
      }
      if (!more) {
        return;
      }
    }
  }

  /** @return a cursor over the events and responses, without profiles */
  public Cursor cursor() {
    return new ShopSimulation(seed, customers, start, end, zone, false).new Cursor();
  }

  /** Pulls the records one at a time, running the shop as far as needed. */
  public final class Cursor {
    private boolean done;

    private Cursor() {}

    /** @return the next event or response in time order, or null after the last */
    public @Nullable Object next() {
      while (ready.isEmpty() && !done) {
        done = !step();
      }
      return ready.poll();
    }
  }

  private Traits traits(int customer) {
    return Traits.of(seed, customer, customers, start, end, zone);
  }

  /** Does one thing: lets a customer in, or runs the next customer's next step. */
  private boolean step() {
    Traits arriving = nextTraits;
    if (arriving != null && (size == 0 || time(heapKey[0]) >= dayStart[arriving.signupDay()])) {
      admit(arriving);
      nextCustomer++;
      nextTraits = nextCustomer < customers ? traits(nextCustomer) : null;
      return true;
    }
    if (size == 0) {
      while (!pending.isEmpty()) {
        ready.add(pending.poll().record());
      }
      return false;
    }
    long key = heapKey[0];
    int slot = heapSlot[0];
    pop();
    int customer = (int) key;
    long at = time(key);
    Traits traits = traits(customer);
    if ((flags[slot] & IN_ORDER) != 0) {
      orderStep(slot, traits, at);
    } else {
      visit(slot, traits, at);
    }
    long watermark = size > 0 ? time(heapKey[0]) : Long.MAX_VALUE;
    if (nextTraits != null) {
      watermark = Math.min(watermark, dayStart[nextTraits.signupDay()]);
    }
    while (!pending.isEmpty() && pending.peek().at() <= watermark) {
      ready.add(pending.poll().record());
    }
    return true;
  }

  private static long time(long key) {
    return key >>> 32;
  }

  private void admit(Traits traits) {
    if (withProfiles) {
      ready.add(traits.profile());
    }
    int slot = freeCount > 0 ? free[--freeCount] : newSlot();
    visits[slot] = 0;
    orders[slot] = 0;
    orderAt[slot] = 0;
    step[slot] = 0;
    lastNps[slot] = Integer.MIN_VALUE / 2;
    flags[slot] = traits.persona() == Traits.LOYAL ? MEMBER : 0;
    push(traits.signupSecond(), traits.index(), slot);
  }

  private int newSlot() {
    if (slots == visits.length) {
      int n = slots * 2;
      visits = Arrays.copyOf(visits, n);
      orders = Arrays.copyOf(orders, n);
      orderAt = Arrays.copyOf(orderAt, n);
      step = Arrays.copyOf(step, n);
      lastNps = Arrays.copyOf(lastNps, n);
      flags = Arrays.copyOf(flags, n);
      free = Arrays.copyOf(free, n);
    }
    return slots++;
  }

  private void release(int slot) {
    free[freeCount++] = slot;
  }

  // ---- the heap -------------------------------------------------------------------------------

  private void push(long at, int customer, int slot) {
    if (size == heapKey.length) {
      heapKey = Arrays.copyOf(heapKey, size * 2);
      heapSlot = Arrays.copyOf(heapSlot, size * 2);
    }
    long key = at << 32 | customer;
    int i = size++;
    while (i > 0) {
      int parent = (i - 1) >>> 1;
      if (heapKey[parent] <= key) {
        break;
      }
      heapKey[i] = heapKey[parent];
      heapSlot[i] = heapSlot[parent];
      i = parent;
    }
    heapKey[i] = key;
    heapSlot[i] = slot;
  }

  private void pop() {
    size--;
    if (size == 0) {
      return;
    }
    long key = heapKey[size];
    int slot = heapSlot[size];
    int i = 0;
    int half = size >>> 1;
    while (i < half) {
      int child = 2 * i + 1;
      if (child + 1 < size && heapKey[child + 1] < heapKey[child]) {
        child++;
      }
      if (key <= heapKey[child]) {
        break;
      }
      heapKey[i] = heapKey[child];
      heapSlot[i] = heapSlot[child];
      i = child;
    }
    heapKey[i] = key;
    heapSlot[i] = slot;
  }

  // ---- output ---------------------------------------------------------------------------------

  private Instant instant(long at) {
    return Instant.ofEpochSecond(startEpoch + at);
  }

  private void emit(long at, Object record) {
    if (at < endSecond) {
      pending.add(new Item(at, sequence++, record));
    }
  }

  private void event(Traits traits, @Nullable String session, String touchpoint, long at,
      EventKind kind, Map<String, String> attributes) {
    if (at < endSecond) {
      emit(at, new JourneyEvent(traits.id(), session, touchpoint, instant(at), kind, attributes));
    }
  }

  /**
   * @param namesAndValues an event's attributes as name, value, name, value…, in the order of
   *     {@link #EVENT_ATTRIBUTES}
   * @return them in that order, the order the JSON Lines writer writes them in; {@code Map.of}
   *     of two or more would iterate in an order each JVM run salts afresh, so two runs would
   *     write different bytes
   */
  private static Map<String, String> attributes(String... namesAndValues) {
    Map<String, String> attributes = new LinkedHashMap<>(namesAndValues.length);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      attributes.put(namesAndValues[i], namesAndValues[i + 1]);
    }
    return attributes;
  }

  private static Channel webChannel(Traits traits) {
    return traits.mobile() ? Channel.MOBILE_WEB : Channel.WEB;
  }

  private static Locale locale(Traits traits) {
    return switch (traits.language()) {
      case "ru" -> LOCALES[1];
      case "zh" -> LOCALES[2];
      default -> LOCALES[0];
    };
  }

  private static ResponseContext context(Traits traits, String touchpoint, Channel channel,
      @Nullable String page, Map<String, String> attributes) {
    return new ResponseContext(touchpoint, channel,
        page == null ? null : "https://shop.example/" + page, traits.device(), locale(traits),
        traits.variant(), attributes);
  }

  private static String email(Traits traits) {
    return traits.id().replace("-", "") + "@mail.example";
  }

  private static String orderId(Traits traits, int order) {
    return "o-" + traits.id().substring(2) + "-" + order;
  }

  // ---- a visit --------------------------------------------------------------------------------

  /** The web page of each purchase-stage touchpoint, for the responses' context. */
  private static String page(String touchpoint) {
    return switch (touchpoint) {
      case "cart" -> "cart";
      case "checkout" -> "checkout/address";
      case "shipping" -> "checkout/delivery";
      case "payment" -> "checkout/payment";
      case "order-confirmation" -> "checkout/thank-you";
      default -> "product";
    };
  }

  private void visit(int slot, Traits traits, long at) {
    int visit = visits[slot]++;
    int persona = traits.persona();
    SplitMix r = SplitMix.of(seed, traits.index(), visit, VISIT);
    String session = traits.id() + "-" + (visit + 1);
    long t = at;
    String entry;
    if (visit == 0) {
      entry = switch (traits.acquisition()) {
        case "search" -> "search";
        case "ad", "deal-site" -> "ad";
        default -> "home";
      };
    } else {
      double u = r.nextDouble();
      entry = u < 0.22 ? "newsletter" : u < 0.52 ? "search" : u < 0.90 ? "home" : "ad";
    }
    event(traits, session, entry, t, EventKind.VIEW, Map.of());
    if (entry.equals("home") && r.chance(0.5)) {
      t += r.between(10, 90);
      event(traits, session, "home", t, EventKind.VIEW, Map.of());
    }
    if (visit == 0 && persona == Traits.LOYAL) {
      t += r.between(30, 240);
      event(traits, session, "membership", t, EventKind.START, Map.of("plan", "plus"));
    }
    t += r.between(10, 120);
    event(traits, session, "product-page", t, EventKind.VIEW, Map.of());
    for (int k = 0; k < 5 && r.chance(0.45); k++) {
      t += r.between(20, 180);
      event(traits, session, "product-page", t, EventKind.VIEW, Map.of());
    }
    if (r.chance(REVIEWS[persona])) {
      t += r.between(20, 120);
      event(traits, session, "reviews", t, EventKind.VIEW, Map.of());
      t += r.between(20, 120);
      event(traits, session, "product-page", t, EventKind.VIEW, Map.of());
    }
    // Gift shoppers look for the delivery date in the help centre and go back and forth.
    if (r.chance(persona == Traits.GIFTER ? 0.40 : 0.08)) {
      int switches = persona == Traits.GIFTER ? r.between(1, 3) : 1;
      for (int k = 0; k < switches; k++) {
        t += r.between(15, 60);
        event(traits, session, "help-center", t, EventKind.VIEW, Map.of());
        t += r.between(15, 60);
        event(traits, session, "product-page", t, EventKind.VIEW, Map.of());
      }
    }
    String exit = "product-page";
    int cause;
    Map<String, String> variant = Map.of("variant", traits.variant());
    if (!r.chance(CART[persona])) {
      double u = r.nextDouble();
      cause = u < 0.45 ? BROWSED : u < 0.60 ? INFO_MISSING : u < 0.82 ? NOT_FOUND : PRICE;
      if (cause == INFO_MISSING && persona == Traits.GIFTER && r.chance(0.6)) {
        cause = NO_DELIVERY_DATE;
      }
    } else {
      t += r.between(20, 150);
      event(traits, session, "cart", t, EventKind.VIEW, Map.of());
      exit = "cart";
      if (!r.chance(CHECKOUT[persona])) {
        double u = r.nextDouble();
        cause = u < 0.60 ? PRICE : u < 0.75 ? INFO_MISSING : BROWSED;
      } else {
        t += r.between(20, 120);
        event(traits, session, "checkout", t, EventKind.START, variant);
        exit = "checkout";
        if (!r.chance(traits.abroad() ? 0.55 : 0.985)) {
          t += r.between(30, 180);
          event(traits, session, "checkout", t, EventKind.ABANDON,
              attributes("variant", traits.variant(), "error", "postcode"));
          cause = POSTCODE;
        } else {
          t += r.between(30, 150);
          event(traits, session, "shipping", t, EventKind.VIEW, variant);
          exit = "shipping";
          double leave = traits.variantB() ? LEAVE_SHIPPING_B[persona] : LEAVE_SHIPPING_A[persona];
          if (r.chance(leave)) {
            cause = NO_DELIVERY_DATE;
          } else {
            t += r.between(20, 120);
            event(traits, session, "payment", t, EventKind.VIEW, variant);
            exit = "payment";
            if (r.chance(traits.abroad() ? 0.09 : 0.05)) {
              t += r.between(20, 120);
              event(traits, session, "payment", t, EventKind.ABANDON,
                  attributes("variant", traits.variant(), "error", "declined"));
              cause = PAYMENT;
            } else {
              t += r.between(20, 90);
              int order = ++orders[slot];
              double value = ORDER_VALUE[persona] * StrictMath.exp(0.45 * normal(r));
              event(traits, session, "order-confirmation", t, EventKind.PURCHASE,
                  attributes("variant", traits.variant(), "order", orderId(traits, order),
                      "value", money(value)));
              exit = "order-confirmation";
              cause = PURCHASED;
            }
          }
        }
      }
    }
    boolean bad = cause == POSTCODE || cause == PAYMENT;
    t = exitFeedback(r, traits, visit, session, exit, cause, t);
    if (cause != PURCHASED && cause != BROWSED && cause != PRICE) {
      double contact = cause == NOT_FOUND ? 0.08 : 0.22;
      if (r.chance(contact)) {
        t += r.between(60, 300);
        event(traits, session, "support-chat", t, EventKind.CONTACT, Map.of());
        int ces = 1 + r.pick(cause == POSTCODE || cause == PAYMENT ? CES_HARD : CES_EASY);
        bad |= ces <= 3;
        if (r.chance(0.40)) {
          long when = t + r.between(300, 1200);
          cesResponse(r, traits, "ces-" + traits.id().substring(2) + "-v" + (visit + 1),
              "support-chat", Channel.CHAT, when, ces, Map.of());
        }
      }
    }
    if (bad) {
      flags[slot] |= BAD;
    }
    if (cause == PURCHASED) {
      orderAt[slot] = (int) t;
      step[slot] = 0;
      flags[slot] |= IN_ORDER;
      if (t - lastNps[slot] >= 60L * DAY) {
        flags[slot] |= ASK_NPS;
        lastNps[slot] = (int) t;
      } else {
        flags[slot] &= ~ASK_NPS;
      }
      long first = new Aftermath(traits, orders[slot], t, (flags[slot] & ASK_NPS) != 0).at[0];
      reschedule(slot, traits, first);
    } else {
      endCycle(slot, traits, t);
    }
  }

  /** A standard normal draw by Box–Muller, with {@link StrictMath} for every JVM's same bits. */
  private static double normal(SplitMix r) {
    double u = 1 - r.nextDouble();
    double v = r.nextDouble();
    return StrictMath.sqrt(-2 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
  }

  /** @return euros with two decimals, such as {@code 49.90}, without the JVM's locale */
  private static String money(double value) {
    long cents = Math.max(100, Math.round(value * 100));
    long rest = cents % 100;
    return (cents / 100) + "." + (rest < 10 ? "0" : "") + rest;
  }

  /**
   * The exit-feedback form, shown to some visitors as they leave (and to some buyers on the order
   * confirmation): the answers follow from why the visit ended where it did.
   *
   * @return the instant after the form
   */
  private long exitFeedback(SplitMix r, Traits traits, int visit, String session, String exit,
      int cause, long t) {
    // Exit intent is asked more where leaving costs most: in the checkout.
    double show = switch (exit) {
      case "order-confirmation" -> 0.10;
      case "product-page" -> 0.15;
      case "cart" -> 0.30;
      default -> 0.60;
    };
    if (!r.chance(show)) {
      return t;
    }
    long at = t + r.between(5, 30);
    String id = "ef-" + traits.id().substring(2) + "-" + (visit + 1);
    Response.Builder response = Response.builder(id, ShopSample.EXIT_FEEDBACK, 1)
        .context(context(traits, exit, webChannel(traits), page(exit), Map.of()));
    // "About 60 % of visitors left feedback" when asked (../shared/CONTEXT.md).
    if (!r.chance(0.60)) {
      emit(at, response.respondent(Respondent.of(traits.id())).submittedAt(instant(at))
          .dismissed().build());
      return at;
    }
    GoalOutcome goal = goal(r, cause);
    response.answer("goal", new GoalCompletionAnswer(goal));
    at += r.between(3, 15);
    if (goal != GoalOutcome.FULLY) {
      if (r.chance(0.08)) {
        emit(at, response.respondent(Respondent.of(traits.id())).submittedAt(instant(at))
            .partial("reasons").build());
        return at;
      }
      List<String> reasons = reasons(r, cause);
      response.answer("reasons", new MultipleChoiceAnswer(reasons, null));
      at += r.between(3, 20);
      Respondent respondent = Respondent.of(traits.id());
      if (reasons.contains("technical-problem")) {
        // "Of those reporting a technical problem, about 40 % left contact details."
        if (r.chance(0.40)) {
          response.answer("contact", ContactConsentAnswer.consenting(email(traits)));
          respondent = Respondent.withConsent(traits.id(), ContactDetails.ofEmail(email(traits)));
        } else if (r.chance(0.5)) {
          response.answer("contact", ContactConsentAnswer.declining());
        }
        at += r.between(3, 20);
      }
      if (r.chance(0.5)) {
        response.answer("comment", new OpenTextAnswer(
            Comments.pick(exitTopic(cause, exit), traits.language(), r.nextLong())));
        at += r.between(15, 90);
      }
      response.respondent(respondent);
    } else {
      response.respondent(Respondent.of(traits.id()));
    }
    emit(at, response.submittedAt(instant(at)).build());
    return at;
  }

  private static GoalOutcome goal(SplitMix r, int cause) {
    double u = r.nextDouble();
    double fully;
    double partially;
    switch (cause) {
      case PURCHASED -> {
        fully = 0.92;
        partially = 0.07;
      }
      case BROWSED -> {
        fully = 0.70;
        partially = 0.30;
      }
      case INFO_MISSING, NO_DELIVERY_DATE -> {
        fully = 0;
        partially = 0.42;
      }
      case PRICE -> {
        fully = 0;
        partially = 0.50;
      }
      case NOT_FOUND -> {
        fully = 0;
        partially = 0.30;
      }
      default -> {
        fully = 0;
        partially = 0.10;
      }
    }
    return u < fully ? GoalOutcome.FULLY
        : u < fully + partially ? GoalOutcome.PARTIALLY : GoalOutcome.NOT_ACHIEVED;
  }

  private static List<String> reasons(SplitMix r, int cause) {
    String main;
    String second;
    switch (cause) {
      case INFO_MISSING, NO_DELIVERY_DATE -> {
        main = "missing-information";
        second = "price";
      }
      case NOT_FOUND -> {
        main = "could-not-find";
        second = "missing-information";
      }
      case PRICE -> {
        main = "price";
        second = "missing-information";
      }
      case POSTCODE, PAYMENT -> {
        main = "technical-problem";
        second = "price";
      }
      default -> {
        double u = r.nextDouble();
        main = u < 0.4 ? "price" : u < 0.7 ? "could-not-find" : "missing-information";
        second = main.equals("price") ? "missing-information" : "price";
      }
    }
    return r.chance(0.15) ? List.of(main, second) : List.of(main);
  }

  private static Topic exitTopic(int cause, String exit) {
    return switch (cause) {
      case INFO_MISSING -> Topic.PRODUCT_INFO_MISSING;
      case NO_DELIVERY_DATE -> Topic.DELIVERY_DATE_MISSING;
      case NOT_FOUND -> Topic.COULD_NOT_FIND;
      case POSTCODE -> Topic.POSTCODE_REJECTED;
      case PAYMENT -> Topic.PAYMENT_FAILED;
      case PRICE -> exit.equals("cart") ? Topic.DELIVERY_COST : Topic.PRICE_HIGH;
      case PURCHASED -> Topic.EASY_CHECKOUT;
      default -> Topic.PRICE_HIGH;
    };
  }

  private void cesResponse(SplitMix r, Traits traits, String id, String touchpoint,
      Channel channel, long at, int ces, Map<String, String> attributes) {
    Response.Builder response = Response.builder(id, ShopSample.SUPPORT_CES, 1)
        .respondent(Respondent.of(traits.id()))
        .context(context(traits, touchpoint, channel, null, attributes))
        .answer("ces", new CesAnswer(ces));
    if (r.chance(0.40)) {
      Topic topic = ces >= 5 ? Topic.SUPPORT_HELPFUL
          : ces <= 3 ? Topic.SUPPORT_SLOW : r.chance(0.5) ? Topic.SUPPORT_HELPFUL
          : Topic.SUPPORT_SLOW;
      response.answer("why", new OpenTextAnswer(
          Comments.pick(topic, traits.language(), r.nextLong())));
    }
    emit(at, response.submittedAt(instant(at)).build());
  }

  // ---- after an order -------------------------------------------------------------------------

  private static final int SHIPPED = 0;
  private static final int SUPPORT = 1;
  private static final int CES = 2;
  private static final int DELIVERED = 3;
  private static final int CSAT = 4;
  private static final int NPS_OPENED = 5;
  private static final int NPS = 6;

  /**
   * What follows an order, drawn at once from the order's own generator and drawn again, the
   * same, at each of its steps (so nothing of it has to be stored): the shipping e-mail, the
   * delivery (late for 9 % at home and 30 % abroad), a support contact about a late parcel and its
   * CES, the CSAT e-mail, and the NPS e-mail a week or two after delivery (at most one per 60 days
   * per customer). The steps, sorted by time, are {@link #at} and {@link #what}.
   */
  private final class Aftermath {
    final long[] at = new long[7];
    final int[] what = new int[7];
    int steps;
    final boolean late;
    final long deliveredAt;
    final boolean supportCall;
    final int ces;
    final int csat;
    final int nps;
    final long commentDraw;
    final boolean csatComment;
    final boolean npsComment;
    final boolean cesComment;

    Aftermath(Traits traits, int order, long purchasedAt, boolean askNps) {
      SplitMix r = SplitMix.of(seed, traits.index(), order, ORDER);
      long shipped = purchasedAt + r.between(3 * HOUR, 20 * HOUR);
      long expected = purchasedAt + (traits.abroad() ? r.between(5, 9) : r.between(2, 4)) * DAY
          + r.between(-3 * HOUR, 3 * HOUR);
      late = r.chance(traits.abroad() ? 0.30 : 0.09);
      deliveredAt = expected + (late ? r.between(2, 6) * DAY + r.between(0, 8 * HOUR) : 0);
      add(shipped, SHIPPED);
      add(deliveredAt, DELIVERED);
      boolean support = late ? r.chance(0.55) : r.chance(0.03);
      supportCall = r.chance(0.4);
      long supportAt = late ? expected + r.between(DAY, 2 * DAY) : shipped + r.between(HOUR, DAY);
      int cesScore = 1 + r.pick(late ? CES_HARD : CES_EASY);
      if (support) {
        add(supportAt, SUPPORT);
        if (r.chance(0.35)) {
          add(supportAt + r.between(600, 3600), CES);
        }
      }
      ces = support ? cesScore : 0;
      csat = 1 + r.pick(late ? CSAT_LATE : CSAT_ON_TIME);
      if (r.chance(0.24)) {
        add(deliveredAt + r.between(6 * HOUR, 40 * HOUR), CSAT);
      }
      boolean bad = late || (support && cesScore <= 3);
      nps = npsScore(r, traits.persona(), bad);
      if (askNps && r.chance(0.50)) {
        long opened = deliveredAt + r.between(7 * DAY, 14 * DAY);
        add(opened, NPS_OPENED);
        if (r.chance(0.65)) {
          add(opened + r.between(30, 300), NPS);
        }
      }
      commentDraw = r.nextLong();
      csatComment = r.chance(0.45);
      npsComment = r.chance(0.55);
      cesComment = r.chance(0.40);
      sort();
    }

    private void add(long when, int kind) {
      at[steps] = when;
      what[steps] = kind;
      steps++;
    }

    /** Insertion sort of a few steps by time, then kind: stable and allocation-free. */
    private void sort() {
      for (int i = 1; i < steps; i++) {
        long a = at[i];
        int w = what[i];
        int j = i - 1;
        while (j >= 0 && (at[j] > a || (at[j] == a && what[j] > w))) {
          at[j + 1] = at[j];
          what[j + 1] = what[j];
          j--;
        }
        at[j + 1] = a;
        what[j + 1] = w;
      }
    }

    boolean bad() {
      return late || (ces != 0 && ces <= 3) || csat <= 2;
    }
  }

  private static int npsScore(SplitMix r, int persona, boolean bad) {
    double promoters = PROMOTERS[persona];
    double detractors = DETRACTORS[persona];
    if (bad) {
      promoters *= 0.45;
      detractors = Math.min(0.9, detractors + 0.35);
    }
    double u = r.nextDouble();
    if (u < promoters) {
      return r.chance(0.55) ? 10 : 9;
    }
    if (u < 1 - detractors) {
      return r.chance(0.55) ? 8 : 7;
    }
    return r.pick(DETRACTOR_SCORES);
  }

  private void orderStep(int slot, Traits traits, long now) {
    int order = orders[slot];
    Aftermath after = new Aftermath(traits, order, orderAt[slot], (flags[slot] & ASK_NPS) != 0);
    int k = step[slot];
    String orderId = orderId(traits, order);
    Map<String, String> attributes = Map.of("order", orderId);
    String short_ = traits.id().substring(2) + "-" + order;
    SplitMix r = new SplitMix(after.commentDraw + k);
    switch (after.what[k]) {
      case SHIPPED -> event(traits, null, "shipping-email", now, EventKind.VIEW, attributes);
      case DELIVERED -> event(traits, null, "delivery", now, EventKind.COMPLETE,
          attributes("order", orderId, "late", after.late ? "yes" : "no"));
      case SUPPORT -> event(traits, null, after.supportCall ? "support-call" : "support-chat", now,
          EventKind.CONTACT, attributes);
      case CES -> cesResponse(r, traits, "ces-" + short_, after.supportCall ? "support-call"
          : "support-chat", after.supportCall ? Channel.PHONE : Channel.CHAT, now, after.ces,
          attributes);
      case CSAT -> {
        Response.Builder response = Response.builder("csat-" + short_,
                ShopSample.DELIVERY_CSAT, 1)
            .respondent(Respondent.of(traits.id()))
            .submittedAt(instant(now))
            .context(context(traits, "delivery", Channel.EMAIL, null, attributes))
            .answer("csat", new CsatAnswer(after.csat));
        if (after.csatComment) {
          Topic topic = after.csat >= 4 ? Topic.DELIVERY_FAST
              : after.late ? Topic.DELIVERY_LATE : Topic.QUALITY_BAD;
          response.answer("why", new OpenTextAnswer(
              Comments.pick(topic, traits.language(), r.nextLong())));
        }
        emit(now, response.build());
      }
      case NPS_OPENED -> event(traits, null, "review-request", now, EventKind.VIEW, attributes);
      default -> {
        Response.Builder response = Response.builder("nps-" + short_,
                ShopSample.POST_PURCHASE, 1)
            .respondent(Respondent.of(traits.id()))
            .submittedAt(instant(now))
            .context(context(traits, "review-request", Channel.EMAIL, null, attributes))
            .answer("nps", new NpsAnswer(after.nps));
        if (after.npsComment) {
          response.answer("why", new OpenTextAnswer(
              Comments.pick(npsTopic(r, after), traits.language(), r.nextLong())));
        }
        emit(now, response.build());
      }
    }
    if (k + 1 < after.steps && after.at[k + 1] < endSecond) {
      step[slot] = k + 1;
      reschedule(slot, traits, after.at[k + 1]);
    } else {
      flags[slot] &= ~IN_ORDER;
      if (after.bad()) {
        flags[slot] |= BAD;
      }
      endCycle(slot, traits, now);
    }
  }

  private static Topic npsTopic(SplitMix r, Aftermath after) {
    double u = r.nextDouble();
    if (after.nps >= 9) {
      return u < 0.35 ? Topic.DELIVERY_FAST : u < 0.65 ? Topic.QUALITY_GOOD
          : u < 0.85 ? Topic.PRICE_GOOD : Topic.EASY_CHECKOUT;
    }
    if (after.nps <= 6) {
      if (after.late && u < 0.6) {
        return Topic.DELIVERY_LATE;
      }
      if (after.ces != 0 && after.ces <= 3 && u < 0.8) {
        return Topic.SUPPORT_SLOW;
      }
      return u < 0.5 ? Topic.PRICE_HIGH : u < 0.8 ? Topic.QUALITY_BAD : Topic.DELIVERY_COST;
    }
    return u < 0.3 ? Topic.PRICE_HIGH : u < 0.6 ? Topic.QUALITY_GOOD
        : u < 0.8 ? Topic.DELIVERY_FAST : Topic.DELIVERY_COST;
  }

  private void reschedule(int slot, Traits traits, long at) {
    if (at >= endSecond) {
      release(slot);
    } else {
      push(at, traits.index(), slot);
    }
  }

  // ---- between visits -------------------------------------------------------------------------

  /**
   * After a visit without an order, or after an order's last step: the customer is lost (a
   * member cancels first), cancels the membership and stays, or comes back after a while.
   */
  private void endCycle(int slot, Traits traits, long now) {
    int persona = traits.persona();
    SplitMix r = SplitMix.of(seed, traits.index(), visits[slot], CYCLE);
    boolean bad = (flags[slot] & BAD) != 0;
    flags[slot] &= ~BAD;
    boolean member = (flags[slot] & MEMBER) != 0;
    double lost = member || persona != Traits.LOYAL ? LOST[persona] : 0.20;
    lost += bad ? BAD_EXPERIENCE_LOSS : 0;
    boolean gone = r.chance(lost);
    if (member && (gone || r.chance(0.02 + (bad ? 0.10 : 0)))) {
      long cancelled = now + r.between(DAY, 20 * DAY);
      event(traits, null, "membership", cancelled, EventKind.ABANDON, Map.of("plan", "plus"));
      flags[slot] &= ~MEMBER;
    }
    if (gone) {
      release(slot);
      return;
    }
    long target = now + Math.max(DAY, (long) (r.exponential(GAP_DAYS[persona]) * DAY));
    int day = dayOf(target);
    if (day < 0) {
      release(slot);
      return;
    }
    int second = r.pick(Traits.HOURS) * HOUR + r.nextInt(HOUR);
    LocalDate date = firstDay.plusDays(day);
    long next = ZonedDateTime.of(date, LocalTime.ofSecondOfDay(second), zone).toEpochSecond()
        - startEpoch;
    if (next <= now + HOUR) {
      next = now + HOUR + r.nextInt(HOUR);
    }
    reschedule(slot, traits, next);
  }

  /** @return the day (from the first) holding the instant, or −1 at or past the end */
  private int dayOf(long at) {
    if (at >= endSecond) {
      return -1;
    }
    int lo = 0;
    int hi = dayStart.length - 2;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (dayStart[mid] <= at) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }
}
