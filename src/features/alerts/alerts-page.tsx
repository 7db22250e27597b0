// The Alerts view (being built: replaced by its feature work).
export function AlertsPage() {
  return <h1 className="text-xl font-semibold">Alerts</h1>
}
