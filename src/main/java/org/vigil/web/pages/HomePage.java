package org.vigil.web.pages;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigil.web.ExamRow;
import org.vigil.web.RecordLists;
import org.vigil.web.RecordSearch;
import org.vigil.web.ReportRow;

/**
 * The home page: recent examinations and reports, and the search box. Searches are posted, not
 * put in the URL, so NHS numbers and names never reach access logs, history or referrers.
 */
@Controller
class HomePage {

  private final RecordLists lists;
  private final RecordSearch search;

  HomePage(RecordLists lists, RecordSearch search) {
    this.lists = lists;
    this.search = search;
  }

  @GetMapping("/")
  String home(@RequestParam(defaultValue = "0") int examsPage,
      @RequestParam(defaultValue = "0") int reportsPage, Model model) {
    List<ExamRow> exams = lists.recentExams(Paging.SIZE + 1, Paging.offset(examsPage));
    List<ReportRow> reports = lists.recentReports(Paging.SIZE + 1, Paging.offset(reportsPage));
    model.addAttribute("exams", Paging.trim(exams));
    model.addAttribute("examsPaging", Paging.of(examsPage, exams));
    model.addAttribute("reports", Paging.trim(reports));
    model.addAttribute("reportsPaging", Paging.of(reportsPage, reports));
    return "home";
  }

  @PostMapping("/search")
  String search(@RequestParam(name = "q", defaultValue = "") String query, Model model) {
    model.addAttribute("search", search.search(query));
    return "search";
  }
}
