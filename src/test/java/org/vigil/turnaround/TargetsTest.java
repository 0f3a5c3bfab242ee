package org.vigil.turnaround;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.vigil.record.PatientClass;
import org.vigil.record.Priority;

/** The targets a trust configures: precedence, the 4-week maximum, and refusal at start. */
class TargetsTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withUserConfiguration(TurnaroundConfiguration.class, Targets.class);

  private final ApplicationContextRunner shipped = runner.withInitializer(ctx -> {
    try {
      for (PropertySource<?> source : new YamlPropertySourceLoader()
          .load("application.yml", new ClassPathResource("application.yml"))) {
        ctx.getEnvironment().getPropertySources().addLast(source);
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  });

  @Test
  void theShippedDefaultsGiveHoursForEdAndInpatientsDaysForTheCancerPathwayAndFourWeeksAtMost() {
    shipped.run(context -> {
      Targets targets = context.getBean(Targets.class);
      assertThat(targets.reportWithin(Priority.EMERGENCY_DEPARTMENT, PatientClass.EMERGENCY, "CT",
          "RX1")).isEqualTo(Duration.ofHours(4));
      assertThat(targets.reportWithin(Priority.INPATIENT, PatientClass.INPATIENT, "XR", "RX1"))
          .isEqualTo(Duration.ofHours(24));
      assertThat(targets.reportWithin(Priority.TWO_WEEK_WAIT, PatientClass.OUTPATIENT, "CT",
          "RX1")).isEqualTo(Duration.ofDays(3));
      assertThat(targets.reportWithin(Priority.GP_DIRECT_ACCESS, PatientClass.GP, "XR", "RX1"))
          .isEqualTo(Duration.ofDays(7));
      assertThat(targets.reportWithin(Priority.ROUTINE, PatientClass.OUTPATIENT, "XR", "RX1"))
          .isEqualTo(Duration.ofDays(21));
      assertThat(targets.reportWithin(Priority.ROUTINE, PatientClass.UNKNOWN, "XR", "RX1"))
          .isEqualTo(Duration.ofDays(21));
      assertThat(targets.rules()).allMatch(r -> r.within().compareTo(Targets.NATIONAL_MAXIMUM) <= 0);
      assertThat(targets.thresholds().lostAfter()).isEqualTo(Duration.ofDays(14));
    });
  }

  @Test
  void anUrgentOutpatientGetsTheShorterOfTwoEquallySpecificTargets() {
    shipped.run(context -> assertThat(context.getBean(Targets.class)
        .reportWithin(Priority.URGENT, PatientClass.OUTPATIENT, "MR", "RX1"))
        .isEqualTo(Duration.ofDays(2)));
  }

  @Test
  void aRuleNamingMoreCriteriaWinsEvenWhenItIsLonger() {
    runner.withPropertyValues(
            "vigil.turnaround.targets[0].setting=ED", "vigil.turnaround.targets[0].within=4h",
            "vigil.turnaround.targets[1].setting=ED", "vigil.turnaround.targets[1].modality=US",
            "vigil.turnaround.targets[1].within=6h",
            "vigil.turnaround.targets[2].setting=ED", "vigil.turnaround.targets[2].modality=CT",
            "vigil.turnaround.targets[2].site=RX1-MAIN", "vigil.turnaround.targets[2].within=1h")
        .run(context -> {
          Targets targets = context.getBean(Targets.class);
          assertThat(targets.reportWithin(Priority.URGENT, Setting.ED, "US", "RX1-MAIN"))
              .isEqualTo(Duration.ofHours(6));
          assertThat(targets.reportWithin(Priority.URGENT, Setting.ED, "CT", "rx1-main"))
              .isEqualTo(Duration.ofHours(1));
          assertThat(targets.reportWithin(Priority.URGENT, Setting.ED, "CT", "RX2"))
              .isEqualTo(Duration.ofHours(4));
          assertThat(targets.reportWithin(Priority.ROUTINE, Setting.OUTPATIENT, "CT", "RX2"))
              .isEqualTo(Targets.NATIONAL_MAXIMUM);
        });
  }

  @Test
  void theTwoWeekWaitPriorityIsTheCancerPathwayWhateverThePatientClass() {
    assertThat(Setting.of(Priority.TWO_WEEK_WAIT, PatientClass.INPATIENT))
        .isEqualTo(Setting.TWO_WEEK_WAIT);
    assertThat(Setting.of(Priority.URGENT, PatientClass.EMERGENCY)).isEqualTo(Setting.ED);
    assertThat(Setting.of(Priority.ROUTINE, PatientClass.GP))
        .isEqualTo(Setting.GP_DIRECT_ACCESS);
  }

  @Test
  void aTargetBeyondFourWeeksStopsStartUpNamingTheEntryAndTheLine() {
    runner.withInitializer(ctx -> {
      try {
        for (PropertySource<?> source : new YamlPropertySourceLoader()
            .load("invalid-targets.yml", new ClassPathResource("turnaround/invalid-targets.yml"))) {
          ctx.getEnvironment().getPropertySources().addFirst(source);
        }
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }).run(context -> assertThat(context).hasFailed().getFailure().rootCause()
        .hasMessageContaining("vigil.turnaround.targets[1].within")
        .hasMessageContaining("4 weeks")
        .hasMessageContaining("invalid-targets.yml] - 7:15"));
  }

  @Test
  void aZeroTargetStopsStartUpNamingTheEntry() {
    runner.withPropertyValues("vigil.turnaround.targets[0].setting=ED",
            "vigil.turnaround.targets[0].within=0s")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("vigil.turnaround.targets[0].within must be positive"));
  }

  @Test
  void twoRulesWithTheSameCriteriaStopStartUp() {
    runner.withPropertyValues("vigil.turnaround.targets[0].setting=ED",
            "vigil.turnaround.targets[0].within=4h", "vigil.turnaround.targets[1].setting=ED",
            "vigil.turnaround.targets[1].within=2h")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("vigil.turnaround.targets[1] repeats"));
  }

  @Test
  void anUnknownSettingStopsStartUp() {
    runner.withPropertyValues("vigil.turnaround.targets[0].setting=A_AND_E",
            "vigil.turnaround.targets[0].within=4h")
        .run(context -> assertThat(context).hasFailed());
  }

  @Test
  void aNegativeLostThresholdStopsStartUp() {
    runner.withPropertyValues("vigil.turnaround.lost-after=-1d")
        .run(context -> assertThat(context).hasFailed().getFailure().rootCause()
            .hasMessageContaining("vigil.turnaround.lost-after"));
  }
}
