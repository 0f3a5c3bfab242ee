package org.vigil.demo.content;

import java.util.List;
import java.util.Random;

/** The demo trust: sites, teams with their consultants, GPs, and reporting radiologists. */
public final class Staff {

  public record Site(String code, String name, String edLocation) {
    public String hd() {
      return code + "^" + Hl7.escape(name) + "^L";
    }
  }

  /** A person identified by a GMC (C-prefixed) or GP (G-prefixed) code. */
  public record Clinician(String code, String surname, String forename) {
    public String xcn() {
      return code + "^" + Hl7.escape(surname) + "^" + Hl7.escape(forename) + "^^^Dr";
    }

    public String display() {
      return "Dr " + forename + " " + surname;
    }
  }

  public record Team(String code, String name, String ward, Clinician consultant) {}

  public record Practice(String code, String name, Clinician gp) {}

  public static final List<Site> SITES = List.of(
      new Site("RVG01", "Northgate General Hospital", "NGH ED"),
      new Site("RVG02", "St Aldhelm's Hospital", "SAH ED"),
      new Site("RVG03", "Riverside Community Diagnostic Centre", null));

  public static final List<Team> TEAMS = List.of(
      new Team("ACMED", "Acute Medicine", "AMU", c("C4120931", "Okafor", "Chidi")),
      new Team("RESP", "Respiratory Medicine", "Ward 12", c("C3398120", "Hughes", "Bethan")),
      new Team("GASTRO", "Gastroenterology", "Ward 9", c("C6011284", "Raman", "Priya")),
      new Team("COE", "Care of the Elderly", "Ward 4", c("C2874410", "McAllister", "Fiona")),
      new Team("GSURG", "General Surgery", "Ward 21", c("C5590317", "O'Neill", "Declan")),
      new Team("TRAUMA", "Trauma and Orthopaedics", "Ward 17", c("C7102265", "Adeyemi", "Tolu")),
      new Team("UROL", "Urology", "Ward 19", c("C4467102", "Whitfield", "James")),
      new Team("ONC", "Oncology", "Ward 30", c("C3012786", "Kowalczyk", "Anna")),
      new Team("NEURO", "Neurology", "Ward 6", c("C6678243", "Siddiqui", "Imran")),
      new Team("EM", "Emergency Medicine", "ED", c("C5123098", "Brennan", "Kate")));

  public static final List<Clinician> JUNIORS = List.of(
      c("C7788012", "Ng", "Wei"), c("C7790345", "Thompson", "Laura"),
      c("C7791210", "Ahmed", "Yusuf"), c("C7794478", "Evans", "Rhys"),
      c("C7795561", "Kaur", "Simran"), c("C7799904", "Murphy", "Ciara"),
      c("C7801127", "Baptiste", "Marc"), c("C7803390", "Lewandowski", "Piotr"));

  public static final List<Practice> PRACTICES = List.of(
      new Practice("Y01234", "Elm Street Surgery", c("G8123456", "Patel", "Anita")),
      new Practice("Y01456", "Canal Side Medical Practice", c("G8234567", "Morgan", "Huw")),
      new Practice("Y01789", "Highfield & Moor Health Centre", c("G8345678", "Chowdhury", "Nadia")),
      new Practice("Y02012", "The Old Mill Practice", c("G8456789", "Fraser", "Alasdair")),
      new Practice("Y02345", "Parkview Surgery", c("G8567890", "Obi", "Grace")),
      new Practice("Y02678", "St Luke's Medical Centre", c("G8678901", "Harrison", "Tom")));

  public static final List<Clinician> RADIOLOGISTS = List.of(
      c("C4410023", "Lindqvist", "Eva"), c("C4410187", "Banerjee", "Arjun"),
      c("C4410355", "Sutherland", "Moira"), c("C4410519", "Osei", "Kwame"),
      c("C4410672", "Delacroix", "Hélène"), c("C4410814", "Price", "Gareth"));

  public static final List<Clinician> REGISTRARS = List.of(
      c("C7820011", "Yamamoto", "Ken"), c("C7820245", "Reilly", "Aoife"),
      c("C7820398", "Hassan", "Layla"));

  private Staff() {}

  public static <T> T pick(List<T> list, Random random) {
    return list.get(random.nextInt(list.size()));
  }

  private static Clinician c(String code, String surname, String forename) {
    return new Clinician(code, surname, forename);
  }
}
