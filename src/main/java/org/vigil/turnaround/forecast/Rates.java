package org.vigil.turnaround.forecast;

import java.util.Map;

/**
 * Recent rates per modality, in exams per day: how many were performed (arrived in the backlog)
 * and how many were finally reported, averaged over the last few weeks.
 */
public record Rates(Map<String, Double> arrivalsPerDay, Map<String, Double> reportsPerDay) {

  public double arrivals(String modality) {
    return arrivalsPerDay.getOrDefault(modality, 0.0);
  }

  public double reports(String modality) {
    return reportsPerDay.getOrDefault(modality, 0.0);
  }
}
