package org.vigil.analysis.web;

import java.security.Principal;
import java.time.Clock;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.analysis.Reanalysis;
import org.vigil.analysis.ReanalysisRun;
import org.vigil.analysis.ReanalysisRuns;
import org.vigil.analysis.ReportReadings;
import org.vigil.findings.FindingsEngine;

/** Re-reading stored reports with a new knowledge base: start, watch progress, review, decide. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'MANAGER')")
class ReanalysisController {

  private final Reanalysis reanalysis;
  private final ReanalysisRuns runs;
  private final ReportReadings readings;
  private final FindingsEngine engine;
  private final Clock clock;

  ReanalysisController(Reanalysis reanalysis, ReanalysisRuns runs, ReportReadings readings,
      FindingsEngine engine, Clock clock) {
    this.reanalysis = reanalysis;
    this.runs = runs;
    this.readings = readings;
    this.engine = engine;
    this.clock = clock;
  }

  @GetMapping("/admin/reanalysis")
  String list(Model model) {
    model.addAttribute("engineVersion", engine.knowledgeBaseVersion());
    model.addAttribute("versions", readings.currentVersions());
    model.addAttribute("runs", runs.recent(20));
    return "analysis/reanalysis-list";
  }

  @PostMapping("/admin/reanalysis")
  String start(Principal user, RedirectAttributes redirect) {
    try {
      ReanalysisRun run = reanalysis.start(user.getName());
      return "redirect:/admin/reanalysis/" + run.id();
    } catch (IllegalStateException e) {
      redirect.addFlashAttribute("error", e.getMessage());
      return "redirect:/admin/reanalysis";
    }
  }

  @GetMapping("/admin/reanalysis/{id}")
  String show(@PathVariable("id") String id, Model model) {
    model.addAttribute("run", run(id));
    model.addAttribute("now", clock.instant());
    model.addAttribute("changes", runs.changes(run(id).id(), 500));
    return "analysis/reanalysis-run";
  }

  @GetMapping("/admin/reanalysis/{id}/progress")
  String progress(@PathVariable("id") String id, Model model) {
    model.addAttribute("run", run(id));
    model.addAttribute("now", clock.instant());
    return "analysis/reanalysis-run :: progress";
  }

  @PostMapping("/admin/reanalysis/{id}/approve")
  String approve(@PathVariable("id") String id, Principal user, RedirectAttributes redirect) {
    return decide(id, redirect, () -> reanalysis.approve(run(id).id(), user.getName()));
  }

  @PostMapping("/admin/reanalysis/{id}/reject")
  String reject(@PathVariable("id") String id, Principal user, RedirectAttributes redirect) {
    return decide(id, redirect, () -> reanalysis.reject(run(id).id(), user.getName()));
  }

  private String decide(String id, RedirectAttributes redirect, Runnable decision) {
    try {
      decision.run();
    } catch (IllegalStateException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/admin/reanalysis/" + id;
  }

  private ReanalysisRun run(String id) {
    try {
      return runs.find(UUID.fromString(id)).orElseThrow(() -> new ResponseStatusException(
          HttpStatus.NOT_FOUND, "no such run"));
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "not a run id");
    }
  }
}
