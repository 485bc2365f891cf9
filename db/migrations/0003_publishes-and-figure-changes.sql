CREATE TABLE `figure_changes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`publish_id` integer NOT NULL,
	`observation_id` text NOT NULL,
	`series_slug` text NOT NULL,
	`period` text NOT NULL,
	`kind` text NOT NULL,
	`old_value` real,
	`old_value_high` real,
	`old_precision` integer,
	`old_bound` text,
	`old_strict` integer,
	`old_quote` text,
	`new_value` real,
	`new_value_high` real,
	`new_precision` integer,
	`new_bound` text,
	`new_strict` integer,
	`new_quote` text,
	FOREIGN KEY (`publish_id`) REFERENCES `publishes`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `figure_changes_observation` ON `figure_changes` (`observation_id`);--> statement-breakpoint
CREATE INDEX `figure_changes_series` ON `figure_changes` (`series_slug`);--> statement-breakpoint
CREATE INDEX `figure_changes_publish` ON `figure_changes` (`publish_id`);--> statement-breakpoint
CREATE TABLE `publish_new_figures` (
	`id` text PRIMARY KEY NOT NULL,
	`series_slug` text,
	`period` text,
	`value` real,
	`value_high` real,
	`precision` integer,
	`bound` text,
	`strict` integer,
	`quote` text
);
--> statement-breakpoint
CREATE TABLE `publish_old_figures` (
	`id` text PRIMARY KEY NOT NULL,
	`series_slug` text,
	`period` text,
	`value` real,
	`value_high` real,
	`precision` integer,
	`bound` text,
	`strict` integer,
	`quote` text
);
--> statement-breakpoint
CREATE TABLE `publishes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`version` text NOT NULL,
	`published_at` text NOT NULL,
	`initial` integer NOT NULL,
	`added` integer NOT NULL,
	`changed` integer NOT NULL,
	`removed` integer NOT NULL
);
