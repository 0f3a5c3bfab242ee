package org.vigil.turnaround.forecast;

import java.time.Duration;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.vigil.turnaround.dashboard.DashboardProperties;
import org.vigil.turnaround.forecast.ForecastModel.Forecast;
import org.vigil.turnaround.forecast.ForecastModel.ModalityForecast;

/**
 * The breach forecast page, its method in plain words, and, when asked for ({@code
 * ?backtestDays=N}), its backtest: the forecast replayed from N days ago and scored against what
 * happened.
 */
@Controller
@PreAuthorize("hasAnyRole('MANAGER','ADMIN','FAILSAFE_OFFICER')")
class ForecastPage {

  static final int AT_RISK_SHOWN = 50;

  private final BreachForecasts forecasts;
  private final DashboardProperties properties;

  ForecastPage(BreachForecasts forecasts, DashboardProperties properties) {
    this.forecasts = forecasts;
    this.properties = properties;
  }

  @GetMapping("/turnaround/forecast")
  String page(@RequestParam(required = false) Integer backtestDays, Model model) {
    int days = backtestDays == null ? 7 : Math.max(1, Math.min(backtestDays, 56));
    Forecast forecast = forecasts.current();
    model.addAttribute("forecast", forecast);
    model.addAttribute("atRisk", forecast.atRisk().stream().limit(AT_RISK_SHOWN).toList());
    model.addAttribute("rateWeeks", properties.rateWeeks());
    model.addAttribute("examsPerHour", properties.examsPerReportingHour());
    // the backtest reads every exam of a 90-day period: only when asked for
    model.addAttribute("backtest", backtestDays == null ? null
        : forecasts.backtest(Duration.ofDays(days)));
    model.addAttribute("backtestDays", days);
    return "turnaround/forecast";
  }

  /** What the forecast chart draws. */
  record Chart(List<String> modalities, List<Long> waiting, List<Long> alreadyBreached,
      List<Long> predictedBreaches, List<Double> hoursToClear) {}

  @GetMapping("/turnaround/forecast/chart")
  @ResponseBody
  Chart chart() {
    List<ModalityForecast> rows = forecasts.current().modalities();
    return new Chart(rows.stream().map(ModalityForecast::modality).toList(),
        rows.stream().map(ModalityForecast::waiting).toList(),
        rows.stream().map(ModalityForecast::alreadyBreached).toList(),
        rows.stream().map(ModalityForecast::predictedBreaches).toList(),
        rows.stream().map(r -> Math.round(r.hoursToClear() * 10) / 10.0).toList());
  }
}
