package org.vigil.intake.hl7.mapping;

import ca.uhn.hl7v2.model.Segment;
import ca.uhn.hl7v2.model.v251.segment.IPC;
import ca.uhn.hl7v2.model.v251.segment.OBR;
import ca.uhn.hl7v2.model.v251.segment.OBX;
import ca.uhn.hl7v2.model.v251.segment.ORC;
import ca.uhn.hl7v2.model.v251.segment.TQ1;
import java.util.ArrayList;
import java.util.List;

/**
 * One order in a message: its ORC and/or OBR with the TQ1, IPC and OBX segments that follow them,
 * in message order. An ORC starts a new order; an OBR joins a preceding ORC that has none yet.
 */
record OrderUnit(ORC orc, OBR obr, List<TQ1> timings, List<IPC> imaging, List<OBX> observations) {

  static List<OrderUnit> of(List<Segment> segments) {
    List<Builder> units = new ArrayList<>();
    Builder current = null;
    for (Segment s : segments) {
      if (s instanceof ORC orc) {
        current = new Builder(orc);
        units.add(current);
      } else if (s instanceof OBR obr) {
        if (current == null || current.obr != null) {
          current = new Builder(null);
          units.add(current);
        }
        current.obr = obr;
      } else if (current != null) {
        current.add(s);
      }
    }
    return units.stream().map(Builder::build).toList();
  }

  IPC firstImaging() {
    return imaging.isEmpty() ? null : imaging.get(0);
  }

  TQ1 firstTiming() {
    return timings.isEmpty() ? null : timings.get(0);
  }

  private static final class Builder {
    private final ORC orc;
    private OBR obr;
    private final List<TQ1> timings = new ArrayList<>();
    private final List<IPC> imaging = new ArrayList<>();
    private final List<OBX> observations = new ArrayList<>();

    Builder(ORC orc) {
      this.orc = orc;
    }

    void add(Segment s) {
      if (s instanceof TQ1 tq1) {
        timings.add(tq1);
      } else if (s instanceof IPC ipc) {
        imaging.add(ipc);
      } else if (s instanceof OBX obx) {
        observations.add(obx);
      }
    }

    OrderUnit build() {
      return new OrderUnit(orc, obr, List.copyOf(timings), List.copyOf(imaging),
          List.copyOf(observations));
    }
  }
}
