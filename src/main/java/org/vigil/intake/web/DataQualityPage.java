package org.vigil.intake.web;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.vigil.intake.DataQuality;

/**
 * The data-quality page: accepted messages that stated a value Vigil could not read (a time in
 * month 13, MSH-7 = NOTADATE), which the record therefore holds as unknown. Each line names the
 * exam, the field and the value as sent, so it can be put right at the source.
 */
@Controller
@RequestMapping("/intake/data-quality")
@PreAuthorize("hasAnyRole('FAILSAFE_OFFICER', 'ADMIN', 'MANAGER')")
class DataQualityPage {

  private final DataQuality dataQuality;

  DataQualityPage(DataQuality dataQuality) {
    this.dataQuality = dataQuality;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("issues", dataQuality.list(500));
    return "intake/data-quality";
  }
}
