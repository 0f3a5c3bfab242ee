package org.vigil.web.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page; Spring Security handles the form post and sign-out. */
@Controller
class LoginController {

  private final SecurityProperties properties;

  LoginController(SecurityProperties properties) {
    this.properties = properties;
  }

  @GetMapping("/login")
  String login(Model model) {
    model.addAttribute("throttleMinutes",
        Math.max(1, properties.signInLimits().window().toMinutes()));
    if (properties.demoUsers()) {
      model.addAttribute("demoUsers",
          UserBootstrap.DEMO_USERS.stream().map(UserBootstrap.DemoUser::username).toList());
      model.addAttribute("demoPassword", UserBootstrap.DEMO_PASSWORD);
    }
    return "login";
  }
}
