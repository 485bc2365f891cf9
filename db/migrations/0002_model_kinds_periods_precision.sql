ALTER TABLE `observations` ADD `period_kind` text DEFAULT 'span' NOT NULL;--> statement-breakpoint
ALTER TABLE `observations` ADD `circa` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `observations` ADD `value_high` real;--> statement-breakpoint
ALTER TABLE `observations` ADD `precision` integer;--> statement-breakpoint
ALTER TABLE `series` ADD `kind` text DEFAULT 'indicator' NOT NULL;--> statement-breakpoint
ALTER TABLE `series` ADD `topic` text DEFAULT 'conflict-and-diplomacy' NOT NULL;--> statement-breakpoint
ALTER TABLE `sources` ADD `title_from_url` integer DEFAULT false NOT NULL;