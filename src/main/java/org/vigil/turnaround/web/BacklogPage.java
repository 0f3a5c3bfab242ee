package org.vigil.turnaround.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.List;

/** One page of a turnaround list; {@code hasNext} says whether another page follows. */
@Schema(name = "BacklogPage")
record BacklogPage(String list, Instant asOf, List<BacklogEntry> items, int page, int size,
    boolean hasNext) {}
