package org.vigil.web.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of a search over examinations, most recently changed first. */
@Schema(name = "ExamList")
record ExamList(List<ExamView> items, int limit, int offset) {}
