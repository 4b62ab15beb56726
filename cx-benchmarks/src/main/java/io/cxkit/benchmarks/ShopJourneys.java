package io.cxkit.benchmarks;

import io.cxkit.journey.EventKind;
import io.cxkit.journey.JourneyEvent;
import io.cxkit.journey.JourneyMap;
import java.time.Instant;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.SplittableRandom;

/**
 * A deterministic stream of journey events through {@link JourneyMap#ecommerce()}, in time order
 * overall, made as it is read and kept nowhere: what the benchmarks and {@link JourneyScaleCheck}
 * feed the analyses.
 *
 * <p>Sessions start at an even rate (with jitter) over the stream's time span, each for a customer
 * who is new with a fixed probability, else one seen before, chosen uniformly; the probability is
 * set so that every customer has been seen once about 85 % of the way through. A session walks a
 * Markov chain over the map: it enters at an ad, a search result, the home page or the help
 * centre, browses product pages and reviews (to and fro), adds to the cart, starts the checkout and
 * sometimes goes back to the cart, buys at the order confirmation, or leaves at any step (a cart or
 * checkout left with an {@link EventKind#ABANDON} event one time in three). A purchase schedules
 * the post-purchase events of the customer days later, without a session: the shipping e-mail, the
 * delivery, often the first use, sometimes a support chat and a review request. Steps within a
 * session are 5 seconds to 4 minutes apart. Sessions in progress and pending post-purchase events
 * are held in a priority queue by their next instant (a few thousand entries at a time), so the
 * memory of the generator does not grow with the events made.
 *
 * <p>The seed fixes everything: two generators of the same arguments give equal streams.
 */
public final class ShopJourneys implements Iterator<JourneyEvent> {
  /** The start of every stream. */
  public static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

  static final JourneyMap MAP = JourneyMap.ecommerce();

  private static final String[] TOUCHPOINTS = new String[MAP.touchpoints().size()];
  private static final int AD = index("ad");
  private static final int SEARCH = index("search");
  private static final int HOME = index("home");
  private static final int PRODUCT = index("product-page");
  private static final int REVIEWS = index("reviews");
  private static final int CART = index("cart");
  private static final int CHECKOUT = index("checkout");
  private static final int CONFIRMATION = index("order-confirmation");
  private static final int SHIPPING_EMAIL = index("shipping-email");
  private static final int DELIVERY = index("delivery");
  private static final int FIRST_USE = index("first-use");
  private static final int HELP = index("help-center");
  private static final int CHAT = index("support-chat");
  private static final int CALL = index("support-call");
  private static final int REVIEW_REQUEST = index("review-request");
  /** Not a touchpoint: the session or post-purchase chain ends. */
  private static final int LEAVE = -1;

  private static final long SECOND = 1_000_000L;
  private static final long DAY = 86_400L * SECOND;
  private static final Map<String, String> PURCHASE_ATTRIBUTES = Map.of("channel", "web");

  private final long events;
  private final int customers;
  private final SplittableRandom random;
  private final double newCustomerChance;
  private final long meanSessionGap;
  private final PriorityQueue<Visit> queue = new PriorityQueue<>();
  private long made;
  private int seenCustomers;
  private long sessions;
  private long nextSessionAt;
  private long sequence;

  /** A session in progress, or a customer's pending post-purchase events. */
  private static final class Visit implements Comparable<Visit> {
    final int customer;
    /** The session's number, or -1 for post-purchase events, which have none. */
    final long session;
    final long sequence;
    long at;
    int touchpoint;
    EventKind kind;

    Visit(int customer, long session, long sequence, long at, int touchpoint, EventKind kind) {
      this.customer = customer;
      this.session = session;
      this.sequence = sequence;
      this.at = at;
      this.touchpoint = touchpoint;
      this.kind = kind;
    }

    @Override
    public int compareTo(Visit other) {
      int byTime = Long.compare(at, other.at);
      return byTime != 0 ? byTime : Long.compare(sequence, other.sequence);
    }
  }

  /**
   * @param events how many events the stream has, ≥ 1
   * @param customers how many customers they are spread over, ≥ 1
   * @param days the time span the sessions start in, ≥ 1; post-purchase events may run past it
   * @param seed the seed of every choice
   * @throws IllegalArgumentException if a count is below 1
   */
  public ShopJourneys(long events, int customers, int days, long seed) {
    if (events < 1 || customers < 1 || days < 1) {
      throw new IllegalArgumentException("events, customers and days must be ≥ 1, not " + events
          + ", " + customers + ", " + days);
    }
    this.events = events;
    this.customers = customers;
    this.random = new SplittableRandom(seed);
    double sessionsExpected = Math.max(1.0, events / eventsPerSession(seed));
    this.newCustomerChance = Math.min(1.0, customers / (0.85 * sessionsExpected));
    this.meanSessionGap = Math.max(1, (long) (days * (double) DAY / sessionsExpected));
    this.nextSessionAt = micros(START);
  }

  private static int index(String id) {
    int i = MAP.touchpointIndex(id);
    TOUCHPOINTS[i] = id;
    return i;
  }

  /**
   * Runs the chain on sessions of a separate generator to learn how many events a session makes
   * on average, post-purchase events included, so that the session rate fills the time span.
   */
  private static double eventsPerSession(long seed) {
    SplittableRandom sample = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int trials = 20_000;
    long total = 0;
    for (int s = 0; s < trials; s++) {
      Visit v = new Visit(0, s, 0, 0, 0, EventKind.VIEW);
      enter(v, sample);
      while (true) {
        total++;
        boolean postPurchase = v.session < 0;
        if (!postPurchase && v.touchpoint == CONFIRMATION) {
          v = new Visit(0, -1, 0, 0, SHIPPING_EMAIL, EventKind.VIEW);
          continue;
        }
        if (!(postPurchase ? afterPurchase(v, sample) : step(v, sample))) {
          break;
        }
      }
    }
    return (double) total / trials;
  }

  /** @return the number of events made so far */
  public long made() {
    return made;
  }

  /** @return the number of sessions started so far */
  public long sessions() {
    return sessions;
  }

  /** @return the number of distinct customers with an event so far */
  public int customersSeen() {
    return seenCustomers;
  }

  @Override
  public boolean hasNext() {
    return made < events;
  }

  @Override
  public JourneyEvent next() {
    if (made >= events) {
      throw new NoSuchElementException("all " + events + " events were made");
    }
    while (queue.isEmpty() || nextSessionAt <= queue.peek().at) {
      startSession();
    }
    Visit v = queue.poll();
    JourneyEvent event = event(v);
    made++;
    if (v.session >= 0 && v.touchpoint == CONFIRMATION) {
      queue.add(new Visit(v.customer, -1, sequence++, v.at + DAY / 2 + random.nextLong(DAY),
          SHIPPING_EMAIL, EventKind.VIEW));
    } else if (v.session < 0 ? afterPurchase(v, random) : step(v, random)) {
      queue.add(v);
    }
    return event;
  }

  private void startSession() {
    int customer;
    if (seenCustomers < customers
        && (seenCustomers == 0 || random.nextDouble() < newCustomerChance)) {
      customer = seenCustomers++;
    } else {
      customer = random.nextInt(seenCustomers);
    }
    Visit v = new Visit(customer, sessions++, sequence++, nextSessionAt, 0, EventKind.VIEW);
    enter(v, random);
    queue.add(v);
    // Even spacing with ±50 % jitter: the rate is steady, the order of starts stays increasing.
    nextSessionAt += meanSessionGap / 2 + random.nextLong(meanSessionGap);
  }

  private static JourneyEvent event(Visit v) {
    String customer = "c" + v.customer;
    String session = v.session < 0 ? null : "s" + v.session;
    return new JourneyEvent(customer, session, TOUCHPOINTS[v.touchpoint], instant(v.at), v.kind,
        v.kind == EventKind.PURCHASE ? PURCHASE_ATTRIBUTES : Map.of());
  }

  private static void enter(Visit v, SplittableRandom random) {
    int r = random.nextInt(100);
    v.touchpoint = r < 25 ? AD : r < 55 ? SEARCH : r < 90 ? HOME : HELP;
    v.kind = EventKind.VIEW;
  }

  /** Moves a session on one step; false when it ends (nothing is then to be emitted). */
  private static boolean step(Visit v, SplittableRandom random) {
    if (v.kind == EventKind.ABANDON) {
      return false; // the abandon event was the session's last
    }
    int r = random.nextInt(100);
    int next;
    EventKind kind = EventKind.VIEW;
    int from = v.touchpoint;
    if (from == AD) {
      next = r < 70 ? PRODUCT : LEAVE;
    } else if (from == SEARCH) {
      next = r < 75 ? PRODUCT : r < 85 ? HOME : LEAVE;
    } else if (from == HOME) {
      next = r < 60 ? PRODUCT : r < 70 ? HELP : LEAVE;
    } else if (from == PRODUCT) {
      next = r < 18 ? REVIEWS : r < 53 ? CART : r < 65 ? PRODUCT : LEAVE;
      kind = next == CART ? EventKind.START : EventKind.VIEW;
    } else if (from == REVIEWS) {
      next = r < 70 ? PRODUCT : LEAVE;
    } else if (from == CART) {
      next = r < 55 ? CHECKOUT : r < 70 ? PRODUCT : r < 80 ? CART : LEAVE;
      kind = next == CHECKOUT ? EventKind.START : next == CART ? EventKind.ABANDON : EventKind.VIEW;
    } else if (from == CHECKOUT) {
      next = r < 45 ? CONFIRMATION : r < 65 ? CART : r < 72 ? HELP : r < 82 ? CHECKOUT : LEAVE;
      kind = next == CONFIRMATION ? EventKind.PURCHASE
          : next == CHECKOUT ? EventKind.ABANDON : next == CART ? EventKind.START : EventKind.VIEW;
    } else if (from == HELP) {
      next = r < 40 ? CHAT : r < 55 ? CALL : r < 70 ? PRODUCT : LEAVE;
      kind = next == CHAT || next == CALL ? EventKind.CONTACT : EventKind.VIEW;
    } else if (from == CHAT || from == CALL) {
      next = r < 20 ? HELP : LEAVE;
    } else {
      next = LEAVE;
    }
    if (next == LEAVE) {
      return false;
    }
    v.touchpoint = next;
    v.kind = kind;
    v.at += 5 * SECOND + random.nextLong(235 * SECOND);
    return true;
  }

  /** Moves a customer's post-purchase events on one step, days apart; false when they end. */
  private static boolean afterPurchase(Visit v, SplittableRandom random) {
    int r = random.nextInt(100);
    int from = v.touchpoint;
    int next;
    EventKind kind = EventKind.VIEW;
    long gap;
    if (from == SHIPPING_EMAIL) {
      next = DELIVERY;
      kind = EventKind.COMPLETE;
      gap = 2 * DAY + random.nextLong(3 * DAY);
    } else if (from == DELIVERY) {
      next = r < 70 ? FIRST_USE : r < 80 ? CHAT : r < 90 ? REVIEW_REQUEST : LEAVE;
      kind = next == CHAT ? EventKind.CONTACT : EventKind.VIEW;
      gap = DAY / 4 + random.nextLong(2 * DAY);
    } else if (from == FIRST_USE || from == CHAT) {
      next = r < 55 ? REVIEW_REQUEST : LEAVE;
      gap = 5 * DAY + random.nextLong(4 * DAY);
    } else {
      next = LEAVE;
      gap = 0;
    }
    if (next == LEAVE) {
      return false;
    }
    v.touchpoint = next;
    v.kind = kind;
    v.at += gap;
    return true;
  }

  static long micros(Instant at) {
    return at.getEpochSecond() * SECOND + at.getNano() / 1000;
  }

  static Instant instant(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, SECOND), Math.floorMod(micros, SECOND) * 1000);
  }
}
