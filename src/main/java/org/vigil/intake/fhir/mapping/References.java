package org.vigil.intake.fhir.mapping;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.hl7.fhir.r4.model.DomainResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/** Reads the three kinds of reference senders use: contained, logical (id), identifier-based. */
public final class References {

  private References() {}

  /** The contained resource a {@code #id} reference points at, if it is of {@code type}. */
  static <T extends Resource> Optional<T> contained(Reference reference, DomainResource owner,
      Class<T> type) {
    if (type.isInstance(reference.getResource())) {
      return Optional.of(type.cast(reference.getResource()));
    }
    String ref = reference.getReference();
    if (ref == null || !ref.startsWith("#")) {
      return Optional.empty();
    }
    String id = ref.substring(1);
    return owner.getContained().stream()
        .filter(type::isInstance)
        .filter(r -> id.equals(r.getIdElement().getIdPart()) || ref.equals(r.getId()))
        .map(type::cast)
        .findFirst();
  }

  /**
   * The identifier of a logical reference ({@code Reference.identifier}) or of a conditional one
   * ({@code Patient?identifier=system|value}).
   */
  static Optional<Identifier> identifier(Reference reference, String resourceType) {
    if (reference.hasIdentifier()) {
      return Optional.of(reference.getIdentifier());
    }
    String ref = reference.getReference();
    String prefix = resourceType + "?identifier=";
    if (ref == null || !ref.startsWith(prefix)) {
      return Optional.empty();
    }
    String token = URLDecoder.decode(ref.substring(prefix.length()), StandardCharsets.UTF_8);
    int bar = token.indexOf('|');
    Identifier identifier = new Identifier();
    if (bar < 0) {
      return Optional.of(identifier.setValue(token));
    }
    if (bar > 0) {
      identifier.setSystem(token.substring(0, bar));
    }
    return Optional.of(identifier.setValue(token.substring(bar + 1)));
  }

  /** The Vigil UUID a relative reference {@code Type/uuid} carries, if it is one. */
  static Optional<UUID> vigilId(Reference reference, String resourceType) {
    String ref = reference.getReference();
    if (ref == null || ref.startsWith("#") || ref.contains("?")) {
      return Optional.empty();
    }
    IdType id = new IdType(ref);
    if (id.hasBaseUrl() || !resourceType.equals(id.getResourceType())) {
      return Optional.empty();
    }
    return uuid(id.getIdPart());
  }

  public static Optional<UUID> uuid(String text) {
    if (text == null || text.length() != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }
}
