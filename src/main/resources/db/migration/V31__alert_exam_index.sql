-- Pages look up the open alerts of the examinations they show by exam id.
create index alert_exam_idx on alert (exam_id);
