package org.vigil.intake.web;

import java.security.Principal;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.vigil.intake.DeadLetterReplay;
import org.vigil.intake.DeadLetters;
import org.vigil.intake.ReplayResult;

/** The dead-letter page: what could not be accepted, why, and a way to fix and replay it. */
@Controller
@RequestMapping("/intake/dead-letters")
@PreAuthorize("hasAnyRole('FAILSAFE_OFFICER', 'ADMIN')")
class DeadLetterPage {

  private final DeadLetters deadLetters;
  private final DeadLetterReplay replay;

  DeadLetterPage(DeadLetters deadLetters, DeadLetterReplay replay) {
    this.deadLetters = deadLetters;
    this.replay = replay;
  }

  @GetMapping
  String list(@RequestParam(defaultValue = "false") boolean includeResolved, Model model) {
    model.addAttribute("letters", deadLetters.list(includeResolved, 500).stream()
        .map(DeadLetterView::summary).toList());
    model.addAttribute("includeResolved", includeResolved);
    return "intake/dead-letters";
  }

  @GetMapping("/{id}")
  String detail(@PathVariable UUID id, Model model) {
    model.addAttribute("letter", deadLetters.find(id).map(DeadLetterView::detail)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    return "intake/dead-letter";
  }

  @PostMapping("/{id}/replay")
  String replay(@PathVariable UUID id, @RequestParam(required = false) String text,
      Principal principal, RedirectAttributes redirect) {
    try {
      ReplayResult result = replay.replay(id, text, principal.getName());
      redirect.addFlashAttribute("outcome", result.code() + ": " + result.detail());
      redirect.addFlashAttribute("accepted", result.accepted());
    } catch (DeadLetterReplay.DeadLetterAlreadyResolved e) {
      redirect.addFlashAttribute("outcome", "already resolved");
    } catch (DeadLetterReplay.DeadLetterNotFound e) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return "redirect:/intake/dead-letters/" + id;
  }
}
