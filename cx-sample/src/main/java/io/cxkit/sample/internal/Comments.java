package io.cxkit.sample.internal;

import io.cxkit.core.InvalidValueException;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The sample shop's bank of customer comments: for each {@link Topic} ten short comments in each of
 * English, Russian and Chinese, worded differently, as customers write them. {@link #pick} chooses
 * one from the caller's random bits, so the same draw always gives the same comment.
 *
 * <p>Every comment is written to be tagged by {@link io.cxkit.survey.text.Codebook#ecommerce()}
 * with exactly the themes {@link #themes} names, no more and no fewer, in its own language's
 * tokenization; the tests check each comment. That is what makes the sample's theme shares mean
 * something: a praise of quick checkout never counts as a checkout error, a quality complaint
 * never as a delivery problem. It is also why some natural words are missing where they would
 * add a theme (a comment about quality does not say the item "arrived"), and why a topic whose
 * words are keywords of a theme has that theme even where a reader might not expect it ({@link
 * Topic#COULD_NOT_FIND} is written "couldn't find", which the codebook counts as missing
 * information).
 */
public final class Comments {

  /** What a comment is about, and so which of the codebook's themes it hits. */
  public enum Topic {
    /** The parcel came quickly; theme {@code delivery}. */
    DELIVERY_FAST,
    /** The parcel came late or not at all; theme {@code delivery}. */
    DELIVERY_LATE,
    /** A good price or discount; theme {@code price}. */
    PRICE_GOOD,
    /** Too expensive; theme {@code price}. */
    PRICE_HIGH,
    /** Delivery costs too much; themes {@code delivery} and {@code price}. */
    DELIVERY_COST,
    /** Praise of the product itself; no theme of the codebook. */
    QUALITY_GOOD,
    /** The product broke or disappoints; no theme of the codebook. */
    QUALITY_BAD,
    /** Support solved the problem; theme {@code customer-service}. */
    SUPPORT_HELPFUL,
    /** Support was slow or did not help; theme {@code customer-service}. */
    SUPPORT_SLOW,
    /**
     * The customer could not see when the parcel would arrive (checkout variant A hides the
     * delivery date); themes {@code delivery} and {@code missing-information}, since the comments
     * name the delivery date they missed.
     */
    DELIVERY_DATE_MISSING,
    /** The product page lacks a size, a measure or a specification; theme missing-information. */
    PRODUCT_INFO_MISSING,
    /** The checkout refused a postcode from abroad; theme {@code checkout-error}. */
    POSTCODE_REJECTED,
    /** The payment failed or the payment page broke; theme {@code checkout-error}. */
    PAYMENT_FAILED,
    /**
     * Ordering was quick and easy; no theme of the codebook: the comments praise "ordering" and
     * never say "checkout" or "payment", which are keywords of {@code checkout-error}.
     */
    EASY_CHECKOUT,
    /**
     * The customer could not find the product they came for; theme {@code missing-information},
     * whose keywords include "couldn't find", "не нашла" and 找不到.
     */
    COULD_NOT_FIND
  }

  /** The languages of the comments, as ISO 639-1 codes. */
  public static final List<String> LANGUAGES = List.of("en", "ru", "zh");

  /** The themes and the comments of each topic. */
  private static final Map<Topic, Bank> BANKS = banks();

  private Comments() {}

  /**
   * @param topic what the comment is about
   * @param language {@code "en"}, {@code "ru"} or {@code "zh"}
   * @param draw any long, such as the caller's random bits; the same draw gives the same comment,
   *     and draws 0 to {@code variants(topic, language).size() - 1} give each comment once
   * @return one of the topic's comments in that language
   * @throws InvalidValueException if the language is not one of the three
   */
  public static String pick(Topic topic, String language, long draw) {
    List<String> variants = variants(topic, language);
    return variants.get(Math.floorMod(draw, variants.size()));
  }

  /**
   * @param topic what the comments are about
   * @param language {@code "en"}, {@code "ru"} or {@code "zh"}
   * @return every comment of the topic in that language, in the order {@link #pick} numbers them;
   *     unmodifiable, at least eight, all different
   * @throws InvalidValueException if the language is not one of the three
   */
  public static List<String> variants(Topic topic, String language) {
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(language, "language");
    Bank bank = BANKS.get(topic);
    switch (language) {
      case "en":
        return bank.en();
      case "ru":
        return bank.ru();
      case "zh":
        return bank.zh();
      default:
        throw new InvalidValueException("language", language, "must be en, ru or zh");
    }
  }

  /**
   * @param topic what the comments are about
   * @return the ids of the {@link io.cxkit.survey.text.Codebook#ecommerce()} themes each of the
   *     topic's comments hits, in codebook order; unmodifiable; empty for a topic the codebook has
   *     no theme for ({@link Topic#QUALITY_GOOD}, {@link Topic#QUALITY_BAD}, {@link
   *     Topic#EASY_CHECKOUT})
   */
  public static Set<String> themes(Topic topic) {
    return BANKS.get(Objects.requireNonNull(topic, "topic")).themes();
  }

  /** One topic's themes and its comments by language. */
  private record Bank(Set<String> themes, List<String> en, List<String> ru, List<String> zh) {}

  private static void bank(Map<Topic, Bank> banks, Topic topic, List<String> themes,
      List<String> en, List<String> ru, List<String> zh) {
    // A linked set: the order must not depend on the JVM's hash seed.
    Set<String> ordered = Collections.unmodifiableSet(new LinkedHashSet<>(themes));
    banks.put(topic, new Bank(ordered, en, ru, zh));
  }

  // The comments follow; each was checked against the codebook's tokens (see CommentsTest).
  private static Map<Topic, Bank> banks() {
    Map<Topic, Bank> banks = new EnumMap<>(Topic.class);
    bank(banks, Topic.DELIVERY_FAST, List.of("delivery"),
        List.of(
            "Super fast delivery, the parcel was here the next day.",
            "Ordered on Monday, the courier brought it on Tuesday morning. Impressive.",
            "Shipping was quicker than promised.",
            "Delivery took just two days, even to my village.",
            "Really quick dispatch and the tracking worked the whole way.",
            "Parcel arrived a day earlier than expected, well packed.",
            "Fast shipping, no complaints at all.",
            "Got my headphones within 48 hours of ordering, delivery was spot on.",
            "The courier came exactly in the time slot I picked.",
            "Was shipped the same day I ordered. Great!"),
        List.of(
            "Доставка очень быстрая, посылка пришла на следующий день.",
            "Заказал в понедельник, а во вторник курьер уже привёз.",
            "Доставили быстрее, чем обещали.",
            "Посылка пришла за два дня, даже в мой посёлок.",
            "Отправка в тот же день, трек-номер пришёл сразу.",
            "Курьер приехал точно в выбранный интервал.",
            "Быстрая доставка, никаких претензий.",
            "Наушники привезли уже через 48 часов после заказа.",
            "Заказ доставили на день раньше срока, всё хорошо упаковано.",
            "Не ожидал такой скорости: посылку получил через три дня."),
        List.of(
            "发货很快，第二天就收到了。",
            "周一下单，周二快递就送到了，太给力了。",
            "物流比预计的还快。",
            "两天就收到包裹了，连我们村都送得这么快。",
            "当天就发货了，物流一路都能查到。",
            "包裹提前一天到了，包装得也很好。",
            "配送速度很快，没什么可挑剔的。",
            "下单后不到48小时耳机就送到了，物流真快。",
            "快递员准时在我选的时间段送上门。",
            "送货超快，点赞！"));

    bank(banks, Topic.DELIVERY_LATE, List.of("delivery"),
        List.of(
            "Delivery was a week late and nobody told me why.",
            "My parcel took almost three weeks to get here.",
            "The tracking said 'out for delivery' for four days in a row.",
            "Ordered a birthday present and it was delivered two days after the party.",
            "Shipping took far too long, I had almost forgotten I ordered.",
            "The courier never showed up on the promised day, I waited at home for nothing.",
            "Still waiting for my shipment, 12 days after ordering.",
            "It was dispatched late and then stuck in a depot for a week.",
            "Slow delivery. Next time I'll order somewhere else.",
            "The parcel came much later than the date on the website."),
        List.of(
            "Доставка опоздала на неделю, и никто ничего не объяснил.",
            "Посылка шла почти три недели.",
            "Трек четыре дня показывал «передано курьеру», а потом ничего.",
            "Заказывала подарок на день рождения, а доставили через два дня после праздника.",
            "Очень долгая доставка, я уже забыл, что что-то заказывал.",
            "Курьер так и не приехал в обещанный день, зря весь день просидела дома.",
            "Прошло 12 дней, а посылку мне так и не привезли.",
            "Отправку задержали, а потом заказ неделю лежал на складе.",
            "Медленная доставка. В следующий раз закажу в другом месте.",
            "Посылка пришла гораздо позже даты, указанной на сайте."),
        List.of(
            "送货晚了整整一周，也没人解释原因。",
            "包裹路上走了将近三个星期。",
            "物流显示“派送中”整整四天都没动。",
            "买的生日礼物，过完生日两天才到货。",
            "发货太慢了，我都快忘了自己买过东西。",
            "快递说好的那天根本没来，白白在家等了一天。",
            "下单12天了，包裹还没到。",
            "发货拖了很久，又在仓库里压了一个星期。",
            "配送太慢，下次去别家买了。",
            "到货时间比网站上写的晚了很多。"));

    bank(banks, Topic.PRICE_GOOD, List.of("price"),
        List.of(
            "Great prices, cheaper than anywhere else I looked.",
            "Good value for money, and the discount code worked.",
            "The price was lower than on the big marketplaces.",
            "Honestly the best price I found for this blender.",
            "Cheap and exactly what I needed.",
            "Fair pricing, no hidden extras.",
            "Got it with a 20% discount in the sale, very happy.",
            "Prices are reasonable and I like the member discounts.",
            "Costs less than in the shops in town.",
            "Not overpriced like some other shops, I'll be back."),
        List.of(
            "Отличные цены, дешевле, чем где-либо ещё.",
            "Хорошее соотношение цены и качества, промокод сработал.",
            "Цена ниже, чем на крупных маркетплейсах.",
            "Честно, лучшая цена на этот блендер, которую я нашёл.",
            "Дешевле, чем я ожидала, и именно то, что мне было нужно.",
            "Честные цены, без скрытых доплат.",
            "Купила со скидкой 20 %, очень довольна.",
            "Цены разумные, а для участников Plus ещё и скидки.",
            "Стоимость ниже, чем в магазинах нашего города.",
            "Не переплатила, как в других магазинах, обязательно вернусь."),
        List.of(
            "价格很实惠，比我看过的其他地方都便宜。",
            "性价比很高，优惠码也能用。",
            "价格比大电商平台还低。",
            "这款搅拌机是我找到的最便宜的。",
            "便宜又好用，正是我需要的。",
            "价格公道，没有隐藏费用。",
            "用折扣买到的，非常划算。",
            "价钱合理，会员还有额外优惠。",
            "比我们这边实体店便宜不少。",
            "不像别家那么贵，还会再来的。"));

    bank(banks, Topic.PRICE_HIGH, List.of("price"),
        List.of(
            "Too expensive for what it is.",
            "The price went up by 15 euros between adding it to the cart and paying.",
            "Way overpriced compared to other shops.",
            "I like the products but the prices are getting silly.",
            "Found the same jacket 30% cheaper elsewhere.",
            "Expensive. I only bought it because I needed it quickly.",
            "The discount was smaller than the ad promised.",
            "Pricing is higher than last year for the same items.",
            "It costs twice as much as on other sites.",
            "Nice quality, but honestly too pricey."),
        List.of(
            "Слишком дорого для такого товара.",
            "Пока я оформлял заказ, цена выросла на 15 евро.",
            "Цены сильно выше, чем в других магазинах.",
            "Товары нравятся, но цены уже совсем неадекватные.",
            "Нашла такую же куртку на 30 % дешевле.",
            "Дорого. Купил только потому, что нужно было срочно.",
            "Скидка оказалась меньше, чем обещали в рекламе.",
            "За те же товары цены выше, чем в прошлом году.",
            "Стоимость в два раза выше, чем на других сайтах.",
            "Качество хорошее, но дороговато."),
        List.of(
            "太贵了，不值这个价。",
            "刚加进购物车价格就涨了15欧元。",
            "比别的店贵太多了。",
            "东西不错，但价格越来越离谱。",
            "同样的外套别家便宜三成。",
            "很贵，要不是急用我才不会买。",
            "优惠力度比广告里说的小多了。",
            "同样的商品，价格比去年高了不少。",
            "价钱是其他网站的两倍。",
            "质量还行，就是有点贵。"));

    bank(banks, Topic.DELIVERY_COST, List.of("delivery", "price"),
        List.of(
            "The shipping costs were more than the item itself.",
            "Delivery fee of 9.90 on a 15 euro order? No thanks.",
            "I only saw the delivery costs at the very end, so I left.",
            "Shipping is too expensive to Kazakhstan.",
            "Free shipping only from 50 euros, so small orders cost too much.",
            "Would have bought more if the delivery wasn't so expensive.",
            "Express delivery costs almost as much as my order.",
            "The shipping fee doubled when I picked my country.",
            "Cheaper delivery please, 7 euros for a book is a lot.",
            "Everything was fine until I saw the price of shipping."),
        List.of(
            "Стоимость доставки выше, чем цена самого товара.",
            "Платная доставка 9,90 € при заказе на 15 €? Слишком дорого.",
            "Стоимость доставки показали только в самом конце, поэтому я ушёл.",
            "Доставка в Казахстан слишком дорогая.",
            "Бесплатная доставка только от 50 евро, а маленькие заказы выходят слишком дорого.",
            "Купила бы больше, если бы доставка не была такой дорогой.",
            "Экспресс-доставка стоит почти как весь заказ, это переплата.",
            "Цена доставки выросла вдвое, когда я выбрал свою страну.",
            "Сделайте доставку дешевле, 7 евро за одну книгу — это много.",
            "Всё было нормально, пока я не увидел стоимость доставки."),
        List.of(
            "快递运费比商品本身还贵。",
            "15欧元的订单配送要9.9欧元运费，太贵了。",
            "直到最后才显示送货的运费，我直接走了。",
            "寄到哈萨克斯坦的快递太贵了。",
            "满50欧元才包邮，小订单的运费太高，快递根本不划算。",
            "要是配送没这么贵，我会多买一些。",
            "加急配送的价格几乎和整单一样。",
            "选了我的国家之后，快递运费直接翻倍。",
            "运费能不能便宜点？一本书的快递要7欧元。",
            "一切都好，直到看到送货的价格。"));

    bank(banks, Topic.QUALITY_GOOD, List.of(),
        List.of(
            "Really good quality, the fabric is thick and soft.",
            "The kettle looks even better than in the photos.",
            "Solid build, works perfectly after a month of daily use.",
            "Great quality, my daughter loves the doll.",
            "Exactly as pictured, well made and sturdy.",
            "Very happy with the headphones, the sound is excellent.",
            "The shoes fit perfectly and are comfortable from day one.",
            "Top quality, you can tell it will last for years.",
            "The book was in perfect condition, not a single crease.",
            "Excellent product, I have already recommended it to friends."),
        List.of(
            "Очень хорошее качество, ткань плотная и мягкая.",
            "Чайник в жизни даже красивее, чем на фото.",
            "Собран добротно, месяц пользуюсь каждый день — всё отлично.",
            "Качество супер, дочка в восторге от куклы.",
            "Точно как на картинке, сделано крепко и аккуратно.",
            "Наушниками очень довольна, звук отличный.",
            "Кроссовки сели идеально, удобные с первого дня.",
            "Качество на высоте, видно, что прослужит много лет.",
            "Книга в идеальном состоянии, ни одного загиба.",
            "Отличный товар, уже посоветовал друзьям."),
        List.of(
            "质量很好，面料厚实又柔软。",
            "水壶实物比照片还好看。",
            "做工扎实，每天用了一个月，一点问题都没有。",
            "质量很棒，女儿特别喜欢这个娃娃。",
            "和图片一模一样，做工结实。",
            "耳机很满意，音质非常好。",
            "鞋子很合脚，第一天穿就很舒服。",
            "品质一流，感觉能用好多年。",
            "书的品相完美，一点折痕都没有。",
            "东西非常好，已经推荐给朋友了。"));

    bank(banks, Topic.QUALITY_BAD, List.of(),
        List.of(
            "The zip broke after two days of wearing it.",
            "Poor quality, the seams came apart after the first wash.",
            "The phone case cracked the first time I dropped it.",
            "Looks nothing like the photos, the colour is completely different.",
            "Flimsy plastic, it wobbles and won't stand straight.",
            "Battery dies after an hour, very disappointed.",
            "One of the toy's wheels came off within a week.",
            "The pages were bent and the cover was scratched.",
            "Stopped charging after three weeks, I want my money back.",
            "The material is thin and smells of chemicals."),
        List.of(
            "Молния сломалась через два дня носки.",
            "Качество плохое, швы разошлись после первой стирки.",
            "Чехол для телефона треснул при первом же падении.",
            "Совсем не похоже на фото, цвет совершенно другой.",
            "Хлипкий пластик, всё шатается и не стоит ровно.",
            "Аккумулятор садится через час, очень разочарована.",
            "У игрушки через неделю отвалилось колесо.",
            "Страницы помяты, а обложка поцарапана.",
            "Через три недели перестал заряжаться, хочу вернуть деньги.",
            "Материал тонкий и пахнет химией."),
        List.of(
            "拉链穿了两天就坏了。",
            "质量太差，洗了一次就开线了。",
            "手机壳第一次掉地上就裂了。",
            "和照片完全不一样，颜色差太多了。",
            "塑料很薄，晃来晃去，根本放不稳。",
            "电池一个小时就没电了，很失望。",
            "玩具的轮子一周就掉了一个。",
            "书页折了，封面也有划痕。",
            "用了三个星期就充不进电了，我要退货。",
            "材料很薄，还有一股化学味。"));

    bank(banks, Topic.SUPPORT_HELPFUL, List.of("customer-service"),
        List.of(
            "Customer service sorted out my problem in five minutes.",
            "The support agent was friendly and really helpful.",
            "I got a reply within an hour and a replacement the same week.",
            "Great live chat, they refunded me straight away.",
            "Staff on the hotline were patient and explained everything.",
            "Support answered on a Sunday, which I did not expect.",
            "Anna from customer service went out of her way to help me.",
            "Quick and polite support, thank you!",
            "They replied to my email the same day and fixed the order.",
            "The agent understood my issue right away, no need to repeat myself."),
        List.of(
            "Служба поддержки решила мою проблему за пять минут.",
            "Оператор был вежливым и очень помог.",
            "Менеджер ответил в течение часа, а замену прислали на той же неделе.",
            "Отличный чат поддержки, деньги вернули сразу.",
            "Сотрудники горячей линии всё терпеливо объяснили.",
            "Поддержка ответила даже в воскресенье, не ожидал.",
            "Анна из поддержки сделала всё, чтобы мне помочь.",
            "Быстрая и вежливая поддержка, спасибо!",
            "Консультант в тот же день ответил на письмо и исправил заказ.",
            "Оператор сразу понял, в чём дело, ничего не пришлось повторять."),
        List.of(
            "客服五分钟就帮我解决了问题。",
            "客服态度很好，非常耐心。",
            "一个小时内就收到回复，同一周就换了新的。",
            "在线人工客服很给力，马上就退款了。",
            "售后热线的工作人员很耐心，什么都解释得很清楚。",
            "周日客服也有人回复，没想到。",
            "售后处理得很快，给我补发了新的。",
            "客服又快又有礼貌，谢谢！",
            "发邮件当天就收到回复，订单也改好了。",
            "售后一下就明白我的问题，不用反复解释。"));

    bank(banks, Topic.SUPPORT_SLOW, List.of("customer-service"),
        List.of(
            "I waited 40 minutes on the hotline before anyone picked up.",
            "Wrote to support three times and still no reply.",
            "Customer service takes days to respond.",
            "The live chat bot kept sending me in circles and no human ever joined.",
            "Nobody replied to my email for a whole week.",
            "Support closed my ticket without solving anything.",
            "The agent promised a callback that never came.",
            "Slow customer service, I had to explain my problem to three different people.",
            "It took five days to get a response from support.",
            "The staff on the phone were polite but useless, it has been two weeks."),
        List.of(
            "Ждал ответа на горячей линии 40 минут.",
            "Писала в поддержку три раза, ответа до сих пор нет.",
            "Поддержка отвечает по несколько дней.",
            "Бот в чате гоняет по кругу, а живого оператора так и не дождалась.",
            "На моё письмо целую неделю не ответил ни один менеджер.",
            "Поддержка закрыла обращение, ничего не решив.",
            "Оператор обещал перезвонить, но так и не перезвонил.",
            "Медленная поддержка: пришлось объяснять проблему трём разным сотрудникам.",
            "Ответ от поддержки пришёл только через пять дней.",
            "Сотрудники по телефону вежливые, но толку никакого, уже две недели жду."),
        List.of(
            "打客服热线等了40分钟才有人接。",
            "给客服写了三次，到现在都没回复。",
            "客服回复要好几天。",
            "聊天机器人一直绕圈子，始终转不到人工。",
            "发了邮件，整整一周没人回复。",
            "售后没解决任何问题就把工单关了。",
            "客服说会回电话，结果一直没打来。",
            "客服效率太低，同一个问题要跟三个人讲。",
            "过了五天才收到售后的答复。",
            "电话客服态度是好，但就是解决不了问题，已经两周了。"));

    bank(banks, Topic.DELIVERY_DATE_MISSING, List.of("delivery", "missing-information"),
        List.of(
            "I couldn't find any information on when the parcel would arrive, and it's a "
                + "birthday present.",
            "No info on the delivery date before paying, so I gave up.",
            "Unclear when the delivery would come. I need it before Christmas.",
            "I can't find the estimated delivery date anywhere on the order page.",
            "Wanted to know if it arrives by Saturday but the shipping details said nothing.",
            "The delivery time is not clear at all, 'a few days' could mean anything.",
            "Could not find the delivery date, so I bought the gift in a local store instead.",
            "It is a present, I need to know when it gets delivered. That information was missing.",
            "Please show the delivery date before I pay, I had no information on it.",
            "Couldn't find when the courier would come, so I left the order."),
        List.of(
            "Не нашла никакой информации о том, когда придёт посылка, а это подарок на день "
                + "рождения.",
            "Нигде нет информации о дате доставки, поэтому я не стал заказывать.",
            "Непонятно, когда будет доставка, а мне нужно до Нового года.",
            "Не могу найти ожидаемую дату доставки на странице заказа.",
            "Хотела узнать, привезут ли к субботе, но в информации о доставке ничего не сказано.",
            "Срок доставки совершенно непонятный: «несколько дней» может значить что угодно.",
            "Не нашёл дату доставки, поэтому купил подарок в обычном магазине.",
            "Это подарок, мне важно знать, когда его доставят. Этой информации не было.",
            "Покажите дату доставки до заказа, никакой информации о ней нет.",
            "Не нашли, когда приедет курьер, и отказались от заказа."),
        List.of(
            "找不到什么时候能到货的信息，这可是生日礼物。",
            "下单前看不到送货日期，信息完全没有。",
            "不清楚什么时候配送，我需要在圣诞节前收到。",
            "订单页面上找不到预计到货时间。",
            "想知道周六前能不能到，但物流信息里什么都没写。",
            "配送时间写得不清楚，“几天”到底是几天？",
            "找不到发货日期，只好去实体店买了礼物。",
            "这是礼物，我得知道什么时候送货，可页面上没有这个信息。",
            "请在下单前显示送达日期，快递的信息一点都没有。",
            "不清楚快递什么时候上门，只好放弃了订单。"));

    bank(banks, Topic.PRODUCT_INFO_MISSING, List.of("missing-information"),
        List.of(
            "The description doesn't say what size the battery is.",
            "No size chart, so I had no idea which size to pick.",
            "I couldn't find the dimensions of the table anywhere.",
            "Too little information about the materials.",
            "The specifications are incomplete, is it compatible with my laptop or not?",
            "Unclear whether the set includes the charger.",
            "Product details are missing the weight, which matters for me.",
            "Which age is this toy for? The info isn't there.",
            "The product page is not clear about what is in the box.",
            "Can't find anything about washing instructions on the page."),
        List.of(
            "В описании не указана ёмкость аккумулятора.",
            "Нет размерной сетки, непонятно, какой размер брать.",
            "Нигде не нашёл размеры стола.",
            "Слишком мало информации о материалах.",
            "Характеристики неполные: подходит к моему ноутбуку или нет?",
            "Непонятно, входит ли зарядка в комплект.",
            "В характеристиках не указан вес, а для меня это важно.",
            "Для какого возраста эта игрушка? Информации нет.",
            "Из описания непонятно, что входит в коробку.",
            "Не могу найти, как стирать эту вещь — на странице ничего нет."),
        List.of(
            "商品描述里没写电池容量。",
            "没有尺码表，不知道该选哪个码。",
            "哪里都找不到桌子的尺寸。",
            "关于材质的信息太少了。",
            "参数说明不完整，到底兼容不兼容我的笔记本？",
            "不清楚套装里有没有充电器。",
            "详情页没写重量，这对我很重要。",
            "这个玩具适合几岁？页面上没有说明。",
            "商品详情没写清楚包装里有什么。",
            "找不到洗涤方式，页面上什么都没有。"));

    bank(banks, Topic.POSTCODE_REJECTED, List.of("checkout-error"),
        List.of(
            "The checkout would not accept my Russian postcode.",
            "My postcode in Singapore has six digits and the form kept rejecting it.",
            "Error at the address step: 'invalid postcode'. I live in Almaty, my postcode is "
                + "correct!",
            "Could not check out because the postcode field only takes German formats.",
            "The postcode field does not work for Chinese addresses.",
            "I tried three times, the site says my postcode is wrong, but it's the one on my "
                + "passport.",
            "Postcode validation failed even though I copied it from the post office website.",
            "Checkout is broken for foreign postcodes, it wants five digits.",
            "Kept getting an error on my postcode from Kazakhstan, so I gave up.",
            "Your address form rejects every postcode outside the EU."),
        List.of(
            "Мой российский индекс не проходит при оформлении заказа.",
            "Сайт выдаёт ошибку «неверный индекс», хотя индекс правильный.",
            "Индекс из Казахстана не проходит проверку, заказ оформить невозможно.",
            "Поле индекса не работает для адресов в Китае.",
            "Три раза вводил индекс — ошибка. Пришлось отказаться от покупки.",
            "Оформление заказа ломается на индексе: принимает только немецкий формат.",
            "Ошибка на шаге адреса: в Сингапуре шестизначные индексы, а форма их не принимает.",
            "Не проходит мой почтовый индекс из Алматы, хотя я скопировал его с сайта почты.",
            "При оформлении постоянно пишет, что индекс неверный.",
            "Форма адреса не работает ни с одним индексом за пределами ЕС."),
        List.of(
            "结账时不接受我的俄罗斯邮编。",
            "新加坡邮编是六位数，系统一直提示错误。",
            "地址页面报错：邮编无效，可我的邮编明明是对的。",
            "邮编只能填德国格式，结果无法下单。",
            "中国的邮编根本填不进去，提交总是失败。",
            "试了三次，网站一直说邮编错误。",
            "从邮局网站复制的邮编也验证失败。",
            "海外邮编在结账页面通不过，非要五位数字。",
            "哈萨克斯坦的邮编一直报错，我只好放弃了。",
            "欧盟以外的邮编全部被拒，没法结账。"));

    bank(banks, Topic.PAYMENT_FAILED, List.of("checkout-error"),
        List.of(
            "My card was declined twice, although it works everywhere else.",
            "Payment failed at the last step and I had to start all over.",
            "Got an error as soon as I pressed pay.",
            "PayPal kept loading forever and then the payment did not go through.",
            "The payment page crashed and I don't know if I was charged.",
            "Checkout froze right after I entered my card number.",
            "Money was taken from my account but the site said the payment failed.",
            "Apple Pay is not working on your site.",
            "The 3-D Secure code never came, so the payment was declined.",
            "Tried two cards, both failed. Very frustrating."),
        List.of(
            "Оплата картой дважды не прошла, хотя везде карта работает.",
            "Оплата сорвалась на последнем шаге, пришлось начинать всё заново.",
            "После нажатия «Оплатить» выскочила ошибка.",
            "PayPal бесконечно грузился, а потом оплата так и не прошла.",
            "Страница оплаты зависла, и я не знаю, списали деньги или нет.",
            "Сайт завис сразу после ввода номера карты.",
            "Деньги списали, а сайт пишет, что оплата не удалась.",
            "Apple Pay на вашем сайте не работает.",
            "Код 3-D Secure так и не пришёл, платёж не проходит.",
            "Попробовала две карты, обе с ошибкой. Очень раздражает."),
        List.of(
            "付款时银行卡被拒了两次，可在别的地方都能用。",
            "最后一步支付失败，只能从头再来。",
            "点了付款就报错。",
            "PayPal一直转圈，最后付款没成功。",
            "支付页面闪退了，不知道有没有扣钱。",
            "输完卡号结账页面就卡住了。",
            "钱已经扣了，网站却显示支付失败。",
            "你们网站的Apple Pay用不了，付款一直失败。",
            "验证码一直收不到，支付总是失败。",
            "换了两张卡都付款失败，太让人崩溃了。"));

    bank(banks, Topic.EASY_CHECKOUT, List.of(),
        List.of(
            "Ordering was quick and easy, done in two minutes.",
            "Paid with Apple Pay in one tap, super convenient.",
            "Very simple to order, I didn't even need to create an account.",
            "Smooth ordering process, everything was clear.",
            "Buying was painless, the site remembered my address.",
            "Guest ordering took me less than a minute. Love it.",
            "Easy to pay, easy to order, nothing to complain about.",
            "Placed my order on my phone on the bus, no problems at all.",
            "The order form is short and straightforward.",
            "Finally a shop where buying something doesn't take ages."),
        List.of(
            "Заказ оформил за две минуты, всё просто и понятно.",
            "Расплатилась через Apple Pay в одно касание, очень удобно.",
            "Очень легко заказать, даже регистрироваться не пришлось.",
            "Покупка прошла гладко, всё понятно с первого раза.",
            "Сайт запомнил мой адрес, купить было проще простого.",
            "Заказ без регистрации занял меньше минуты. Супер!",
            "Легко заплатить, легко заказать — придраться не к чему.",
            "Сделала заказ с телефона прямо в автобусе, никаких проблем.",
            "Форма заказа короткая и понятная.",
            "Наконец-то магазин, где покупка не отнимает полчаса."),
        List.of(
            "下单又快又方便，两分钟就搞定了。",
            "用Apple Pay一键买单，超级方便。",
            "下单非常简单，连账号都不用注册。",
            "购买流程很顺畅，每一步都很清楚。",
            "网站记住了我的地址，买东西一点都不费劲。",
            "免注册下单不到一分钟，太喜欢了。",
            "下单容易，整个过程没什么可挑剔的。",
            "在公交车上用手机就下好了单，完全没问题。",
            "订单表格很短，一目了然。",
            "终于有一家买东西不用折腾半天的店了。"));

    bank(banks, Topic.COULD_NOT_FIND, List.of("missing-information"),
        List.of(
            "Couldn't find a rain jacket in my size, the search only showed umbrellas.",
            "I could not find the blue version that was in your newsletter.",
            "Can't find the spare parts for my coffee machine anywhere on the site.",
            "The search is useless, I cannot find anything even when I type the exact "
                + "product name.",
            "Couldn't find the kids' section, the menu is confusing.",
            "I was looking for a gift under 30 euros but couldn't find a way to filter by budget.",
            "Could not find the board game my son wanted, is it gone?",
            "Searched for \"yoga mat\" and couldn't find a single one.",
            "Can't find books by ISBN, only by title.",
            "Spent ten minutes and still couldn't find the charger for this model."),
        List.of(
            "Не нашла дождевик своего размера, поиск показывает только зонты.",
            "Не нашёл синюю модель, которая была в вашей рассылке.",
            "Не могу найти запчасти для своей кофемашины.",
            "Поиск бесполезный: ввожу точное название и всё равно не могу найти товар.",
            "Не нашли детский раздел, меню очень запутанное.",
            "Искала подарок до 30 евро, но не нашла, как отфильтровать по бюджету.",
            "Не нашел настольную игру, которую хотел сын. Её больше нет?",
            "Искал коврик для йоги и не нашёл ни одного.",
            "Не могу найти книгу по ISBN, поиск работает только по названию.",
            "Десять минут искала зарядку для этой модели и так и не нашла."),
        List.of(
            "找不到我要的尺码的雨衣，搜索只显示雨伞。",
            "找不到你们邮件里推荐的那款蓝色的。",
            "网站上怎么都找不到我咖啡机的配件。",
            "搜索太难用了，输入完整商品名也找不到。",
            "找不到儿童专区，菜单太乱了。",
            "想买30欧元以内的礼物，可是找不到按预算筛选的地方。",
            "找不到我儿子想要的那款桌游，是下架了吗？",
            "搜“瑜伽垫”居然一个都找不到。",
            "用ISBN找不到书，只能按书名搜。",
            "找了十分钟还是找不到这个型号的充电器。"));
    return Collections.unmodifiableMap(banks);
  }
}
