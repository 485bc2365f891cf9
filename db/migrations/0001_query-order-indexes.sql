DROP INDEX `citations_observation`;--> statement-breakpoint
CREATE INDEX `citations_observation` ON `citations` (`observation_id`,`ordinal`);--> statement-breakpoint
DROP INDEX `observations_series_period`;--> statement-breakpoint
CREATE INDEX `observations_series_period` ON `observations` (`series_slug`,`period_start`,`ordinal`);