// The Wall screen view (being built: replaced by its feature work).
export function WallPage() {
  return <h1 className="text-xl font-semibold">Wall screen</h1>
}
