package org.vigil.web.security;

import java.security.Principal;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * {@code /admin/api-tokens}: administrators issue a token for a machine client with the role it
 * needs (shown once, on the answer to the form), list them and revoke them.
 */
@Controller
@RequestMapping("/admin/api-tokens")
@PreAuthorize("hasRole('ADMIN')")
class ApiTokenPage {

  private static final Logger log = LoggerFactory.getLogger(ApiTokenPage.class);
  private static final int MAX_NAME = 100;

  private final ApiTokens tokens;

  ApiTokenPage(ApiTokens tokens) {
    this.tokens = tokens;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("tokens", tokens.all());
    model.addAttribute("roles", Role.values());
    return "admin/api-tokens";
  }

  /** Answers with the page itself, not a redirect, so the secret is never in a URL or session. */
  @PostMapping
  String issue(@RequestParam String name, @RequestParam Role role, Principal admin,
      Model model) {
    String clean = name.strip();
    if (clean.isEmpty() || clean.length() > MAX_NAME) {
      model.addAttribute("error", "A token needs a name of 1 to " + MAX_NAME + " characters.");
    } else {
      ApiTokens.Issued issued = tokens.issue(clean, role, admin.getName());
      log.info("API token {} ({}) issued with role {} by {}", issued.token().id(), clean, role,
          admin.getName());
      model.addAttribute("issued", issued);
    }
    return list(model);
  }

  @PostMapping("/{id}/revoke")
  String revoke(@PathVariable UUID id, Principal admin, RedirectAttributes redirect) {
    boolean revoked = tokens.revoke(id, admin.getName());
    if (revoked) {
      log.info("API token {} revoked by {}", id, admin.getName());
    }
    redirect.addFlashAttribute("revoked", revoked);
    return "redirect:/admin/api-tokens";
  }
}
