CREATE INDEX `series_order` ON `series` (`ordinal`,`slug`);--> statement-breakpoint
CREATE INDEX `series_topic_order` ON `series` (`topic`,`ordinal`,`slug`);--> statement-breakpoint
CREATE INDEX `series_unit_order` ON `series` (`unit`,`ordinal`,`slug`);