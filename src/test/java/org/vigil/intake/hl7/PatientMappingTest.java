package org.vigil.intake.hl7;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.vigil.record.PatientDetails;
import org.vigil.record.PatientIdentifier;
import org.vigil.record.Sex;

class PatientMappingTest {

  private static PatientDetails patient(String pid3) {
    String message = Hl7Messages.msh("ADT^A08", "2.5", null)
        + "PID|1||" + pid3 + "||Bloggs^Joe^Q||19600101|F\r";
    return ((Hl7Command.RegisterPatient) Mapped.commands(message).get(0)).patient();
  }

  @Test
  void readsEveryIdentifierWithItsAuthorityAndType() {
    PatientDetails p = patient("RX123^^^RX1^MR~EPIC9^^^EPIC^MRN");
    assertThat(p.identifiers()).containsExactly(new PatientIdentifier("RX1", "RX123", "MR"),
        new PatientIdentifier("EPIC", "EPIC9", "MRN"));
  }

  @Test
  void recognisesTheNhsNumberByTypeNhOrAnNhsAuthority() {
    assertThat(patient("943 476 5919^^^^NH").nhsNumber()).get()
        .extracting(n -> n.value()).isEqualTo("9434765919");
    assertThat(patient("9434765919^^^NHS_ENGLAND").identifiers().get(0).authority())
        .isEqualTo("NHS");
  }

  @Test
  void keepsAnInvalidNhsNumberButDoesNotMatchOnIt() {
    PatientDetails p = patient("RX1^^^RX1^MR~1234567890^^^NHS^NH");
    assertThat(p.nhsNumber()).isEmpty();
    assertThat(p.matchableIdentifiers()).extracting(PatientIdentifier::value).containsExactly("RX1");
  }

  @Test
  void readsNameBirthDateAndSex() {
    PatientDetails p = patient("RX1^^^RX1");
    assertThat(p.familyName()).isEqualTo("Bloggs");
    assertThat(p.givenName()).isEqualTo("Joe");
    assertThat(p.birthDate()).isEqualTo(LocalDate.of(1960, 1, 1));
    assertThat(p.sex()).isEqualTo(Sex.F);
  }

  @Test
  void refusesAPatientWithoutIdentifiers() {
    assertThatThrownBy(() -> patient(""))
        .isInstanceOfSatisfying(Hl7Rejection.class, r -> assertThat(r.code()).isEqualTo(AckCode.AE))
        .hasMessageContaining("PID-3");
  }
}
