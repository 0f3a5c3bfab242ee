package org.vigil.web.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.alerts.AlertsProperties;
import org.vigil.directory.ClinicianDirectory;
import org.vigil.directory.ClinicianKey;
import org.vigil.directory.DirectoryFilter;
import org.vigil.directory.DirectoryImport;
import org.vigil.directory.DirectoryRejection;

/**
 * {@code /admin/directory}: the clinicians and teams the feeds named, which Vigil user each is
 * linked to; administrators link and unlink, set addresses, and import a CSV (all or nothing).
 */
@Controller
@RequestMapping("/admin/directory")
@PreAuthorize("hasRole('ADMIN')")
class DirectoryPage {

  private static final Logger log = LoggerFactory.getLogger(DirectoryPage.class);
  static final int PAGE = 25;
  static final int MAX_CSV_BYTES = 5 * 1024 * 1024;

  private final ClinicianDirectory directory;
  private final DirectoryImport imports;
  private final AppUsers users;
  private final Set<String> configuredCodes;

  DirectoryPage(ClinicianDirectory directory, DirectoryImport imports, AppUsers users,
      AlertsProperties alerts) {
    this.directory = directory;
    this.imports = imports;
    this.users = users;
    this.configuredCodes = alerts.directory().clinicians().stream()
        .filter(c -> c.code() != null).map(c -> c.code().strip().toUpperCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  @GetMapping
  String list(@RequestParam(required = false) String q,
      @RequestParam(required = false) String team,
      @RequestParam(required = false) String linked,
      @RequestParam(defaultValue = "0") int page, Model model) {
    DirectoryFilter filter = new DirectoryFilter(q, team,
        "yes".equals(linked) ? Boolean.TRUE : "no".equals(linked) ? Boolean.FALSE : null);
    int current = Math.max(0, page);
    long total = directory.count(filter);
    model.addAttribute("clinicians", directory.search(filter, PAGE, current * PAGE));
    model.addAttribute("total", total);
    model.addAttribute("page", current);
    model.addAttribute("pages", Math.max(1, (total + PAGE - 1) / PAGE));
    model.addAttribute("q", filter.text());
    model.addAttribute("team", filter.team());
    model.addAttribute("linked", linked);
    model.addAttribute("teams", directory.teams());
    model.addAttribute("users", users.enabledUsernames());
    model.addAttribute("configured", configuredCodes);
    model.addAttribute("columns", String.join(",", DirectoryImport.COLUMNS));
    return "admin/directory";
  }

  /** Links a clinician to a user (blank user: unlinks) and sets the address alerts go to. */
  @PostMapping("/link")
  String link(@RequestParam String authority, @RequestParam String code,
      @RequestParam(required = false) String user, @RequestParam(required = false) String email,
      Principal admin, RedirectAttributes redirect) {
    String chosen = user == null || user.isBlank() ? null : user.strip();
    try {
      if (chosen != null && !users.isEnabled(chosen)) {
        throw new DirectoryRejection("no enabled Vigil user called " + chosen);
      }
      var saved = directory.link(new ClinicianKey(authority, code), chosen, email, admin.getName());
      log.info("directory: {} {} by {}", saved.key(), chosen == null ? "unlinked"
          : "linked to " + chosen, admin.getName());
      redirect.addFlashAttribute("done", saved.key() + (chosen == null ? " is not linked"
          : " is linked to " + chosen));
    } catch (DirectoryRejection | IllegalArgumentException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/admin/directory";
  }

  @PostMapping("/teams")
  String team(@RequestParam String name, @RequestParam(required = false) String email,
      Principal admin, RedirectAttributes redirect) {
    try {
      directory.setTeamEmail(name, email, admin.getName());
      redirect.addFlashAttribute("done", "Team " + name.strip() + " saved");
    } catch (DirectoryRejection e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/admin/directory";
  }

  /** Answers with the page itself, carrying every line's outcome. */
  @PostMapping("/import")
  String importCsv(@RequestParam(required = false) MultipartFile file,
      @RequestParam(required = false) String csv, Principal admin, Model model)
      throws IOException {
    DirectoryImport.Result result;
    boolean fromFile = file != null && !file.isEmpty();
    long size = fromFile ? file.getSize() : csv == null ? 0 : csv.length();
    if (size > MAX_CSV_BYTES) {
      result = new DirectoryImport.Result(false, 0, List.of(new DirectoryImport.Line(0, false,
          "the file is larger than " + MAX_CSV_BYTES / 1024 / 1024 + " MB: split it")));
    } else {
      String text = fromFile ? new String(file.getBytes(), StandardCharsets.UTF_8)
          : csv == null ? "" : csv;
      result = imports.importCsv(text, users::isEnabled, admin.getName());
    }
    log.info("directory import by {}: {} rows, applied {}, {} problem(s)", admin.getName(),
        result.rows(), result.applied(), result.problems().size());
    model.addAttribute("imported", result);
    return list(null, null, null, 0, model);
  }
}
