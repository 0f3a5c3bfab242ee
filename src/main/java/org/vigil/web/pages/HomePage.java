package org.vigil.web.pages;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigil.web.ExamAlerts;
import org.vigil.web.ExamRow;
import org.vigil.web.RecordLists;
import org.vigil.web.RecordSearch;
import org.vigil.web.ReportRow;
import org.vigil.web.SearchResult;

/**
 * The home page: recent examinations and reports with their alert badges, and the search box.
 * A fail-safe officer's home is the alert board, a manager's the turnaround dashboard; the lists
 * stay at {@code /exams} for everyone.
 * Searches are posted, not put in the URL, so NHS numbers and names never reach access logs,
 * history or referrers.
 */
@Controller
class HomePage {

  private final RecordLists lists;
  private final RecordSearch search;
  private final ExamAlerts alerts;

  HomePage(RecordLists lists, RecordSearch search, ExamAlerts alerts) {
    this.lists = lists;
    this.search = search;
    this.alerts = alerts;
  }

  @GetMapping("/")
  String home(@RequestParam(defaultValue = "0") int examsPage,
      @RequestParam(defaultValue = "0") int reportsPage, Authentication auth, Model model) {
    if (auth != null && auth.getAuthorities().stream()
        .anyMatch(a -> "ROLE_FAILSAFE_OFFICER".equals(a.getAuthority()))) {
      return "redirect:/alerts/board";
    }
    if (auth != null && auth.getAuthorities().stream()
        .anyMatch(a -> "ROLE_MANAGER".equals(a.getAuthority()))) {
      return "redirect:/turnaround/dashboard";
    }
    return records(examsPage, reportsPage, auth, model);
  }

  @GetMapping("/exams")
  String records(@RequestParam(defaultValue = "0") int examsPage,
      @RequestParam(defaultValue = "0") int reportsPage, Authentication auth, Model model) {
    List<ExamRow> exams = lists.recentExams(Paging.SIZE + 1, Paging.offset(examsPage));
    List<ReportRow> reports = lists.recentReports(Paging.SIZE + 1, Paging.offset(reportsPage));
    model.addAttribute("exams", Paging.trim(exams));
    model.addAttribute("examsPaging", Paging.of(examsPage, exams));
    model.addAttribute("reports", Paging.trim(reports));
    model.addAttribute("reportsPaging", Paging.of(reportsPage, reports));
    model.addAttribute("alertBadges", alerts.of(Stream.concat(
        exams.stream().map(r -> r.exam().id()),
        reports.stream().map(r -> r.report().examId()).filter(Objects::nonNull)).toList(), auth));
    return "home";
  }

  @PostMapping("/search")
  String search(@RequestParam(name = "q", defaultValue = "") String query, Authentication auth,
      Model model) {
    SearchResult result = search.search(query);
    model.addAttribute("search", result);
    model.addAttribute("alertBadges",
        alerts.of(result.exams().stream().map(r -> r.exam().id()).toList(), auth));
    return "search";
  }
}
