package org.vigil.demo.stream;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.vigil.demo.content.Staff;

/** Makes synthetic patients with plausible UK names, addresses and identifiers. */
final class PatientFactory {

  private static final String[] FEMALE = {"Olivia", "Amelia", "Margaret", "Susan", "Priya",
      "Fatima", "Siobhán", "Emma", "Joan", "Aisha", "Chloe", "Gwen", "Agnieszka", "Mary", "Zoë",
      "Hannah", "Patricia", "Ngozi", "Sarah", "Eilidh", "Jasmine", "Dorothy", "Mei", "Rachel"};
  private static final String[] MALE = {"Oliver", "George", "Mohammed", "David", "John",
      "Rajesh", "Tomasz", "William", "Kofi", "Liam", "Arthur", "Gareth", "Callum", "Harry",
      "Peter", "Darren", "Ravi", "Sean", "Abdul", "Michael", "Stanley", "Ewan", "Kwame", "Brian"};
  private static final String[] SURNAMES = {"Smith", "Jones", "Williams", "Taylor", "Brown",
      "Davies", "Evans", "Wilson", "Thomas", "Roberts", "Johnson", "Khan", "Patel", "Wright",
      "Walker", "Robinson", "Thompson", "White", "Hughes", "Edwards", "Green", "Hall", "Wood",
      "Harris", "Martin", "Jackson", "Clarke", "Ahmed", "Singh", "Begum", "Nowak", "O'Brien",
      "MacDonald", "Okoye", "Chen", "Hussain", "Lewis", "Morgan", "Campbell", "Kelly",
      "Murray", "Shaw", "Fletcher", "Pearson", "Booth", "Dawson", "Ali", "Mensah", "Kowalski",
      "Sutcliffe", "Ashworth", "Ramsbottom", "Smith-Jones"};
  private static final String[] STREETS = {"Acacia Road", "Mill Lane", "Station Road",
      "Church Street", "Victoria Terrace", "Moor Lane", "Canal Street", "Park Avenue",
      "Chapel Row", "Highfield Close", "Albert Street", "The Green", "Beech Grove",
      "Ash Court", "Kingsway"};
  private static final String[][] TOWNS = {{"Northgate", "NG"}, {"Aldhelm", "AL"},
      {"Riverside", "RV"}, {"Low Moor", "LM"}, {"Eastfield", "EF"}};

  private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
  private final Random random;
  private final Set<String> nhsNumbers = new HashSet<>();
  private int mrnSequence = 1_200_000;

  PatientFactory(Random random) {
    this.random = random;
  }

  List<DemoPatient> create(int count, LocalDate today) {
    List<DemoPatient> patients = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      patients.add(create(String.format("P%04d", i + 1), today));
    }
    return patients;
  }

  String nextMrn() {
    mrnSequence += 1 + random.nextInt(997);
    return "RVG" + mrnSequence;
  }

  private DemoPatient create(String key, LocalDate today) {
    boolean female = random.nextBoolean();
    String[] names = female ? FEMALE : MALE;
    String middle = random.nextInt(3) == 0 ? names[random.nextInt(names.length)] : null;
    LocalDate born = today.minusYears(ageYears()).minusDays(random.nextInt(365));
    String[] town = TOWNS[random.nextInt(TOWNS.length)];
    String postcode = town[1] + (1 + random.nextInt(19)) + " " + random.nextInt(10)
        + UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length()))
        + UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length()));
    String nhs = random.nextInt(100) < 97 ? uniqueNhsNumber() : null;
    return new DemoPatient(key, nhs, nextMrn(), null, null,
        SURNAMES[random.nextInt(SURNAMES.length)], names[random.nextInt(names.length)], middle,
        born, female ? "F" : "M", (1 + random.nextInt(180)) + " " + STREETS[random.nextInt(STREETS.length)],
        town[0], postcode, "07700 900" + String.format("%03d", random.nextInt(1000)),
        Staff.pick(Staff.PRACTICES, random));
  }

  /** Imaging is mostly of older adults; a few children and young adults. */
  private int ageYears() {
    int roll = random.nextInt(100);
    if (roll < 5) {
      return 2 + random.nextInt(15);
    }
    if (roll < 30) {
      return 18 + random.nextInt(32);
    }
    return 50 + random.nextInt(45);
  }

  private String uniqueNhsNumber() {
    String number;
    do {
      number = NhsNumbers.next(random);
    } while (!nhsNumbers.add(number));
    return number;
  }
}
