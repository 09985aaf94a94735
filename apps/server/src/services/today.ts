const casablancaDate = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Africa/Casablanca",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
});

/** The date (`YYYY-MM-DD`) it is in Morocco at `now`: the day rent falls due and revisions take effect. */
export function moroccanDate(now: Date): string {
  return casablancaDate.format(now);
}
