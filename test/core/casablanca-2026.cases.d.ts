// Types of casablanca-2026.cases.js (plain JS so that Node imports it without a build).
export interface TimeCase {
  name: string;
  input: string;
  viewer: string | null;
  text: string;
  viewerText?: string;
}
export const TIME_CASES: TimeCase[];
export const DAY_CASES: { input: string; day: string }[];
export const DATETIME_CASE: { input: string; parts: string[]; weekday: string };
