package org.vigil.alerts.fhir;

import ca.uhn.fhir.rest.api.SummaryEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import java.util.List;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Resource;

/**
 * A searchset Bundle with the total of all matches, one page of entries (none for
 * {@code _summary=count}) and a next link carrying {@code _offset} while more remain.
 */
final class FhirBundles {

  private FhirBundles() {}

  static boolean countOnly(SummaryEnum summary) {
    return summary == SummaryEnum.COUNT;
  }

  static Bundle searchset(RequestDetails request, List<? extends Resource> page, long total,
      FhirSearch search) {
    Bundle bundle = new Bundle().setType(BundleType.SEARCHSET);
    bundle.setTotal((int) Math.min(total, Integer.MAX_VALUE));
    String base = request.getFhirServerBase();
    for (Resource r : page) {
      bundle.addEntry().setFullUrl(base + "/" + r.fhirType() + "/" + r.getIdElement().getIdPart())
          .setResource(r).getSearch().setMode(Bundle.SearchEntryMode.MATCH);
    }
    String self = request.getCompleteUrl();
    bundle.addLink().setRelation("self").setUrl(self);
    long next = (long) search.offset() + search.count();
    if (!page.isEmpty() && next < total) {
      bundle.addLink().setRelation("next").setUrl(withOffset(self, next, search.count()));
    }
    return bundle;
  }

  private static String withOffset(String url, long offset, int count) {
    String kept = url.replaceAll("([?&])(_offset|_count)=[^&]*", "$1").replaceAll("&&+", "&")
        .replaceAll("[?&]$", "").replace("?&", "?");
    return kept + (kept.contains("?") ? "&" : "?") + "_count=" + count + "&_offset=" + offset;
  }
}
