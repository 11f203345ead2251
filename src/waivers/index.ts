export { applyWaivers, EXPIRY_NOTICE_DAYS, type WaiverOutcome } from "./apply-waivers.js";
export { isExpired, waiverMatcher } from "./match.js";
