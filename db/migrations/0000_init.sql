CREATE TABLE `citations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`observation_id` text NOT NULL,
	`source_id` text NOT NULL,
	`quote` text NOT NULL,
	`context` text,
	`ordinal` integer NOT NULL,
	FOREIGN KEY (`observation_id`) REFERENCES `observations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `citations_observation` ON `citations` (`observation_id`);--> statement-breakpoint
CREATE INDEX `citations_source` ON `citations` (`source_id`);--> statement-breakpoint
CREATE TABLE `entities` (
	`id` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`iso` text
);
--> statement-breakpoint
CREATE TABLE `meta` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `observation_inputs` (
	`observation_id` text NOT NULL,
	`input_id` text NOT NULL,
	PRIMARY KEY(`observation_id`, `input_id`),
	FOREIGN KEY (`observation_id`) REFERENCES `observations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`input_id`) REFERENCES `observations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `observations` (
	`id` text PRIMARY KEY NOT NULL,
	`series_slug` text NOT NULL,
	`period` text NOT NULL,
	`period_start` text NOT NULL,
	`period_end` text NOT NULL,
	`value` real NOT NULL,
	`bound` text NOT NULL,
	`strict` integer NOT NULL,
	`derived` integer NOT NULL,
	`formula` text,
	`note` text,
	`ordinal` integer NOT NULL,
	FOREIGN KEY (`series_slug`) REFERENCES `series`(`slug`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `observations_series_period` ON `observations` (`series_slug`,`period_start`);--> statement-breakpoint
CREATE TABLE `series` (
	`slug` text PRIMARY KEY NOT NULL,
	`title` text NOT NULL,
	`unit` text NOT NULL,
	`measure` text NOT NULL,
	`description` text,
	`ordinal` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `series_entities` (
	`series_slug` text NOT NULL,
	`entity_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`series_slug`, `entity_id`, `role`),
	FOREIGN KEY (`series_slug`) REFERENCES `series`(`slug`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`entity_id`) REFERENCES `entities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `series_entities_entity` ON `series_entities` (`entity_id`);--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`title` text,
	`title_note` text,
	`author` text NOT NULL,
	`publication` text NOT NULL,
	`publisher` text NOT NULL,
	`published` text NOT NULL,
	`published_inferred` integer NOT NULL,
	`published_note` text,
	`url` text,
	`listing_url` text,
	`ordinal` integer NOT NULL
);
