package io.cxkit.survey.text;

/**
 * The keywords of {@link Codebook#ecommerce()}. Russian words end in {@code *} where inflection
 * changes the ending; Chinese keywords are matched as ICU's dictionary segments them (客服 as
 * [客, 服]), with {@code 贵*} for the 贵了 that 太贵了 is split into.
 */
final class EcommerceCodebook {
  static final Codebook CODEBOOK = Codebook.of(
      Theme.builder("delivery", "Delivery")
          .keywords("en", "delivery", "deliver*", "shipping", "shipment", "shipped", "courier",
              "parcel", "dispatch*", "tracking", "arrived", "never arrived")
          .keywords("ru", "достав*", "курьер*", "посылк*", "отправк*", "отправлен*", "привез*",
              "трек*")
          .keywords("zh", "送货", "快递", "物流", "配送", "发货", "到货", "包裹")
          .build(),
      Theme.builder("price", "Price")
          .keywords("en", "price*", "pricing", "expensive", "overpriced", "cost*", "cheap*",
              "discount*", "fee*")
          .keywords("ru", "цен*", "дорого", "дороговато", "дорогой", "дорогая", "дорогие",
              "стоимост*", "скидк*", "переплат*", "дешев*", "дешёв*")
          .keywords("zh", "价格", "价钱", "贵*", "便宜", "运费", "优惠", "折扣", "性价比")
          .build(),
      Theme.builder("missing-information", "Missing information")
          .keywords("en", "information", "info", "details", "description", "specification*",
              "size chart", "unclear", "not clear", "couldn't find", "could not find",
              "can't find", "cannot find")
          .keywords("ru", "информаци*", "описани*", "характеристик*", "размерн* сетк*",
              "непонятн*", "не нашел", "не нашёл", "не нашла", "не нашли", "не могу найти")
          .keywords("zh", "信息", "说明", "描述", "详情", "尺码", "尺寸", "不清楚", "找不到")
          .build(),
      Theme.builder("checkout-error", "Checkout error")
          .keywords("en", "checkout", "check out", "payment*", "error*", "crash*", "bug*",
              "failed", "declined", "postcode", "doesn't work", "does not work", "not working")
          .keywords("ru", "ошибк*", "оплат*", "оформлени*", "сбой", "завис*", "баг*",
              "не работает", "не проходит")
          .keywords("zh", "结账", "付款", "支付", "错误", "报错", "失败", "无法下单", "闪退")
          .build(),
      Theme.builder("customer-service", "Customer service")
          .keywords("en", "customer service", "support", "agent*", "staff", "hotline",
              "call center", "call centre", "live chat", "reply", "replied", "respond*")
          .keywords("ru", "поддержк*", "оператор*", "менеджер*", "консультант*", "сотрудник*",
              "колл-центр*", "горяч* лини*")
          .keywords("zh", "客服", "售后", "人工", "回复", "服务态度")
          .build());

  private EcommerceCodebook() {}
}
