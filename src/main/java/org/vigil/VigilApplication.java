package org.vigil;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.annotation.Bean;
import org.vigil.findings.FindingsCommandLine;

/**
 * Vigil. {@code java -jar vigil.jar} runs the server; {@code --demo} adds demo users and a demo
 * HL7 stream through the real MLLP port; {@code analyse}, {@code context} and {@code evaluate}
 * run the findings engine on the command line without starting the server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class VigilApplication {

  public static void main(String[] args) {
    if (FindingsCommandLine.handles(args)) {
      int status = FindingsCommandLine.run(args, System.in, System.out, System.err);
      System.out.flush();
      System.exit(status);
    }
    SpringApplication.run(VigilApplication.class, serverArguments(args));
  }

  /** Turns {@code --demo} into the properties that switch the demo on. */
  static String[] serverArguments(String[] args) {
    List<String> result = new ArrayList<>();
    for (String arg : args) {
      if (arg.equals("--demo")) {
        result.add("--vigil.demo.enabled=true");
        result.add("--vigil.security.demo-users=true");
      } else {
        result.add(arg);
      }
    }
    return result.toArray(String[]::new);
  }

  /** The one source of time: tests replace it to move deadlines. */
  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }
}
