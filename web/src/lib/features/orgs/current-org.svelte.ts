// Which organization the page shows, for the header. Set by the org page, cleared on leave.
class CurrentOrg {
  id = $state<string | null>(null);
  name = $state('');
}

export const currentOrg = new CurrentOrg();
