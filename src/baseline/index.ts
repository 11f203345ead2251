export { applyBaseline, baselineReport, readBaselineReport, type BaselineOutcome, type BaselineSummary } from "./apply-baseline.js";
export { checkReport, type ReportCheck } from "./validate-report.js";
