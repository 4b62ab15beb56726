package io.cxkit.sample.internal;

import io.cxkit.core.CesVariant;
import io.cxkit.core.NpsVariant;
import io.cxkit.sample.ShopSample;
import io.cxkit.survey.Channel;
import io.cxkit.survey.LocalizedText;
import io.cxkit.survey.RoutingRule;
import io.cxkit.survey.Survey;
import io.cxkit.survey.SurveyKind;
import io.cxkit.survey.condition.Condition;
import io.cxkit.survey.types.CesQuestion;
import io.cxkit.survey.types.Choice;
import io.cxkit.survey.types.ContactConsentQuestion;
import io.cxkit.survey.types.CsatQuestion;
import io.cxkit.survey.types.GoalCompletionQuestion;
import io.cxkit.survey.types.MultipleChoiceQuestion;
import io.cxkit.survey.types.NpsQuestion;
import io.cxkit.survey.types.OpenTextQuestion;
import java.util.List;
import java.util.Locale;

/**
 * The four surveys of the Nordlicht shop, version 1, in English (the default locale), Russian and
 * Chinese. The question ids are fixed: the simulation answers them by id, and responses written by
 * earlier runs name them.
 */
public final class SampleSurveys {
  /** The longest answer of each "why?" question, in code points. */
  public static final int MAX_COMMENT = 1000;

  /**
   * The post-purchase survey ({@value ShopSample#POST_PURCHASE}), e-mailed after delivery: {@code
   * nps}, standard 0..10 with end labels, required; {@code why}, open text, optional.
   */
  public static final Survey POST_PURCHASE = Survey.builder(ShopSample.POST_PURCHASE)
      .version(1)
      .defaultLocale(Locale.ENGLISH)
      .title(text("Your Nordlicht order", "Ваш заказ в Nordlicht", "您在 Nordlicht 的订单"))
      .description(text("Two quick questions about your recent order.",
          "Два коротких вопроса о вашем недавнем заказе.",
          "关于您最近的订单，只有两个简短的问题。"))
      .thankYou(text("Thank you! Your feedback helps us get better.",
          "Спасибо! Ваш отзыв помогает нам становиться лучше.",
          "谢谢！您的反馈能帮助我们做得更好。"))
      .kind(SurveyKind.PRODUCT)
      .channel(Channel.EMAIL)
      .question(new NpsQuestion("nps",
          text("How likely are you to recommend Nordlicht to a friend or colleague?",
              "Насколько вероятно, что вы порекомендуете Nordlicht другу или коллеге?",
              "您有多大可能向朋友或同事推荐 Nordlicht？"),
          true, NpsVariant.STANDARD,
          text("Not at all likely", "Крайне маловероятно", "完全不可能"),
          text("Extremely likely", "Крайне вероятно", "极有可能")))
      .question(why("nps", text("What is the main reason for your score?",
          "Какова основная причина вашей оценки?",
          "您给出这个评分的主要原因是什么？")))
      .build();

  /**
   * The exit-feedback form ({@value ShopSample#EXIT_FEEDBACK}) shown when a visitor leaves the
   * shop: {@code goal} → {@code reasons} → {@code contact} → {@code comment}. A visitor who fully
   * achieved the goal is done after {@code goal}; {@code contact} is asked only after a technical
   * problem, the one reason support can follow up on; everyone else goes from {@code reasons}
   * straight to {@code comment}.
   */
  public static final Survey EXIT_FEEDBACK = Survey.builder(ShopSample.EXIT_FEEDBACK)
      .version(1)
      .defaultLocale(Locale.ENGLISH)
      .title(text("Before you go", "Прежде чем вы уйдёте", "在您离开之前"))
      .description(text("Help us improve the shop: it takes less than a minute.",
          "Помогите нам улучшить магазин: это займёт меньше минуты.",
          "帮助我们改进商店，只需不到一分钟。"))
      .thankYou(text("Thank you, this helps us fix what got in your way.",
          "Спасибо, это поможет нам исправить то, что вам помешало.",
          "谢谢，这能帮助我们解决您遇到的问题。"))
      .kind(SurveyKind.EXIT_FEEDBACK)
      .channel(Channel.WEB)
      .question(new GoalCompletionQuestion("goal",
          text("Did you achieve the goal of your visit?",
              "Удалось ли вам достичь цели визита?",
              "您此次访问的目标达成了吗？"),
          true,
          text("Yes, fully", "Да, полностью", "是的，完全达成"),
          text("Partly", "Частично", "部分达成"),
          text("No", "Нет", "没有达成")))
      .question(new MultipleChoiceQuestion("reasons",
          text("What got in the way? Choose up to three.",
              "Что вам помешало? Выберите до трёх вариантов.",
              "遇到了什么问题？最多可选三项。"),
          true,
          List.of(
              choice("missing-information", "Information was missing",
                  "Не хватило информации", "缺少需要的信息"),
              choice("technical-problem", "A technical problem",
                  "Техническая проблема", "技术问题"),
              choice("price", "The price or delivery costs",
                  "Цена или стоимость доставки", "价格或运费"),
              choice("could-not-find", "I could not find what I was looking for",
                  "Не нашлось того, что мне нужно", "找不到我想要的东西")),
          text("Something else", "Другое", "其他原因"),
          1, 3))
      .question(new ContactConsentQuestion("contact",
          text("May we contact you about this?",
              "Можно ли связаться с вами по этому поводу?",
              "我们可以就此事与您联系吗？"),
          false))
      .question(new OpenTextQuestion("comment",
          text("What was missing or went wrong?",
              "Чего не хватило или что пошло не так?",
              "缺少了什么，或者哪里出了问题？"),
          false, MAX_COMMENT, null))
      .route(RoutingRule.after("goal")
          .when(Condition.answer("goal").equalTo("fully")).endSurvey())
      .route(RoutingRule.after("reasons")
          .when(Condition.answer("reasons").contains("technical-problem")).goTo("contact"))
      .route(RoutingRule.after("reasons").goTo("comment"))
      .build();

  /**
   * The CES survey after a support chat or call ({@value ShopSample#SUPPORT_CES}): {@code ces},
   * CES 2.0 agreement on 1..7 with the statement "The company made it easy for me to handle my
   * issue.", required; {@code why}, open text, optional.
   */
  public static final Survey SUPPORT_CES = Survey.builder(ShopSample.SUPPORT_CES)
      .version(1)
      .defaultLocale(Locale.ENGLISH)
      .title(text("Your support conversation", "Ваше обращение в поддержку",
          "您的客服咨询"))
      .thankYou(text("Thank you for your feedback!", "Спасибо за отзыв!", "感谢您的反馈！"))
      .kind(SurveyKind.TRANSACTIONAL)
      .channel(Channel.CHAT)
      .question(new CesQuestion("ces",
          text("How much do you agree with the following statement?",
              "Насколько вы согласны со следующим утверждением?",
              "您在多大程度上同意以下说法？"),
          true, CesVariant.CES_2_0,
          text("The company made it easy for me to handle my issue.",
              "Компания сделала так, что мне было легко решить мой вопрос.",
              "该公司让我轻松地解决了我的问题。")))
      .question(why("ces", text("What could we have done better?",
          "Что мы могли бы сделать лучше?",
          "我们哪些方面还可以做得更好？")))
      .build();

  /**
   * The CSAT survey the day after delivery ({@value ShopSample#DELIVERY_CSAT}): {@code csat} on
   * 1..5, satisfied 4–5 (top-2-box), with end labels, required; {@code why}, open text, optional.
   */
  public static final Survey DELIVERY_CSAT = Survey.builder(ShopSample.DELIVERY_CSAT)
      .version(1)
      .defaultLocale(Locale.ENGLISH)
      .title(text("Your delivery", "Доставка вашего заказа", "您的订单配送"))
      .thankYou(text("Thank you! We share your feedback with our delivery partners.",
          "Спасибо! Мы передадим ваш отзыв нашим службам доставки.",
          "谢谢！我们会把您的反馈转达给配送合作伙伴。"))
      .kind(SurveyKind.TRANSACTIONAL)
      .channel(Channel.EMAIL)
      .question(new CsatQuestion("csat",
          text("How satisfied are you with the delivery of your order?",
              "Насколько вы довольны доставкой вашего заказа?",
              "您对本次订单的配送有多满意？"),
          true, 1, 5, 4,
          // The plural short form is how Russian addresses a polite "вы", of any gender.
          text("Very dissatisfied", "Очень недовольны", "非常不满意"),
          text("Very satisfied", "Очень довольны", "非常满意")))
      .question(why("csat", text("Tell us more about the delivery",
          "Расскажите подробнее о доставке",
          "请具体说说这次配送的情况")))
      .build();

  /** The four surveys in the order post-purchase, exit feedback, support CES, delivery CSAT. */
  public static final List<Survey> ALL =
      List.of(POST_PURCHASE, EXIT_FEEDBACK, SUPPORT_CES, DELIVERY_CSAT);

  private SampleSurveys() {}

  private static LocalizedText text(String en, String ru, String zh) {
    return LocalizedText.of("en", en).and("ru", ru).and("zh", zh);
  }

  private static Choice choice(String code, String en, String ru, String zh) {
    return new Choice(code, text(en, ru, zh));
  }

  /** The optional "why?" of a rating, as long as {@link #MAX_COMMENT}. */
  private static OpenTextQuestion why(String rating, LocalizedText text) {
    return new OpenTextQuestion("why", text, false, MAX_COMMENT, rating);
  }
}
