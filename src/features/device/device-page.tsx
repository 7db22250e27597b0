// The Device view (being built: replaced by its feature work).
export function DevicePage() {
  return <h1 className="text-xl font-semibold">Device</h1>
}
