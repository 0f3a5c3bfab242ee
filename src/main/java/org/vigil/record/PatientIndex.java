package org.vigil.record;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Finds the patient a message is about, by any known identifier, or registers a new one. */
@Component
class PatientIndex {

  private static final Logger log = LoggerFactory.getLogger(PatientIndex.class);

  private final Patients patients;
  private final ApplicationEventPublisher events;

  PatientIndex(Patients patients, ApplicationEventPublisher events) {
    this.patients = patients;
    this.events = events;
  }

  /** The surviving patient these details identify, updated with what they say; or a new one. */
  PatientId resolve(PatientDetails details, Provenance provenance, Instant now) {
    // one identifier once, even if the message repeats it (the database key is authority + value)
    List<PatientIdentifier> identifiers = List.copyOf(details.matchableIdentifiers().stream()
        .collect(java.util.stream.Collectors.toMap(id -> id.authority() + "\u0000" + id.value(),
            id -> id, (first, repeat) -> first, java.util.LinkedHashMap::new)).values());
    if (identifiers.isEmpty()) {
      throw new RecordRejection("patient has no usable identifier (PID-3 empty or NHS number invalid)");
    }
    Set<PatientId> owners = new LinkedHashSet<>();
    List<PatientIdentifier> unknown = new ArrayList<>();
    for (PatientIdentifier id : identifiers) {
      Optional<PatientId> owner = patients.survivingOwner(id);
      owner.ifPresent(owners::add);
      if (owner.isEmpty()) {
        unknown.add(id);
      }
    }
    if (owners.isEmpty()) {
      return register(details, identifiers, provenance, now);
    }
    if (owners.size() > 1) {
      // Identifiers point at different patients: do not guess a merge; the first one wins.
      log.warn("message identifiers resolve to {} different patients; using the primary one",
          owners.size());
    }
    PatientId owner = owners.iterator().next();
    update(owner, details, unknown, provenance, now);
    return owner;
  }

  private PatientId register(PatientDetails details, List<PatientIdentifier> identifiers,
      Provenance provenance, Instant now) {
    PatientId id = PatientId.next();
    patients.insert(id, details, now);
    identifiers.forEach(identifier -> patients.addIdentifier(id, identifier, true, now));
    events.publishEvent(new PatientRegistered(id, provenance, now));
    return id;
  }

  /** Adds the identifiers no patient had yet and updates what the message says. */
  private void update(PatientId owner, PatientDetails details, List<PatientIdentifier> unknown,
      Provenance provenance, Instant now) {
    boolean changed = !unknown.isEmpty();
    unknown.forEach(identifier -> patients.addIdentifier(owner, identifier, true, now));
    Optional<Patient> current = patients.find(owner);
    if (current.isPresent() && patients.updateDemographics(current.get(), details, now)) {
      changed = true;
    }
    if (changed) {
      events.publishEvent(new PatientUpdated(owner, provenance, now));
    }
  }
}
