-- Reassignment by the fail-safe office: the inbox ("user:NAME" or "team:NAME") the alert was
-- handed to, or null while it follows the escalation chain from the examination's requester.
alter table alert add column assignee varchar(300);
