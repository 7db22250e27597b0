// The Account view (being built: replaced by its feature work).
export function AccountPage() {
  return <h1 className="text-xl font-semibold">Account</h1>
}
