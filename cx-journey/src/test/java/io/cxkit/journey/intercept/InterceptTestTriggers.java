package io.cxkit.journey.intercept;

import java.time.Instant;
import java.util.Optional;

/** Tiny triggers for the engine's tests: the built-in triggers are tested on their own. */
final class InterceptTestTriggers {
  private InterceptTestTriggers() {}

  /** Always fires. */
  record Always(String detail) implements Trigger {
    @Override
    public String type() {
      return "test-always";
    }

    @Override
    public TriggerCheck check(TriggerInput input) {
      return TriggerCheck.fired(detail);
    }
  }

  /** Never fires. */
  record Never(String detail) implements Trigger {
    @Override
    public String type() {
      return "test-never";
    }

    @Override
    public TriggerCheck check(TriggerInput input) {
      return TriggerCheck.notFired(detail);
    }
  }

  /** Fires from an instant on. */
  record FiresFrom(Instant from) implements Trigger {
    @Override
    public String type() {
      return "test-from";
    }

    @Override
    public TriggerCheck check(TriggerInput input) {
      return input.now().isBefore(from) ? TriggerCheck.notFired("due " + from)
          : TriggerCheck.fired("due " + from + ", now " + input.now());
    }
  }

  /** Fires when the session's latest event is an exit intent on the page. */
  record ExitIntentOn(String page) implements Trigger {
    @Override
    public String type() {
      return "test-exit-intent";
    }

    @Override
    public TriggerCheck check(TriggerInput input) {
      Optional<SessionEvent> last = input.session().lastEvent();
      boolean fired = last.isPresent() && last.get().type() == SessionEventType.EXIT_INTENT
          && last.get().page().equals(page);
      return fired ? TriggerCheck.fired("exit intent on " + page)
          : TriggerCheck.notFired("no exit intent on " + page);
    }
  }

  /** Fires only when asked for the given survey: shows the engine passes the candidate's survey. */
  record ForSurvey(String surveyId) implements Trigger {
    @Override
    public String type() {
      return "test-for-survey";
    }

    @Override
    public TriggerCheck check(TriggerInput input) {
      return input.surveyId().filter(surveyId::equals).isPresent()
          ? TriggerCheck.fired("asked for " + surveyId)
          : TriggerCheck.notFired("asked for " + input.surveyId().orElse("no survey"));
    }
  }
}
