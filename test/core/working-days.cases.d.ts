// Types of working-days.cases.js (plain JS so that Node imports it without a build).
import type { DeadlineInput, DeadlineState, TimeLimit } from '../../src/core/working-days.js';

export const CALENDAR: { weekend: string[]; holidays: { date: string; name?: Record<string, string> }[]; rules: Record<string, unknown> };
export const LIMIT_CASES: { name: string; start: string; limit: TimeLimit; due: string }[];
export const DEADLINE_CASES: { name: string; input: DeadlineInput; today: string; state: DeadlineState; due?: string; firstDue?: string; left?: number; late?: number; took?: number }[];
export function naiveWorkingDaysBetween(from: string, to: string, calendar: { weekend: string[]; holidays: { date: string }[] }): number;
export function naiveAddWorkingDays(start: string, days: number, calendar: { weekend: string[]; holidays: { date: string }[] }): string;
