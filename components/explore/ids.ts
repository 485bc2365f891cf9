/** The list of chosen series (explore-form.tsx), which the Remove and choose links land on (series-picker.tsx). */
export const SERIES_LIST_ID = "explore-series";
