package io.cxkit.benchmarks;

import io.cxkit.survey.text.TextGroups;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Deterministic open-text comments of an online shop's customers in English, Russian and Chinese,
 * each with the NPS score given beside it, made one at a time and kept nowhere: what the text
 * benchmarks and {@link TextScaleCheck} tag and count.
 *
 * <p>A comment is one to three fragments about delivery, price, missing information, a checkout
 * error, customer service or praise, in the comment's language; detractors (0–6) mostly complain,
 * promoters (9–10) mostly praise. Fragments name one of about 40 products with one of 16
 * adjectives, or a number of days, and one comment in ten quotes a six-digit order number, as
 * customers do: the distinct phrases keep growing with the comments, as in real feedback (about
 * 50 000 among the English detractors of a million comments), and a phrase counter of a smaller
 * capacity has to sketch.
 */
final class ShopComments {
  /** The languages in turn: en, ru, zh with weights 50, 30, 20. */
  static final Locale ENGLISH = Locale.ENGLISH;
  static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  static final Locale CHINESE = Locale.CHINESE;

  /** One comment and its context. */
  record Comment(String text, Locale locale, int nps) {
    /** @return the NPS group of the score: detractor, passive or promoter */
    String group() {
      return nps <= 6 ? TextGroups.DETRACTOR : nps <= 8 ? TextGroups.PASSIVE : TextGroups.PROMOTER;
    }
  }

  // Themes by index: 0 delivery, 1 price, 2 missing information, 3 checkout error,
  // 4 customer service, 5 praise. %p is a product (with an adjective one time in two), %d days.
  private static final String[][] EN = {
      {"the delivery took %d days", "my parcel never arrived", "the courier was late again",
          "shipping was fast and the %p was well packed", "tracking showed nothing for %d days"},
      {"far too expensive for a %p", "prices are higher than elsewhere",
          "great discount on the %p", "the shipping fees are a rip-off", "cheaper in the store"},
      {"could not find the size chart for the %p", "the description of the %p is unclear",
          "not enough details about the %p", "no information on the materials"},
      {"payment failed twice at checkout", "the checkout page crashed",
          "my card was declined with an error", "the postcode field does not work"},
      {"customer service never replied", "the support agent was very helpful",
          "the live chat took %d days to reply", "staff were friendly"},
      {"love the %p", "the %p is great quality", "easy to use website", "will order again",
          "the %p looks exactly like the photos"}};
  private static final String[][] RU = {
      {"доставка заняла %d дней", "посылка так и не пришла", "курьер опять опоздал",
          "доставили быстро, товар %p хорошо упакован", "трек не обновлялся %d дней"},
      {"слишком дорого за такой товар", "цены выше, чем у других", "хорошая скидка на %p",
          "стоимость доставки завышена", "в магазине дешевле"},
      {"не нашла таблицу размеров", "описание товара непонятное", "мало информации про %p",
          "нет характеристик у модели %p"},
      {"ошибка при оплате картой", "оформление заказа зависает", "оплата не проходит",
          "сайт не работает на телефоне"},
      {"поддержка так и не ответила", "оператор очень помог", "менеджер был вежлив",
          "консультант ответил через %d дней"},
      {"отличный товар %p", "буду заказывать ещё", "удобный сайт", "%p как на фото"}};
  private static final String[][] ZH = {
      {"快递太慢了，等了%d天", "包裹一直没到", "物流很快，%p包装很好", "发货太慢了"},
      {"价格太贵了", "运费太高", "%p有折扣很划算", "比实体店贵"},
      {"找不到尺码表", "%p的描述不清楚", "详情信息太少", "没有%p的尺寸说明"},
      {"付款失败了", "结账的时候报错", "支付页面闪退", "无法下单"},
      {"客服一直没有回复", "客服态度很好", "售后服务很差", "人工客服等了%d天"},
      {"%p质量很好", "下次还会买", "网站很好用", "%p和图片一样"}};

  private static final String[] EN_PRODUCTS = {"jacket", "sneakers", "lamp", "backpack",
      "phone case", "headphones", "mug", "sweater", "sofa", "umbrella", "kettle", "desk",
      "scarf", "laptop stand", "blender", "rug", "tent", "watch", "wallet", "dress"};
  private static final String[] EN_ADJECTIVES = {"blue", "black", "small", "large", "wool",
      "leather", "cheap", "new", "red", "wooden", "cotton", "steel", "white", "green", "grey",
      "kids"};
  private static final String[] RU_PRODUCTS = {"рюкзак", "чайник", "свитер", "ноутбук",
      "телефон", "пылесос", "диван", "стол", "шарф", "зонт", "плащ", "ковёр", "блендер",
      "кошелёк", "будильник", "светильник", "матрас", "торшер", "самокат", "утюг"};
  private static final String[] RU_ADJECTIVES = {"синий", "чёрный", "маленький", "большой",
      "шерстяной", "кожаный", "новый", "красный", "деревянный", "белый", "серый", "детский",
      "складной", "зимний", "летний", "мягкий"};
  private static final String[] ZH_PRODUCTS = {"外套", "鞋子", "台灯", "背包", "手机壳", "耳机",
      "水杯", "毛衣", "沙发", "雨伞", "水壶", "书桌", "围巾", "电脑支架", "搅拌机", "地毯",
      "帐篷", "手表", "钱包", "连衣裙"};
  private static final String[] ZH_ADJECTIVES = {"蓝色", "黑色", "小号", "大号", "羊毛", "真皮",
      "新款", "红色", "木制", "白色", "灰色", "儿童", "折叠", "冬季", "夏季", "柔软"};

  private final SplittableRandom random;
  private final StringBuilder text = new StringBuilder(160);

  /** @param seed the seed of every choice */
  ShopComments(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** @return the next comment */
  Comment next() {
    int language = random.nextInt(10);
    Locale locale = language < 5 ? ENGLISH : language < 8 ? RUSSIAN : CHINESE;
    return next(locale);
  }

  /**
   * @param locale English, Russian or Chinese
   * @return the next comment in that language
   */
  Comment next(Locale locale) {
    double u = random.nextDouble();
    int nps = u < 0.30 ? random.nextInt(7) : u < 0.55 ? 7 + random.nextInt(2) : 9 + random.nextInt(2);
    String[][] fragments;
    String[] products;
    String[] adjectives;
    String separator;
    boolean chinese = locale == CHINESE;
    if (locale == ENGLISH) {
      fragments = EN;
      products = EN_PRODUCTS;
      adjectives = EN_ADJECTIVES;
      separator = ". ";
    } else if (locale == RUSSIAN) {
      fragments = RU;
      products = RU_PRODUCTS;
      adjectives = RU_ADJECTIVES;
      separator = ". ";
    } else {
      fragments = ZH;
      products = ZH_PRODUCTS;
      adjectives = ZH_ADJECTIVES;
      separator = "。";
    }
    text.setLength(0);
    int count = 1 + random.nextInt(3);
    for (int f = 0; f < count; f++) {
      if (f > 0) {
        text.append(separator);
      }
      int theme = theme(nps);
      String[] choices = fragments[theme];
      append(choices[random.nextInt(choices.length)], products, adjectives, chinese);
    }
    if (random.nextInt(10) == 0) {
      int order = 100_000 + random.nextInt(900_000);
      text.append(separator).append(locale == ENGLISH ? "order " : locale == RUSSIAN ? "заказ "
          : "订单").append(order);
    }
    text.append(chinese ? "。" : ".");
    text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
    return new Comment(text.toString(), locale, nps);
  }

  /** Complaints for detractors, mostly praise for promoters, a mix for passives. */
  private int theme(int nps) {
    int r = random.nextInt(100);
    if (nps <= 6) {
      return r < 90 ? r % 5 : 5;
    }
    if (nps <= 8) {
      return r < 50 ? r % 5 : 5;
    }
    return r < 20 ? r % 5 : 5;
  }

  private void append(String fragment, String[] products, String[] adjectives, boolean chinese) {
    for (int i = 0; i < fragment.length(); i++) {
      char c = fragment.charAt(i);
      if (c == '%' && i + 1 < fragment.length()) {
        char what = fragment.charAt(++i);
        if (what == 'd') {
          text.append(2 + random.nextInt(20));
        } else {
          if (random.nextBoolean()) {
            text.append(adjectives[random.nextInt(adjectives.length)]);
            if (!chinese) {
              text.append(' ');
            }
          }
          text.append(products[random.nextInt(products.length)]);
        }
      } else {
        text.append(c);
      }
    }
  }
}
