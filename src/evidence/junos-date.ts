/**
 * Dates as PKI replies print them: `MM-DD-YYYY HH:MM UTC`, fields space-padded (`04- 3-2017
 * 09:13 UTC`), seconds optional. A `junos:seconds` attribute (epoch seconds), when present, wins.
 */

const JUNOS_DATE = /^\s*(\d{1,2})\s*-\s*(\d{1,2})\s*-\s*(\d{4})\s+(\d{1,2})\s*:\s*(\d{1,2})(?:\s*:\s*(\d{1,2}))?\s*(?:UTC|GMT|Z)?\s*$/i;

export function parseJunosDate(text: string, epochSeconds?: string): Date | undefined {
  if (epochSeconds !== undefined && /^\d+$/.test(epochSeconds.trim())) {
    return new Date(Number(epochSeconds.trim()) * 1000);
  }
  const match = JUNOS_DATE.exec(text);
  if (match === null) return undefined;
  const [month, day, year, hour, minute, second] = match.slice(1).map((field) => Number(field ?? 0));
  if (month === undefined || day === undefined || year === undefined || hour === undefined || minute === undefined) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second ?? 0));
  const roundTrips = date.getUTCMonth() === month - 1 && date.getUTCDate() === day && hour < 24 && minute < 60;
  return roundTrips ? date : undefined;
}
