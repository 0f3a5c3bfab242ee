package org.vigil.turnaround.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigil.turnaround.BacklogList;
import org.vigil.turnaround.Escalations;
import org.vigil.turnaround.Notice;
import org.vigil.turnaround.Subspecialties;
import org.vigil.turnaround.Targets;
import org.vigil.turnaround.TurnaroundProperties;

/**
 * The turnaround pages: the backlog, the three fail-safe lists and the reporting worklist (for
 * radiologists, fail-safe officers, managers and administrators), the lead's escalation notices
 * (anyone named as a reporting lead; the fail-safe office sees those sent to it) and the targets
 * in effect.
 */
@Controller
class TurnaroundPages {

  private static final int SIZE = 25;
  private static final String READERS =
      "hasAnyRole('RADIOLOGIST','FAILSAFE_OFFICER','MANAGER','ADMIN')";

  private final Lists lists;
  private final Escalations escalations;
  private final Targets targets;
  private final TurnaroundProperties properties;
  private final Clock clock;

  TurnaroundPages(Lists lists, Escalations escalations, Targets targets,
      TurnaroundProperties properties, Clock clock) {
    this.lists = lists;
    this.escalations = escalations;
    this.targets = targets;
    this.properties = properties;
    this.clock = clock;
  }

  @GetMapping("/turnaround")
  @PreAuthorize(READERS)
  String index() {
    return "redirect:/turnaround/backlog";
  }

  @GetMapping("/turnaround/{list:backlog|lost|never-performed|preliminary|worklist}")
  @PreAuthorize(READERS)
  String list(@PathVariable String list, @RequestParam(required = false) String modality,
      @RequestParam(required = false) String site,
      @RequestParam(required = false) String subspecialty,
      @RequestParam(defaultValue = "0") int page, Authentication auth, Model model) {
    BacklogList which = switch (list) {
      case "lost" -> BacklogList.LOST;
      case "never-performed" -> BacklogList.NEVER_PERFORMED;
      case "preliminary" -> BacklogList.PRELIMINARY_WITHOUT_FINAL;
      case "worklist" -> BacklogList.WORKLIST;
      default -> BacklogList.BACKLOG;
    };
    String sub = Filters.subspecialty(subspecialty);
    boolean badFilter = sub == Filters.INVALID || !Filters.isCode(modality)
        || !Filters.isSite(site);
    Lists.Result result = lists.read(which, badFilter ? null : modality, badFilter ? null : site,
        badFilter ? null : sub, Math.max(0, Math.min(page, 10_000)), SIZE, auth);
    model.addAttribute("list", which);
    model.addAttribute("path", list);
    model.addAttribute("result", result);
    model.addAttribute("badFilter", badFilter);
    model.addAttribute("modality", badFilter ? null : modality);
    model.addAttribute("site", badFilter ? null : site);
    model.addAttribute("subspecialty", badFilter ? null : sub);
    model.addAttribute("subspecialties", Subspecialties.all());
    model.addAttribute("counts", counts());
    model.addAttribute("thresholds", targets.thresholds());
    return "turnaround/list";
  }

  @GetMapping("/turnaround/notices")
  String notices(Authentication auth, Model model) {
    model.addAttribute("notices", escalations.inbox(recipients(auth), 200));
    return "turnaround/notices";
  }

  @PostMapping("/turnaround/notices/{id}/seen")
  String seen(@PathVariable UUID id, Authentication auth) {
    escalations.markSeen(id, recipients(auth), clock.instant());
    return "redirect:/turnaround/notices";
  }

  @GetMapping("/turnaround/targets")
  @PreAuthorize(READERS)
  String targets(Model model) {
    model.addAttribute("rules", targets.rules());
    model.addAttribute("thresholds", targets.thresholds());
    model.addAttribute("leads", properties.reportingLeads());
    model.addAttribute("maximum", Targets.NATIONAL_MAXIMUM);
    return "turnaround/targets";
  }

  private Map<String, Long> counts() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("backlog", lists.count(BacklogList.BACKLOG));
    counts.put("lost", lists.count(BacklogList.LOST));
    counts.put("never-performed", lists.count(BacklogList.NEVER_PERFORMED));
    counts.put("preliminary", lists.count(BacklogList.PRELIMINARY_WITHOUT_FINAL));
    return counts;
  }

  private static List<String> recipients(Authentication auth) {
    List<String> mine = new ArrayList<>(List.of(auth.getName()));
    if (auth.getAuthorities().stream()
        .anyMatch(a -> a.getAuthority().equals("ROLE_FAILSAFE_OFFICER"))) {
      mine.add(Notice.FAILSAFE_OFFICE);
    }
    return mine;
  }
}
