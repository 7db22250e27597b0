// The Events view (being built: replaced by its feature work).
export function EventsPage() {
  return <h1 className="text-xl font-semibold">Events</h1>
}
