/** The name of the sheet the library writes each kind on; its readers read that sheet by default. */
export const SHEET_NAMES = {
  plan: "Plan",
  ratings: "Ratings",
  progress: "Progress",
  indicators: "Indicators",
  selfAssessment: "Self-assessment",
  rollUp: "Roll-up",
  committeeReport: "Committee report",
  readme: "README",
} as const;
